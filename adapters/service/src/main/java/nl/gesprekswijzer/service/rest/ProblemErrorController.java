package nl.gesprekswijzer.service.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that happen outside Spring MVC (Tomcat refusing a request, a failing filter) are forwarded
 * to the error path; this replaces Spring Boot's {@code BasicErrorController}, whose JSON is not a
 * problem document. Deliberately says nothing about the exception, if there was one.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${spring.web.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    // Without a status the error path was requested directly: for the client it is no resource.
    HttpStatus status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null
            ? HttpStatus.valueOf(code)
            : HttpStatus.NOT_FOUND;
    ProblemDetail problem =
        status.is5xxServerError()
            ? Problems.serverError(status)
            : Problems.withType(ProblemDetail.forStatus(status));
    return ResponseEntity.status(status).body(problem);
  }
}
