package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.scenario.Coverage;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import nl.gesprekswijzer.engine.scenario.ScenarioResult;
import nl.gesprekswijzer.engine.scenario.ScenarioRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The default rule set against its own scenarios ({@code scenarios/*.yaml}): one test per scenario,
 * named by its sentence, grouped by file. The build also fails when a rule fires in no scenario: a
 * rule nobody has seen work is not shipped.
 */
class DefaultRuleSetScenarioTests {

  private static RuleSet ruleSet;
  private static List<Scenario> scenarios;
  private static ScenarioRunner runner;

  @BeforeAll
  static void compileTheDefaultRuleSetOnce() {
    // The compiler already refuses a rule set with a text missing in Dutch or English, a rule
    // without explanation, or a parameter without source: compiling is that test.
    ruleSet = RuleSetCompiler.compile(new ClasspathRuleSetSource());
    scenarios = ScenarioLoader.load(ruleSet);
    runner = new ScenarioRunner(RulesAdvisoryEngine.builder().ruleSet(ruleSet).build());
  }

  @Test
  void compilesWithEveryTextInDutchAndEnglish() {
    assertThat(ruleSet.ruleNames()).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicContainer> everyScenarioGivesTheAdviceItExpects() {
    Map<String, List<Scenario>> byFile = new LinkedHashMap<>();
    scenarios.forEach(s -> byFile.computeIfAbsent(s.file(), file -> new ArrayList<>()).add(s));
    return byFile.entrySet().stream()
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    file.getKey(),
                    source(file.getKey()),
                    file.getValue().stream()
                        .map(
                            scenario ->
                                DynamicTest.dynamicTest(
                                    scenario.name(), source(file.getKey()), () -> check(scenario)))));
  }

  @Test
  void everyRuleFiresInAtLeastOneScenario() {
    List<String> uncovered = Coverage.uncoveredRules(ruleSet, runner.runAll(scenarios));

    if (!uncovered.isEmpty()) {
      fail(
          uncovered.size() + " of " + ruleSet.ruleNames().size()
              + " rules fire in no scenario; add a scenario to scenarios/ that makes each fire:\n  "
              + String.join("\n  ", uncovered));
    }
  }

  private static void check(Scenario scenario) {
    ScenarioResult result = runner.run(scenario);
    if (!result.passed()) {
      fail(String.join("\n", result.failures()));
    }
  }

  /** Lets an IDE open the scenario file from the test report. */
  private static URI source(String file) {
    return URI.create("classpath:/" + ClasspathRuleSetSource.DEFAULT_ROOT + "/" + file);
  }
}
