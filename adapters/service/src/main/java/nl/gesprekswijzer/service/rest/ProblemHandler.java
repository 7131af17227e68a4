package nl.gesprekswijzer.service.rest;

import java.util.List;
import nl.gesprekswijzer.api.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into a problem document. Extends Spring's handler so that 404, 405, 406 and
 * 415 keep Spring's detail and headers (for example {@code Allow}); Spring Boot's own
 * problem-details handler backs off when this one exists.
 *
 * <p>Never logs a request's content: client errors are not logged at all (the client gets every
 * detail in the response), server errors only with {@link RedactedException}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(InvalidRequestException.class)
  @Nullable ResponseEntity<Object> handleInvalidRequest(
      InvalidRequestException exception, WebRequest request) {
    return handleExceptionInternal(
        exception,
        Problems.invalidRequest(exception.violations()),
        new HttpHeaders(),
        HttpStatus.BAD_REQUEST,
        request);
  }

  /** Jackson's errors, and a missing body: the same 400 as the engine's, naming the field. */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    BodyTooLargeException tooLarge = bodyTooLarge(exception);
    if (tooLarge != null) {
      return handleBodyTooLarge(tooLarge, request);
    }
    ProblemDetail problem = Problems.invalidRequest(List.of(BodyViolations.of(exception)));
    return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** Usually wrapped by Jackson and Spring, as it is thrown while they read the body. */
  @ExceptionHandler(BodyTooLargeException.class)
  @Nullable ResponseEntity<Object> handleBodyTooLarge(
      BodyTooLargeException exception, WebRequest request) {
    return handleExceptionInternal(
        exception,
        Problems.bodyTooLarge(exception.maxBytes()),
        new HttpHeaders(),
        HttpStatus.CONTENT_TOO_LARGE,
        request);
  }

  /** A batch with more requests than a batch may hold: 413, naming the limit. */
  @ExceptionHandler(BatchTooLargeException.class)
  @Nullable ResponseEntity<Object> handleBatchTooLarge(
      BatchTooLargeException exception, WebRequest request) {
    return handleExceptionInternal(
        exception,
        Problems.batchTooLarge(exception.maxItems()),
        new HttpHeaders(),
        HttpStatus.CONTENT_TOO_LARGE,
        request);
  }

  /** At the concurrency limit: 503 at once, with the time after which a retry makes sense. */
  @ExceptionHandler(OverloadedException.class)
  @Nullable ResponseEntity<Object> handleOverloaded(
      OverloadedException exception, WebRequest request) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.RETRY_AFTER_SECONDS));
    return handleExceptionInternal(
        exception, Problems.overloaded(), headers, HttpStatus.SERVICE_UNAVAILABLE, request);
  }

  private static @Nullable BodyTooLargeException bodyTooLarge(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return tooLarge;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /** Anything else is our fault: a 500 that tells nothing about the request or the code. */
  @ExceptionHandler(Exception.class)
  @Nullable ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) {
    return handleExceptionInternal(
        exception,
        Problems.serverError(HttpStatus.INTERNAL_SERVER_ERROR),
        new HttpHeaders(),
        HttpStatus.INTERNAL_SERVER_ERROR,
        request);
  }

  /** The one place every response of this handler passes: log server errors, type every problem. */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception exception,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    // Overload is expected behaviour, not a fault: a log line per refusal would only add load.
    if (status.is5xxServerError() && !(exception instanceof OverloadedException)) {
      log.error(
          "Request {} failed with {}",
          request.getDescription(false),
          status.value(),
          RedactedException.of(exception));
    }
    ResponseEntity<Object> response =
        super.handleExceptionInternal(exception, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      Problems.withType(problem);
    }
    return response;
  }
}
