package nl.gesprekswijzer.engine.impact;

import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What a rule set made of one situation: an answer, a refusal naming fields, or a failure of the
 * engine. Exactly one of the three is present.
 */
record Outcome(@Nullable AdviceResponse answer, List<Violation> refusal, @Nullable String failure) {

  static Outcome of(AdvisoryEngine engine, AdviceRequest request) {
    try {
      return new Outcome(engine.advise(request), List.of(), null);
    } catch (InvalidRequestException e) {
      return new Outcome(null, e.violations(), null);
    } catch (RuntimeException e) {
      // A rule set that breaks on a situation is a finding of the preview, not the end of it.
      return new Outcome(null, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  boolean refused() {
    return answer == null && failure == null;
  }
}
