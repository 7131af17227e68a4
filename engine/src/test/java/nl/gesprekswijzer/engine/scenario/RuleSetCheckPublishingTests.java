package nl.gesprekswijzer.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * What the service's rules folder relies on when it checks a change before publishing it: a change
 * that leaves every rule file as it was costs no Drools compilation, and a scenario that no longer
 * holds is named by its file and line.
 */
class RuleSetCheckPublishingTests {

  @Test
  void reusesThePreviousRuleBaseWhenNoRuleFileChanged() {
    RuleSet previous = TestRuleSets.minimal();
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("parameters/p.yaml", files.get("parameters/p.yaml").replace("value: 70", "value: 75"));
    files.put("scenarios/care.yaml", files.get("scenarios/care.yaml").replace("payPercent: 70", "payPercent: 75"));

    RuleSetCheck check = RuleSetCheck.of("changed", files, TestRuleSets.minimalBinaryFiles(), previous);

    assertThat(check.problems()).isEmpty();
    assertThat(check.ruleSet().kieBase()).isSameAs(previous.kieBase());
    // The scenario now expects 75 %: it passes only with the new parameter value.
    assertThat(check.ruleSet().version()).isNotEqualTo(previous.version());
  }

  @Test
  void compilesAgainWhenARuleFileChanged() {
    RuleSet previous = TestRuleSets.minimal();
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("rules/care/care.drl", files.get("rules/care/care.drl") + "\n// a comment changes the rule file\n");

    RuleSetCheck check = RuleSetCheck.of("changed", files, TestRuleSets.minimalBinaryFiles(), previous);

    assertThat(check.problems()).isEmpty();
    assertThat(check.ruleSet().kieBase()).isNotSameAs(previous.kieBase());
  }

  @Test
  void reportsARuleFileThatNoLongerCompilesEvenWithAPreviousRuleSet() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("rules/care/care.drl", files.get("rules/care/care.drl").replaceFirst("(?m)^then$", "thenn )"));

    RuleSetCheck check = RuleSetCheck.of("broken", files, TestRuleSets.minimalBinaryFiles(), TestRuleSets.minimal());

    assertThat(check.ok()).isFalse();
    assertThat(check.ruleSet()).isNull();
    assertThat(check.problems()).extracting(Problem::file).contains("rules/care/care.drl");
  }

  @Test
  void namesTheLineOfAScenarioThatNoLongerHolds() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    String scenarios = files.get("scenarios/care.yaml");
    files.put("scenarios/care.yaml", scenarios.replace("followUp: {intervalWeeks: 8, nextDate: 2027-03-01}", "followUp: {intervalWeeks: 9}"));
    int line = 1 + (int) scenarios.lines().takeWhile(l -> !l.contains("From 2027 the next talk")).count();

    RuleSetCheck check = RuleSetCheck.of("changed", files, TestRuleSets.minimalBinaryFiles(), TestRuleSets.minimal());

    assertThat(check.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo("scenarios/care.yaml");
              assertThat(problem.line()).isEqualTo(line);
              assertThat(problem.message()).startsWith("From 2027 the next talk is after eight weeks instead of thirteen: ");
            });
  }
}
