package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.service.security.CurrentTenant;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/advice}. Deliberately without {@code @Valid}: the engine validates every
 * request itself, so Java callers and HTTP callers get the same checks and the same field names.
 * The advice is for the caller's tenant (its own CAO figures, where the platform has a {@code
 * CaoCatalog}); each advice given is passed on to the {@link AdviceListeners} before it is answered.
 */
@RestController
class AdviceController {

  private final AdvisoryEngine engine;
  private final AdviceListeners listeners;
  private final CurrentTenant tenant;

  AdviceController(AdvisoryEngine engine, AdviceListeners listeners, CurrentTenant tenant) {
    this.engine = engine;
    this.listeners = listeners;
    this.tenant = tenant;
  }

  @PostMapping(
      path = "/api/v1/advice",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  AdviceResponse advise(@RequestBody AdviceRequest request) {
    String asking = tenant.id();
    AdviceResponse response = engine.advise(request, asking);
    listeners.adviceGiven(asking, request, response);
    return response;
  }
}
