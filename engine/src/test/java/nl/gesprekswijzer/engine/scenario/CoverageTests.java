package nl.gesprekswijzer.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

class CoverageTests {

  private final ScenarioRunner runner = new ScenarioRunner(TestRuleSets.minimalEngine());
  private final List<Scenario> scenarios = ScenarioLoader.load(TestRuleSets.minimal());

  @Test
  void findsNoUncoveredRuleWhenEveryRuleFiresSomewhere() {
    assertThat(Coverage.uncoveredRules(TestRuleSets.minimal(), runner.runAll(scenarios))).isEmpty();
  }

  @Test
  void listsTheRulesNoScenarioMadeFireSortedByName() {
    List<Scenario> careOnly = scenarios.stream().filter(s -> s.file().equals("scenarios/care.yaml")).toList();

    assertThat(Coverage.uncoveredRules(TestRuleSets.minimal(), runner.runAll(careOnly)))
        .containsExactly("no-diagnosis", "problem-analysis");
  }

  @Test
  void countsNothingForARefusedRequest() {
    List<Scenario> refused = scenarios.stream().filter(s -> s.expect().has("error")).toList();

    assertThat(refused).hasSize(1);
    assertThat(Coverage.uncoveredRules(TestRuleSets.minimal(), runner.runAll(refused)))
        .isEqualTo(TestRuleSets.minimal().ruleNames());
  }
}
