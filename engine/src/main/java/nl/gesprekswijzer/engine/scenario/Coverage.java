package nl.gesprekswijzer.engine.scenario;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gesprekswijzer.engine.ruleset.RuleSet;

/** Which rules the scenarios leave untested. */
public final class Coverage {

  private Coverage() {}

  /**
   * The rules that fired in none of the results, sorted by name. A rule that no scenario makes fire
   * is a rule nobody has seen work: the default rule set's build fails on it.
   */
  public static List<String> uncoveredRules(RuleSet ruleSet, Collection<ScenarioResult> results) {
    Set<String> fired = new HashSet<>();
    results.forEach(result -> fired.addAll(result.firedRules()));
    return ruleSet.ruleNames().stream().filter(rule -> !fired.contains(rule)).sorted().toList();
  }
}
