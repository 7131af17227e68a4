package nl.gesprekswijzer.engine.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The minimal rule set's scenarios try 14 hours of care and 4, never the limit of 8 itself: a
 * change of {@code >} to {@code >=} goes unnoticed until a scenario tries 8.
 */
class MutationTestingTests {

  private static final String BOUNDARY =
      """
      - name: Eight hours of care a week is not yet intensive
        situation:
          referenceDate: 2026-11-23
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 24, employedSince: 2019-04-01}
          employer: {size: 5}
          caregiving:
            - {relation: PARENT, hoursPerWeek: 8, since: 2026-03-01, situation: STABLE}
        expect:
          notOnAgenda: [CARE_SITUATION]
      """;

  private static MutationReport minimal;

  @BeforeAll
  static void tryEveryChangeToTheMinimalRuleSet() {
    minimal = MutationTesting.run(TestRuleSets.minimal(), 2, (done, total) -> {});
  }

  @Test
  void listsAComparisonWhoseBoundaryNoScenarioTries() {
    assertThat(minimal.unnoticed())
        .extracting(Outcome::toString)
        .contains("rules/care/care.drl:15:32: rule 'intensive-care': '>' to '>=' unnoticed");
  }

  @Test
  void noticesTheSameChangeOnceAScenarioTriesTheBoundary() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("scenarios/boundaries.yaml", BOUNDARY);
    RuleSet withBoundary = RuleSetCompiler.compile("minimal with a boundary", files, TestRuleSets.minimalBinaryFiles());

    MutationReport report = MutationTesting.run(withBoundary, 1, (done, total) -> {});

    assertThat(report.outcomes())
        .filteredOn(o -> o.mutant().toString().equals("rules/care/care.drl:15:32: rule 'intensive-care': '>' to '>='"))
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.NOTICED))
        .satisfies(o -> assertThat(o.noticedBy()).isEqualTo("Eight hours of care a week is not yet intensive"));
    assertThat(report.noticed()).isGreaterThan(minimal.noticed());
  }

  @Test
  void noticesAFigureAScenarioPinsAndListsOneNoScenarioPins() {
    assertThat(minimal.outcomes())
        .filteredOn(o -> o.mutant() instanceof Mutant.Figure)
        .extracting(Outcome::toString)
        .contains(
            "parameters/p.yaml:17: parameter 'follow-up.weeks': 13 to 14 noticed by "
                + "'A parent caring 14 hours a week for a seriously ill six-year-old gets short-term care"
                + " leave and other working hours'",
            "parameters/p.yaml:8: parameter 'care.intensive-hours-per-week': 8 to 9 unnoticed",
            "parameters/p.yaml:18: parameter 'follow-up.weeks': 'from 2027-01-01' to 'from 2027-01-02' unnoticed");
  }

  @Test
  void countsAGuardThatHoldsForEveryValueOfItsFigureApart() {
    assertThat(minimal.outcomes())
        .filteredOn(o -> o.status() == Outcome.Status.CANNOT_CHANGE_AN_ANSWER)
        .extracting(o -> o.mutant().toString())
        .contains(
            "rules/care/care.drl:47:51: rule 'follow-up': '>' to '>='",
            "rules/care/care.drl:24:72: rule 'short-term-care-leave': '>=' to '>'");
    assertThat(minimal.counted())
        .isEqualTo(minimal.count(Outcome.Status.NOTICED) + minimal.count(Outcome.Status.UNNOTICED));
    assertThat(minimal.figure()).matches("\\d+ of \\d+ changes noticed \\(\\d+\\.\\d %\\)");
  }

  @Test
  void compilesEveryChangeAfreshWhenTheAnswersDependOnTheOrderRulesAreLoadedIn() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/care/order-a.drl",
        """
        package rules.care
        import nl.gesprekswijzer.engine.facts.*;
        declare Marker end
        rule "insert-marker"
        when
            Situation( careCount > 0 )
        then
            insert(new Marker());
        end
        """);
    files.put(
        "rules/care/order-b.drl",
        """
        package rules.care
        import nl.gesprekswijzer.engine.facts.*;
        global Advice advice;
        rule "tip-without-marker"
        when
            Situation( careCount > 0 )
            not Marker( )
        then
            advice.tips(drools, 5, "LISTEN");
        end
        """);
    files.put(
        "texts/order.yaml",
        """
        rule.insert-marker: {nl: Er wordt zorg verleend., en: Someone is cared for.}
        rule.tip-without-marker: {nl: Er is nog geen markering., en: There is no marker yet.}
        """);
    RuleSet orderDependent = RuleSetCompiler.compile("minimal, order-dependent", files, TestRuleSets.minimalBinaryFiles());

    MutationReport report = MutationTesting.run(orderDependent, 2, (done, total) -> {});

    assertThat(report.loadOrderScenario()).isNotNull();
    assertThat(report.unnoticed())
        .extracting(Outcome::toString)
        .contains("rules/care/care.drl:15:32: rule 'intensive-care': '>' to '>=' unnoticed");
    assertThat(minimal.loadOrderScenario()).isNull();
  }

  @Test
  void refusesARuleSetWhoseScenariosDoNotPassAsItIs() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("scenarios/boundaries.yaml", BOUNDARY.replace("notOnAgenda", "agenda"));
    RuleSet failing = RuleSetCompiler.compile("minimal with a failing scenario", files, TestRuleSets.minimalBinaryFiles());

    assertThatThrownBy(() -> MutationTesting.run(failing, 1, (done, total) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Eight hours of care a week is not yet intensive");
  }
}
