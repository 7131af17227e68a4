package nl.gesprekswijzer.engine.evaluation;

import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The two stages of an evaluation beyond Drools' matching, each on its own, so that a benchmark can
 * tell what {@code advise} adds to {@link DroolsFloor}: the rules with their consequences collecting
 * the advice (nothing validated, nothing assembled), and the answer assembled from collected advice
 * (texts in the request's language, order, explanation). Test-only.
 */
public final class AdviceStages {

  private final RuleSet ruleSet;
  private final KieSessionsPool sessions;

  public AdviceStages(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    this.sessions = ruleSet.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
  }

  /** The advice the rules collect; expects a valid request with a reference date. */
  public Advice collect(AdviceRequest request) {
    Advice advice = new Advice();
    KieSession session = sessions.newKieSession();
    try {
      session.setGlobal("advice", advice);
      for (Object fact : Facts.of(request, ruleSet.parameters().on(request.referenceDate()))) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return advice;
  }

  /** The answer to a request (with a reference date and a language) from advice collected for it. */
  public AdviceResponse assemble(AdviceRequest request, Advice advice) {
    return new ResponseAssembler(ruleSet, request.language(), ruleSet.parameters().on(request.referenceDate()))
        .assemble(request, advice);
  }
}
