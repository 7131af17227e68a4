package nl.gesprekswijzer.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/** The check the tool prints and the service publishes by: compile, scenarios, coverage and review. */
class RuleSetCheckTests {

  @Test
  void passesTheMinimalRuleSet() {
    RuleSetCheck check = RuleSetCheck.of("minimal", TestRuleSets.minimalFiles(), TestRuleSets.minimalBinaryFiles());

    assertThat(check.problems()).isEmpty();
    assertThat(check.ok()).isTrue();
  }

  @Test
  void refusesARuleThatReadsHealthDetailsEvenWhenItsScenarioPasses() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    String care = files.get("rules/care/care.drl");
    files.put(
        "rules/care/care.drl",
        care.replace(
            "    $care : Care( hoursPerWeek > $limit )",
            "    $care : Care( hoursPerWeek > $limit, \"kanker\" != \"\" )"));

    RuleSetCheck check = RuleSetCheck.of("minimal", files, TestRuleSets.minimalBinaryFiles());

    assertThat(check.ruleSet()).isNotNull();
    assertThat(check.passed()).isEqualTo(check.scenarios());
    assertThat(check.problems()).extracting(Object::toString)
        .singleElement()
        .asString()
        .startsWith("rules/care/care.drl:15: rule 'intensive-care' reads 'kanker'");
    assertThat(check.ok()).isFalse();
  }

  @Test
  void reviewsTheRulesOfARuleSetThatDoesNotCompileToo() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("texts/more.yaml", "tip.EXTRA:\n  nl: Nog een tip.\n");
    files.put(
        "rules/care/diagnosis.drl",
        "package rules.care\nrule \"diagnosis\"\nwhen\n    Situation( \"diagnose\" != null )\nthen\nend\n");

    RuleSetCheck check = RuleSetCheck.of("minimal", files, TestRuleSets.minimalBinaryFiles());

    assertThat(check.ruleSet()).isNull();
    assertThat(check.problems()).extracting(Object::toString)
        .contains("texts/more.yaml:1: text tip.EXTRA: the 'en' text is missing or empty")
        .anySatisfy(p -> assertThat(p).startsWith("rules/care/diagnosis.drl:4: rule 'diagnosis' reads 'diagnose'"));
  }
}
