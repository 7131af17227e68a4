package nl.gesprekswijzer.engine.scenario;

import java.util.List;
import java.util.Set;

/**
 * The outcome of running one scenario.
 *
 * @param failures every way the answer differs from what the scenario expects or from what every
 *     answer must satisfy, each a sentence for policy staff; empty when the scenario passed
 * @param firedRules the rules that fired, by name; empty when the request was refused
 */
public record ScenarioResult(Scenario scenario, List<String> failures, Set<String> firedRules) {

  public ScenarioResult {
    failures = List.copyOf(failures);
    firedRules = Set.copyOf(firedRules);
  }

  public boolean passed() {
    return failures.isEmpty();
  }
}
