package nl.gesprekswijzer.engine.evaluation;

import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.kie.api.runtime.KieSession;

/**
 * The reference for the benchmark: the same rules evaluated the way a first Drools set-up does it,
 * with a new stateful session per call (created, filled, fired and disposed) and every text rendered
 * per call. Test-only, so that production has one path.
 */
public final class NaiveEvaluation {

  private final RuleSet ruleSet;
  private final RequestValidator validator = new RequestValidator();

  public NaiveEvaluation(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  /** Expects a request with a reference date, as the benchmark's are. */
  public AdviceResponse advise(AdviceRequest request) {
    Parameters parameters = ruleSet.parameters().on(request.referenceDate());
    validator.validate(request, java.util.List.of());
    Advice advice = new Advice();
    KieSession session = ruleSet.kieBase().newKieSession();
    try {
      session.setGlobal("advice", advice);
      for (Object fact : Facts.of(request, parameters)) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return new ResponseAssembler(ruleSet, request.languageOrDefault(), parameters).assemble(request, advice);
  }
}
