package nl.gesprekswijzer.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.api.ManagerTip;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTests {

  /** The minimal rule set's first scenario: a parent caring for a seriously ill six-year-old. */
  private static final String CARE =
      """
      - name: Care
        situation:
          referenceDate: 2026-11-23
          language: en
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 32, employedSince: 2019-04-01}
          employer: {size: 240}
          caregiving:
            - {relation: CHILD, childAge: 6, hoursPerWeek: 14, since: 2026-03-01, situation: SERIOUS_ILLNESS}
          wishes: [FLEXIBLE_TIMES]
      """;

  private static final String SICK =
      """
      - name: Sick
        situation:
          referenceDate: 2026-11-01
          conversation: {type: SICK_LEAVE}
          employee: {weeklyHours: 36, employedSince: 2015-01-01}
          employer: {size: 40}
          sickness: {firstSickDay: 2026-10-05}
      """;

  private final ScenarioRunner runner = new ScenarioRunner(TestRuleSets.minimalEngine());

  @Test
  void passesEveryScenarioOfTheMinimalRuleSet() {
    List<ScenarioResult> results = runner.runAll(ScenarioLoader.load(TestRuleSets.minimal()));

    assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r.failures()).as(r.scenario().name()).isEmpty());
    assertThat(results).allMatch(ScenarioResult::passed);
  }

  @Test
  void recordsTheRulesThatFired() {
    ScenarioResult result = run(CARE);

    assertThat(result.firedRules())
        .containsExactlyInAnyOrder("flexible-times-wish", "follow-up", "intensive-care", "short-term-care-leave");
  }

  @Test
  void reportsAnEntitlementFigureThatDiffers() {
    ScenarioResult result =
        run(CARE, "entitlements: {SHORT_TERM_CARE_LEAVE: {maxHours: 56, payPercent: 70, source: CAO}}");

    assertThat(result.passed()).isFalse();
    assertThat(result.failures())
        .containsExactly(
            "expected entitlement SHORT_TERM_CARE_LEAVE maxHours 56 but was 64",
            "expected entitlement SHORT_TERM_CARE_LEAVE source CAO but was LAW");
  }

  @Test
  void comparesNumbersByValueAndDatesAsWritten() {
    assertThat(
            run(CARE,
                    "entitlements: {SHORT_TERM_CARE_LEAVE: {maxHours: 64.0, periodMonths: '12', earliestStart: null}}",
                    "followUp: {intervalWeeks: 13, nextDate: 2027-02-22}")
                .failures())
        .isEmpty();
  }

  @Test
  void reportsAValueThatIsAbsent() {
    assertThat(run(CARE, "entitlements: {SHORT_TERM_CARE_LEAVE: {earliestStart: 2027-01-23}}").failures())
        .containsExactly("expected entitlement SHORT_TERM_CARE_LEAVE earliestStart 2027-01-23 but was absent");
  }

  @Test
  void reportsAnAgendaInAnotherOrder() {
    assertThat(run(CARE, "agenda: [ENTITLEMENTS, CARE_SITUATION]").failures())
        .containsExactly(
            "expected agenda topic CARE_SITUATION after ENTITLEMENTS; the answer has [CARE_SITUATION, ENTITLEMENTS]");
  }

  @Test
  void reportsAdviceThatIsMissingOrShouldNotBeThere() {
    ScenarioResult result =
        run(
            CARE,
            "agenda: [CARE_SITUATION, FINANCES]",
            "notOnAgenda: [ENTITLEMENTS]",
            "solutions: [REMOTE_WORK]",
            "noSolutions: [FLEXIBLE_HOURS]",
            "entitlements: [PARENTAL_LEAVE]",
            "noEntitlements: [SHORT_TERM_CARE_LEAVE]",
            "managerTips: [ASK]",
            "noManagerTips: [LISTEN]",
            "preparation: [CHECK_FINANCES]",
            "warnings: [NO_DIAGNOSIS]",
            "noWarnings: [ANYTHING]");

    assertThat(result.failures())
        .containsExactly(
            "expected agenda topic FINANCES; the answer has [CARE_SITUATION, ENTITLEMENTS]",
            "expected no agenda topic ENTITLEMENTS, but the answer has it",
            "expected solution REMOTE_WORK; the answer has [FLEXIBLE_HOURS]",
            "expected no solution FLEXIBLE_HOURS, but the answer has it",
            "expected entitlement PARENTAL_LEAVE; the answer has [SHORT_TERM_CARE_LEAVE]",
            "expected no entitlement SHORT_TERM_CARE_LEAVE, but the answer has it",
            "expected manager tip ASK; the answer has [LISTEN]",
            "expected no manager tip LISTEN, but the answer has it",
            "expected preparation item CHECK_FINANCES; the answer has [MAP_SITUATION]",
            "expected warning NO_DIAGNOSIS; the answer has none");
  }

  @Test
  void reportsRulesThatFiredOrNotAgainstExpectation() {
    assertThat(run(CARE, "rulesFired: [problem-analysis]", "rulesNotFired: [intensive-care]").failures())
        .containsExactly(
            "expected rule problem-analysis to fire; fired: "
                + "[flexible-times-wish, follow-up, intensive-care, short-term-care-leave]",
            "expected rule intensive-care not to fire, but it fired");
  }

  @Test
  void reportsDeadlinesAndFollowUpThatDiffer() {
    ScenarioResult result =
        run(
            SICK,
            "deadlines: {PROBLEM_ANALYSIS: 2026-11-16, ACTION_PLAN: 2026-11-29}",
            "followUp: {intervalWeeks: 4, nextDate: 2026-11-15}");

    assertThat(result.failures())
        .containsExactly(
            "expected deadline PROBLEM_ANALYSIS dueDate 2026-11-16 but was 2026-11-15",
            "expected deadline ACTION_PLAN; the answer has [PROBLEM_ANALYSIS]",
            "expected followUp intervalWeeks 4 but was 13");
  }

  @Test
  void checksADeadlineWrittenWithItsFields() {
    assertThat(run(SICK, "deadlines: {PROBLEM_ANALYSIS: {dueDate: 2026-11-15, title: Probleemanalyse}}").failures())
        .isEmpty();
  }

  @Test
  void passesARefusalThatNamesTheExpectedField() {
    ScenarioResult result = run(CARE.replace("weeklyHours: 32", "weeklyHours: 0"), "error: employee.weeklyHours");

    assertThat(result.failures()).isEmpty();
    assertThat(result.firedRules()).isEmpty();
  }

  @Test
  void passesARefusalNamingSeveralFields() {
    String situation = CARE.replace("weeklyHours: 32", "weeklyHours: 0").replace("size: 240", "size: 0");

    assertThat(run(situation, "error: [employee.weeklyHours, employer.size]").failures()).isEmpty();
  }

  @Test
  void reportsARefusalThatNamesAnotherField() {
    assertThat(run(CARE.replace("childAge: 6, ", ""), "error: employee.weeklyHours").failures())
        .containsExactly(
            "expected the request to be refused naming employee.weeklyHours; it named [caregiving[0].childAge]");
  }

  @Test
  void reportsARefusalWhereAdviceWasExpected() {
    assertThat(run(CARE.replace("childAge: 6, ", ""), "agenda: [CARE_SITUATION]").failures())
        .containsExactly(
            "expected advice, but the request was refused: caregiving[0].childAge is required when relation is CHILD");
  }

  @Test
  void reportsAdviceWhereARefusalWasExpected() {
    assertThat(run(CARE, "error: caregiving[0].childAge").failures())
        .containsExactly("expected the request to be refused naming caregiving[0].childAge, but it was answered");
  }

  @Test
  void failsASituationThatCarriesADiagnosis() {
    String withDiagnosis =
        CARE.replace("situation: SERIOUS_ILLNESS}", "situation: SERIOUS_ILLNESS, diagnosis: cancer}");

    assertThat(run(withDiagnosis, "error: caregiving[0].diagnosis").failures())
        .containsExactly("the situation is not a valid request: caregiving[0].diagnosis: is not a field of the request");
  }

  @Test
  void failsASituationWithAValueOfTheWrongKind() {
    assertThat(run(CARE.replace("relation: CHILD", "relation: DOG")).failures())
        .singleElement()
        .asString()
        .startsWith("the situation is not a valid request: caregiving[0].relation: ")
        .contains("DOG");
  }

  @Test
  void reportsAMissingTextInAnyAnswer() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/care/untitled.drl",
        """
        package rules.care
        import nl.gesprekswijzer.engine.facts.*;
        global Advice advice;
        rule "untitled-topic"
        when
            Situation( )
        then
            advice.agenda(drools, "UNTITLED", 99);
        end
        """);
    files.put("texts/more.yaml", "rule.untitled-topic: {nl: Altijd., en: Always.}\n");
    AdvisoryEngine engine =
        RulesAdvisoryEngine.builder().ruleSet(RuleSetCompiler.compile("untitled", files)).build();

    ScenarioResult result = new ScenarioRunner(engine).run(scenario(CARE));

    assertThat(result.failures())
        .containsExactly(
            "the answer's agenda[UNTITLED].title has a missing text: \u27e6missing text: agenda.UNTITLED.title\u27e7");
  }

  @Test
  void checksWhatEveryAnswerMustSatisfy() {
    AdviceResponse valid = TestRuleSets.minimalEngine().advise(TestRequests.care());
    AdviceResponse broken =
        new AdviceResponse(
            valid.rulesetVersion(),
            valid.referenceDate(),
            List.of(
                new AgendaItem("CARE_SITUATION", "Care situation", 1, "You care."),
                new AgendaItem("ENTITLEMENTS", "Leave", 3, "   ")),
            valid.solutions(),
            List.of(
                new Entitlement(
                    "CALAMITY_LEAVE", "Calamity leave", null, null, 100, Entitlement.Source.LAW,
                    "Short leave for {what}.", null, null),
                new Entitlement(
                    "PARENTAL_LEAVE", "Parental leave", null, null, 70, Entitlement.Source.LAW, "Leave.", " ", null)),
            valid.deadlines(),
            new FollowUp(0, valid.referenceDate(), "Now."),
            List.of(new ManagerTip("LISTEN", "")),
            valid.preparation(),
            valid.warnings(),
            List.of(new Explanation("quiet-rule", "")));

    ScenarioResult result = new ScenarioRunner(engineAnswering(broken)).run(scenario(CARE));

    assertThat(result.failures())
        .containsExactly(
            "the answer's agenda[ENTITLEMENTS].why is empty",
            "the answer's entitlements[CALAMITY_LEAVE].conditions has an unfilled placeholder {what}: "
                + "Short leave for {what}.",
            "the answer's entitlements[PARENTAL_LEAVE].legalBasis is empty",
            "the answer's managerTips[LISTEN].text is empty",
            "the answer's explanation[quiet-rule].because is empty",
            "agenda topic ENTITLEMENTS has priority 3 but is number 2 on the agenda",
            "entitlement CALAMITY_LEAVE has no legal basis",
            "the follow-up on 2026-11-23 is not after the reference date 2026-11-23");
  }

  @Test
  void reportsAnEngineThatFails() {
    AdvisoryEngine failing =
        new AdvisoryEngine() {
          @Override
          public AdviceResponse advise(AdviceRequest request) {
            throw new IllegalStateException("No rule proposed a follow-up for this situation");
          }

          @Override
          public String rulesetVersion() {
            return "0";
          }
        };

    assertThat(new ScenarioRunner(failing).run(scenario(CARE)).failures())
        .containsExactly(
            "the engine failed: java.lang.IllegalStateException: No rule proposed a follow-up for this situation");
  }

  private ScenarioResult run(String scenario, String... expectations) {
    return runner.run(scenario(scenario, expectations));
  }

  /** A scenario as policy staff write it, with one expectation per line under {@code expect}. */
  private static Scenario scenario(String scenario, String... expectations) {
    StringBuilder yaml = new StringBuilder(scenario);
    if (expectations.length > 0) {
      yaml.append("  expect:\n");
      for (String expectation : expectations) {
        yaml.append("    ").append(expectation).append('\n');
      }
    }
    return ScenarioLoader.read(Map.of("scenarios/test.yaml", yaml.toString())).get(0);
  }

  private static AdvisoryEngine engineAnswering(AdviceResponse response) {
    return new AdvisoryEngine() {
      @Override
      public AdviceResponse advise(AdviceRequest request) {
        return response;
      }

      @Override
      public String rulesetVersion() {
        return response.rulesetVersion();
      }
    };
  }
}
