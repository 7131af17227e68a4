package nl.gesprekswijzer.service.rest;

/**
 * A batch with more items than a batch may hold: refused whole with 413, before any item is
 * evaluated, naming the limit. Without a stack trace: it is an answer, not a fault.
 */
final class BatchTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int maxItems;

  BatchTooLargeException(int maxItems) {
    super("More than " + maxItems + " items", null, false, false);
    this.maxItems = maxItems;
  }

  int maxItems() {
    return maxItems;
  }
}
