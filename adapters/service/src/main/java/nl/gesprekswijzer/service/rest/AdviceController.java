package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/advice}. Deliberately without {@code @Valid}: the engine validates every
 * request itself, so Java callers and HTTP callers get the same checks and the same field names.
 * Each advice given is passed on to the {@link AdviceListeners} before it is answered.
 */
@RestController
class AdviceController {

  private final AdvisoryEngine engine;
  private final AdviceListeners listeners;

  AdviceController(AdvisoryEngine engine, AdviceListeners listeners) {
    this.engine = engine;
    this.listeners = listeners;
  }

  @PostMapping(
      path = "/api/v1/advice",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  AdviceResponse advise(@RequestBody AdviceRequest request) {
    AdviceResponse response = engine.advise(request);
    listeners.adviceGiven(request, response);
    return response;
  }
}
