package nl.gesprekswijzer.service.rest;

import org.jspecify.annotations.Nullable;

/**
 * An exception's class and stack trace, without its message, for the log. Messages may quote the
 * request (Jackson's do, and a record's {@code toString()} lists every field), and a request may
 * contain health data; the stack trace alone shows where it went wrong.
 */
final class RedactedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_CAUSES = 20;

  private RedactedException(Throwable original, @Nullable RedactedException cause) {
    super(
        original.getClass().getName() + " (message withheld: it may quote the request)",
        cause,
        false,
        true);
    setStackTrace(original.getStackTrace());
  }

  static RedactedException of(Throwable original) {
    return of(original, 0);
  }

  private static RedactedException of(Throwable original, int depth) {
    Throwable cause = original.getCause();
    boolean follow = cause != null && cause != original && depth < MAX_CAUSES;
    return new RedactedException(original, follow ? of(cause, depth + 1) : null);
  }
}
