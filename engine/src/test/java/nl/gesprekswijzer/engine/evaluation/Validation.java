package nl.gesprekswijzer.engine.evaluation;

import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;

/** Opens the engine's request validation to the benchmark, which measures it on its own. */
public final class Validation {

  private final RequestValidator validator = new RequestValidator();

  /** Throws {@link nl.gesprekswijzer.api.InvalidRequestException} when the request is invalid. */
  public void validate(AdviceRequest request) {
    validator.validate(request, List.of());
  }
}
