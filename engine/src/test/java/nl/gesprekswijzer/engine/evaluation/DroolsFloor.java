package nl.gesprekswijzer.engine.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The benchmark's limit of what any engine on Drools can reach with this rule set: the same rules
 * with every consequence emptied, evaluated on the same facts in a pooled session. What it costs
 * is Drools matching the rules' conditions and putting the matches on its agenda, nothing else: no
 * validation, no advice collected, no texts. The rules of the decision tables keep their actions:
 * the CAO table's rows insert the facts other rules match on, and emptying a table's cells is no
 * text edit (the follow-up table's four rows add one follow-up each). Test-only.
 */
public final class DroolsFloor {

  private static final Pattern CONSEQUENCE = Pattern.compile("(?ms)^\\s*then\\s*$.*?^(\\s*end\\b)");

  private final RuleSet ruleSet;
  private final KieSessionsPool sessions;

  public DroolsFloor(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    Map<String, String> files = new HashMap<>(ruleSet.files());
    files.replaceAll(
        (path, content) -> path.endsWith(".drl") || path.endsWith(".dslr") ? CONSEQUENCE.matcher(content).replaceAll("then\n$1") : content);
    RuleSet withoutConsequences = RuleSetCompiler.compile(ruleSet.source() + " without consequences", files, ruleSet.binaryFiles());
    sessions = withoutConsequences.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
  }

  /** Expects a valid request with a reference date; answers how many rules matched. */
  public long match(AdviceRequest request) {
    KieSession session = sessions.newKieSession();
    try {
      session.setGlobal("advice", new Advice());
      for (Object fact : Facts.of(request, ruleSet.parameters().on(request.referenceDate()))) {
        session.insert(fact);
      }
      return session.fireAllRules();
    } finally {
      session.dispose();
    }
  }
}
