package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import io.swagger.v3.oas.annotations.Hidden;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP load test's floors (issue 14): what an advice request would cost without its
 * evaluation, measured on the same service in the same run as ping and advice, so that the load
 * test can say how much of advice / ping the HTTP path and the JSON take and how much the
 * evaluation. Off unless {@value #ENABLED} is {@code true} (the load test sets it); off, both paths
 * answer 404.
 *
 * <ul>
 *   <li>{@code POST /api/v1/diagnostics/http-floor/bytes}: the body read as bytes, a fixed answer
 *       written as bytes: Tomcat, the filters, security, Spring MVC and the sockets.
 *   <li>{@code POST /api/v1/diagnostics/http-floor/json}: the body read as an advice request by
 *       Jackson, a fixed answer written by Jackson: the above and the JSON both ways.
 * </ul>
 *
 * <p>The fixed answer is the advice for the contract's example situation (the API documentation's
 * example, 17 kB as JSON, about the size of the load test's answers), computed once; nothing of a
 * posted situation is kept or looked at.
 */
@Hidden
@RestController
class HttpFloorController {

  static final String ENABLED = "gesprekswijzer.diagnostics.http-floor";

  private final AdvisoryEngine engine;
  private final JsonMapper json;
  private final boolean enabled;
  private volatile FixedAnswer fixed;

  private record FixedAnswer(AdviceResponse answer, byte[] bytes) {}

  HttpFloorController(AdvisoryEngine engine, JsonMapper json, @Value("${" + ENABLED + ":false}") boolean enabled) {
    this.engine = engine;
    this.json = json;
    this.enabled = enabled;
  }

  @PostMapping(
      path = "/api/v1/diagnostics/http-floor/bytes",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  byte[] bytes(@RequestBody byte[] body) {
    return fixedAnswer().bytes();
  }

  @PostMapping(
      path = "/api/v1/diagnostics/http-floor/json",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  AdviceResponse json(@RequestBody AdviceRequest request) {
    return fixedAnswer().answer();
  }

  private FixedAnswer fixedAnswer() {
    if (!enabled) {
      throw new ErrorResponseException(HttpStatus.NOT_FOUND);
    }
    FixedAnswer answer = fixed;
    if (answer == null) {
      AdviceResponse advice = engine.advise(json.readValue(ApiExamples.ADVICE_REQUEST, AdviceRequest.class));
      answer = new FixedAnswer(advice, json.writeValueAsBytes(advice));
      fixed = answer;
    }
    return answer;
  }
}
