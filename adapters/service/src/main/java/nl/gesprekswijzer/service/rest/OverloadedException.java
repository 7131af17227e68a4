package nl.gesprekswijzer.service.rest;

/**
 * The service is at its concurrency limit: answered with 503 and {@code Retry-After}, never logged
 * (under overload a log line per refusal would add to the load). Without a stack trace for the same
 * reason.
 */
final class OverloadedException extends Exception {

  private static final long serialVersionUID = 1L;

  OverloadedException() {
    super("At the concurrency limit", null, false, false);
  }
}
