package nl.gesprekswijzer.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTests {

  private static final String SITUATION =
      """
        situation:
          referenceDate: 2026-11-23
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 32, employedSince: 2019-04-01}
          employer: {size: 240}
      """;

  @Test
  void loadsTheScenariosOfARuleSetInFileThenListOrder() {
    List<Scenario> scenarios = ScenarioLoader.load(TestRuleSets.minimal());

    assertThat(scenarios)
        .extracting(Scenario::file)
        .containsExactly(
            "scenarios/care.yaml", "scenarios/care.yaml", "scenarios/care.yaml", "scenarios/sick-leave.yaml");
    assertThat(scenarios.get(1).name()).isEqualTo("From 2027 the next talk is after eight weeks instead of thirteen");
    assertThat(scenarios.get(1).situation().path("employee").path("weeklyHours").asInt()).isEqualTo(24);
    assertThat(scenarios.get(1).expect().path("followUp").path("intervalWeeks").asInt()).isEqualTo(8);
  }

  @Test
  void readsOnlyYamlFilesInTheScenariosFolder() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("scenarios/README.md", "# not a scenario");
    files.put("scenarios/more.yml", "- name: Also a scenario\n" + SITUATION);
    files.put("texts/scenarios.yaml", "not: a scenario");

    List<Scenario> scenarios = ScenarioLoader.load(TestRuleSets.minimalWithFiles(files));

    assertThat(scenarios).extracting(Scenario::name).contains("Also a scenario").hasSize(5);
  }

  @Test
  void treatsAScenarioWithoutExpectationsAsCheckingOnlyWhatEveryAnswerMust() {
    List<Scenario> scenarios = ScenarioLoader.read(Map.of("mine.yaml", "- name: Only invariants\n" + SITUATION));

    assertThat(scenarios).singleElement().satisfies(s -> assertThat(s.expect().isEmpty()).isTrue());
  }

  @Test
  void refusesAnUnknownExpectation() {
    assertThat(problems("- name: A typo\n" + SITUATION + "  expect:\n    solution: [FLEXIBLE_HOURS]\n"))
        .singleElement()
        .asString()
        .startsWith("scenarios/x.yaml: scenario 1 (\"A typo\"): unknown key 'expect.solution'; known: agenda,");
  }

  @Test
  void refusesAnUnknownKeyInAScenario() {
    assertThat(problems("- name: A typo\n  situaton: {}\n" + SITUATION))
        .containsExactly(
            "scenarios/x.yaml: scenario 1 (\"A typo\"): unknown key 'situaton'; a scenario has name, situation and expect");
  }

  @Test
  void refusesAScenarioWithoutName() {
    assertThat(problems("- name: First\n" + SITUATION + "- " + SITUATION.substring(2)))
        .containsExactly(
            "scenarios/x.yaml: scenario 2: name is missing; give it a sentence that says what the scenario shows");
  }

  @Test
  void refusesAScenarioWithoutSituation() {
    assertThat(problems("- name: Nothing happens\n  expect: {agenda: [CARE_SITUATION]}\n"))
        .containsExactly(
            "scenarios/x.yaml: scenario 1 (\"Nothing happens\"): situation is missing; write the request as a map");
  }

  @Test
  void refusesASituationWithoutReferenceDate() {
    assertThat(problems("- name: Undated\n" + SITUATION.replace("    referenceDate: 2026-11-23\n", "")))
        .containsExactly(
            "scenarios/x.yaml: scenario 1 (\"Undated\"): situation.referenceDate is missing; a scenario fixes its date");
  }

  @Test
  void refusesAKeyWrittenTwice() {
    assertThat(problems("- name: Twice\n" + SITUATION + "  expect:\n    agenda: [A]\n    agenda: [B]\n"))
        .singleElement()
        .asString()
        .startsWith("scenarios/x.yaml line ")
        .contains("not valid YAML")
        .contains("agenda");
  }

  @Test
  void refusesAFileThatIsNotYaml() {
    assertThat(problems("- name: Broken\n  situation: {referenceDate: [2026-11-23}\n"))
        .singleElement()
        .asString()
        .startsWith("scenarios/x.yaml line 2 column ")
        .contains(": not valid YAML: ")
        .doesNotContain("\n");
  }

  @Test
  void refusesAFileThatIsNotAList() {
    assertThat(problems("name: Not in a list\nsituation: {referenceDate: 2026-11-23}\n"))
        .containsExactly("scenarios/x.yaml: must be a list of scenarios, each starting with '- name:'");
    assertThat(problems("# nothing yet\n")).containsExactly("scenarios/x.yaml: has no scenarios");
  }

  @Test
  void refusesExpectationsWrittenInTheWrongShape() {
    String expect =
        """
          expect:
            agenda: CARE_SITUATION
            entitlements:
              SHORT_TERM_CARE_LEAVE: {maxHour: 64}
              CALAMITY_LEAVE: 64
            deadlines: [PROBLEM_ANALYSIS]
            followUp: {nextDate: [2026-12-21]}
        """;

    assertThat(problems("- name: Shapes\n" + SITUATION + expect))
        .containsExactly(
            "scenarios/x.yaml: scenario 1 (\"Shapes\"): expect.agenda must be a list, like [A, B]",
            "scenarios/x.yaml: scenario 1 (\"Shapes\"): expect.entitlements.SHORT_TERM_CARE_LEAVE has unknown "
                + "field 'maxHour'; known: [conditions, earliestStart, id, legalBasis, maxHours, payPercent, "
                + "periodMonths, source, title]",
            "scenarios/x.yaml: scenario 1 (\"Shapes\"): expect.entitlements.CALAMITY_LEAVE must be a map from "
                + "field to value, like {conditions: ...}",
            "scenarios/x.yaml: scenario 1 (\"Shapes\"): expect.followUp.nextDate must be a single value");
  }

  @Test
  void refusesAnErrorTogetherWithAdvice() {
    assertThat(problems("- name: Both\n" + SITUATION + "  expect: {error: employee.weeklyHours, agenda: [A]}\n"))
        .containsExactly(
            "scenarios/x.yaml: scenario 1 (\"Both\"): expect.error means the request is refused, so it cannot "
                + "be combined with expectations about the advice");
  }

  @Test
  void refusesIdsTheRuleSetCannotProduce() {
    String expect =
        """
          expect:
            noSolutions: [REMOT_WORK]
            entitlements: {SHORT_TERM_CARE_LEAVE: {maxHours: 64}, PARENTAL_LEAVE: }
            rulesNotFired: [intensive-car]
            warnings: [NO_DIAGNOSIS]
        """;

    assertThatThrownBy(
            () ->
                ScenarioLoader.read(
                    Map.of("mine/typos.yaml", "- name: Typos\n" + SITUATION + expect), TestRuleSets.minimal()))
        .isInstanceOf(ScenarioException.class)
        .satisfies(
            e ->
                assertThat(((ScenarioException) e).problems())
                    .containsExactly(
                        "mine/typos.yaml: scenario 1 (\"Typos\"): expect.noSolutions names REMOT_WORK, which rule "
                            + "set minimal does not know (there is no text solution.REMOT_WORK.title)",
                        "mine/typos.yaml: scenario 1 (\"Typos\"): expect.entitlements names PARENTAL_LEAVE, which "
                            + "rule set minimal does not know (there is no text entitlement.PARENTAL_LEAVE.title)",
                        "mine/typos.yaml: scenario 1 (\"Typos\"): expect.rulesNotFired names intensive-car, which "
                            + "rule set minimal does not know (no rule has that name)"));
  }

  @Test
  void refusesTwoScenariosWithOneName() {
    String scenario = "- name: Same\n" + SITUATION;

    assertThatThrownBy(() -> ScenarioLoader.read(Map.of("scenarios/a.yaml", scenario, "scenarios/b.yaml", scenario)))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("scenarios/b.yaml: scenario \"Same\" has the same name as one in scenarios/a.yaml");
  }

  @Test
  void listsEveryProblemOfEveryFile() {
    assertThatThrownBy(
            () ->
                ScenarioLoader.read(
                    Map.of(
                        "scenarios/a.yaml", "- name: A\n  expect: {}\n",
                        "scenarios/b.yaml", "- name: B\n" + SITUATION + "  expect: {rulesFird: [x]}\n")))
        .isInstanceOf(ScenarioException.class)
        .satisfies(
            e ->
                assertThat(((ScenarioException) e).problems())
                    .hasSize(2)
                    .anySatisfy(p -> assertThat(p).startsWith("scenarios/a.yaml: scenario 1 (\"A\"): situation"))
                    .anySatisfy(p -> assertThat(p).startsWith("scenarios/b.yaml: scenario 1 (\"B\"): unknown key")));
  }

  private static List<String> problems(String yaml) {
    try {
      ScenarioLoader.read(Map.of("scenarios/x.yaml", yaml));
    } catch (ScenarioException e) {
      assertThat(e.getMessage()).startsWith("Scenarios cannot be run:");
      return e.problems();
    }
    throw new AssertionError("The scenarios loaded, but should not have");
  }
}
