package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/ping}: the cheapest answer the service gives through the same stack (Tomcat,
 * filters, Spring MVC, Jackson) as the advice. The load test uses it as the reference for what the
 * HTTP layer alone costs; monitoring may use it as a plain liveness check.
 */
@RestController
class PingController {

  private static final Pong PONG = new Pong("UP");

  @GetMapping(path = "/api/v1/ping", produces = APPLICATION_JSON_VALUE)
  Pong ping() {
    return PONG;
  }

  record Pong(String status) {}
}
