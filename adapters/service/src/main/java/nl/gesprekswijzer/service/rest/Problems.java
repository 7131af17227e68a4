package nl.gesprekswijzer.service.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.gesprekswijzer.api.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The RFC 9457 problem documents of this API. */
final class Problems {

  /** Relative, so that no host has to exist to make the type a valid URI reference. */
  static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");

  /** Seconds a client should wait before retrying a request refused for overload. */
  static final int RETRY_AFTER_SECONDS = 1;

  private static final URI ABOUT_BLANK = URI.create("about:blank");

  private Problems() {}

  /** 400 with an {@code errors} member naming every offending field. */
  static ProblemDetail invalidRequest(List<Violation> violations) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            violations.stream()
                .map(v -> v.field() + ": " + v.problem())
                .collect(
                    Collectors.joining("; ", "The request breaks the advice contract: ", ".")));
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Invalid advice request");
    problem.setProperty("errors", violations);
    return problem;
  }

  /** 413: the body exceeds the documented limit, whatever its content. */
  static ProblemDetail bodyTooLarge(long maxBytes) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than "
                + maxBytes
                + " bytes; an advice request is a few kilobytes.");
    return withType(problem);
  }

  /** 413: a batch holds more requests than the limit; the problem names it in {@code maxItems}. */
  static ProblemDetail batchTooLarge(int maxItems) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The batch holds more than "
                + maxItems
                + " requests, the most one batch may hold; split it into batches of at most "
                + maxItems
                + ".");
    problem.setProperty("maxItems", maxItems);
    return withType(problem);
  }

  /** 503 at the concurrency limit; the response carries {@code Retry-After}. */
  static ProblemDetail overloaded() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The service is at its capacity; please retry after "
                + RETRY_AFTER_SECONDS
                + " second.");
    return withType(problem);
  }

  /** A server error: a generic detail, nothing about the request or the code. */
  static ProblemDetail serverError(HttpStatusCode status) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            "An internal error stopped the request from being handled; please try again later or"
                + " report the time it happened.");
    return withType(problem);
  }

  /**
   * Replaces Spring's {@code about:blank} with {@code /problems/<reason>}, for example {@code
   * /problems/method-not-allowed}, so that every problem of this API has a type to document.
   */
  static ProblemDetail withType(ProblemDetail problem) {
    if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
      problem.setType(typeOf(HttpStatusCode.valueOf(problem.getStatus())));
    }
    return problem;
  }

  private static URI typeOf(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    String name =
        known == null
            ? "status-" + status.value()
            : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return URI.create("/problems/" + name);
  }
}
