package nl.gesprekswijzer.service.rest;

import java.io.IOException;

/**
 * A request body beyond the limit. An {@link IOException}, because it is thrown while the body is
 * read and has to pass through Jackson and Spring's message reading, which wrap I/O failures.
 * Without a stack trace: it is the client's doing, answered with 413 and never logged.
 */
final class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long maxBytes;

  BodyTooLargeException(long maxBytes) {
    super("The request body is larger than " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
