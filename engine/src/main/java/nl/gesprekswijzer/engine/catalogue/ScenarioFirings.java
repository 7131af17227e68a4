package nl.gesprekswijzer.engine.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioException;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import nl.gesprekswijzer.engine.scenario.ScenarioResult;
import nl.gesprekswijzer.engine.scenario.ScenarioRunner;

/**
 * Which scenarios make which rule fire: every scenario of a rule set run once. The slow part of a
 * catalogue (a second or more), and the same on every date, so computed once per rule set.
 *
 * @param scenarios every scenario, in the order the rule set lists them
 * @param firedIn per rule, the positions in {@code scenarios} of the scenarios it fired in
 * @param problems why the scenarios could not be read, each at its file; empty when they ran
 */
public record ScenarioFirings(
    String version, List<ScenarioRef> scenarios, Map<String, List<Integer>> firedIn, List<Problem> problems) {

  public ScenarioFirings {
    scenarios = List.copyOf(scenarios);
    firedIn = Map.copyOf(firedIn);
    problems = List.copyOf(problems);
  }

  /**
   * One scenario, named as its file names it.
   *
   * @param passed whether the answer was what the scenario expects
   */
  public record ScenarioRef(String file, String name, boolean passed) {}

  /** Runs every scenario of the rule set once. */
  public static ScenarioFirings run(RuleSet ruleSet) {
    List<Scenario> scenarios;
    try {
      scenarios = ScenarioLoader.load(ruleSet);
    } catch (ScenarioException e) {
      return new ScenarioFirings(ruleSet.version(), List.of(), Map.of(), e.findings());
    }
    List<ScenarioResult> results =
        new ScenarioRunner(RulesAdvisoryEngine.builder().ruleSet(ruleSet).build()).runAll(scenarios);
    List<ScenarioRef> refs = new ArrayList<>();
    Map<String, List<Integer>> firedIn = new HashMap<>();
    for (ScenarioResult result : results) {
      int index = refs.size();
      refs.add(new ScenarioRef(result.scenario().file(), result.scenario().name(), result.passed()));
      result.firedRules().forEach(rule -> firedIn.computeIfAbsent(rule, r -> new ArrayList<>()).add(index));
    }
    firedIn.replaceAll((rule, indexes) -> List.copyOf(indexes));
    return new ScenarioFirings(ruleSet.version(), refs, firedIn, List.of());
  }

  /** The scenarios the rule fired in; empty when none. */
  public List<Integer> of(String rule) {
    return firedIn.getOrDefault(rule, List.of());
  }

  /** How many scenarios passed. */
  public long passed() {
    return scenarios.stream().filter(ScenarioRef::passed).count();
  }
}
