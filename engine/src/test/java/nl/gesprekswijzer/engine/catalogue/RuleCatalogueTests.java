package nl.gesprekswijzer.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue.ParameterInForce;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue.RuleEntry;
import nl.gesprekswijzer.engine.catalogue.ScenarioFirings.ScenarioRef;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue of the engine's minimal rule set, whose follow-up interval changes on 1 January 2027. */
class RuleCatalogueTests {

  private static final LocalDate BEFORE_THE_CHANGE = LocalDate.of(2026, 12, 31);
  private static final LocalDate ON_THE_CHANGE = LocalDate.of(2027, 1, 1);

  private static RuleSet ruleSet;
  private static ScenarioFirings firings;

  @BeforeAll
  static void runTheScenariosOnce() {
    ruleSet = TestRuleSets.minimal();
    firings = ScenarioFirings.run(ruleSet);
  }

  @Test
  void listsEveryRuleOnceByConcern() {
    RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "nl");

    assertThat(catalogue.allRules()).extracting(RuleEntry::name).containsExactlyInAnyOrderElementsOf(ruleSet.ruleNames());
    assertThat(catalogue.rules()).isEqualTo(ruleSet.ruleNames().size());
    assertThat(catalogue.concerns()).extracting(RuleCatalogue.Concern::name).containsExactly("care", "sick");
    assertThat(catalogue.ruleSet()).isEqualTo("minimal");
    assertThat(catalogue.version()).isEqualTo(ruleSet.version());
  }

  @Test
  void placesARuleAtItsFileAndLineWithWhatTheFileSaysAboutItself() {
    RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "nl");

    RuleEntry rule = catalogue.rule("follow-up");
    assertThat(rule.file()).isEqualTo("rules/care/care.drl");
    assertThat(rule.line()).isEqualTo(45);
    assertThat(rule.concern()).isEqualTo("care");
    RuleCatalogue.RuleFileEntry file = catalogue.concerns().get(0).files().get(0);
    assertThat(file.path()).isEqualTo("rules/care/care.drl");
    assertThat(file.description()).startsWith("The minimal rule set the engine's own tests run on. Small, but it uses");
    assertThat(file.rules()).extracting(RuleEntry::name)
        .containsExactly("intensive-care", "short-term-care-leave", "flexible-times-wish", "follow-up");
  }

  @Test
  void showsTheExplanationInBothLanguagesWithReadablePlaceholders() {
    RuleEntry inDutch = RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "nl").rule("follow-up");
    RuleEntry inEnglish = RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "en").rule("follow-up");

    assertThat(inDutch.explanation()).containsExactly(
        java.util.Map.entry("nl", "Praat over \u2039weeks\u203a weken weer."),
        java.util.Map.entry("en", "Talk again in \u2039weeks\u203a weeks."));
    assertThat(inEnglish.explanation().keySet()).containsExactly("en", "nl");
  }

  @Test
  void givesTheValueOfAParameterInForceOnTheDateAndTheChangeAhead() {
    ParameterInForce before = only(RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "nl").rule("follow-up").parameters());
    ParameterInForce after = only(RuleCatalogue.of(ruleSet, firings, ON_THE_CHANGE, "nl").rule("follow-up").parameters());

    assertThat(before.name()).isEqualTo("follow-up.weeks");
    assertThat(before.value()).isEqualTo("13");
    assertThat(before.from()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(before.nextValue()).isEqualTo("8");
    assertThat(before.nextFrom()).isEqualTo(ON_THE_CHANGE);
    assertThat(before.source()).isEqualTo("test");
    assertThat(before.legalBasis()).isEqualTo("Test art. 1");
    assertThat(before.status()).isEqualTo("POLICY");
    assertThat(before.type()).isEqualTo("number");

    assertThat(after.value()).isEqualTo("8");
    assertThat(after.from()).isEqualTo(ON_THE_CHANGE);
    assertThat(after.nextValue()).isNull();
    assertThat(after.nextFrom()).isNull();
  }

  @Test
  void findsEveryParameterARuleReadsAndNoOther() {
    RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "nl");

    assertThat(catalogue.rule("short-term-care-leave").parameters()).extracting(ParameterInForce::name)
        .containsExactly("short-term-care-leave.weekly-hours-factor", "short-term-care-leave.pay-percent");
    assertThat(catalogue.rule("problem-analysis").parameters()).extracting(ParameterInForce::name)
        .containsExactly("sick-leave.problem-analysis-week");
    assertThat(catalogue.rule("flexible-times-wish").parameters()).isEmpty();
  }

  @Test
  void namesTheScenariosThatMakeARuleFire() {
    RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "nl");

    assertThat(scenarios(catalogue, "follow-up"))
        .contains(
            "A parent caring 14 hours a week for a seriously ill six-year-old gets short-term care leave and other working hours",
            "From 2027 the next talk is after eight weeks instead of thirteen")
        .doesNotContain("Zero contractual hours are refused");
    assertThat(scenarios(catalogue, "intensive-care"))
        .containsExactly(
            "A parent caring 14 hours a week for a seriously ill six-year-old gets short-term care leave and other working hours");
    assertThat(scenarios(catalogue, "problem-analysis")).hasSize(1).allMatch(name -> name.startsWith("In week 4 of absence"));
    assertThat(catalogue.scenarios()).allMatch(ScenarioRef::passed);
    assertThat(catalogue.scenarioProblems()).isEmpty();
  }

  @Test
  void listsTheCaoRowsInForceOnTheDate() {
    List<RuleCatalogue.CaoRow> before = RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "en").caoRows();
    List<RuleCatalogue.CaoRow> after = RuleCatalogue.of(ruleSet, firings, ON_THE_CHANGE, "nl").caoRows();

    assertThat(before).extracting(row -> row.cao() + " " + row.entitlement() + " " + row.title())
        .containsExactly("test-cao SHORT_TERM_CARE_LEAVE Short-term care leave", "test-cao CAO_TEST_BUDGET Test budget");
    assertThat(before.get(0).weeklyHoursFactor()).isEqualByComparingTo("3");
    assertThat(before.get(0).relations()).containsExactly("PARTNER", "CHILD", "PARENT");
    assertThat(before.get(1).hoursPerYearFullTime()).isEqualByComparingTo("40");
    assertThat(before.get(1).validUntil()).isEqualTo(BEFORE_THE_CHANGE);
    assertThat(after).extracting(row -> row.cao() + " " + row.entitlement() + " " + row.payPercent() + " " + row.title())
        .containsExactly("later-cao CAO_TEST_BUDGET 90 Testbudget", "test-cao SHORT_TERM_CARE_LEAVE 100 Kortdurend zorgverlof");
  }

  @Test
  void refusesALanguageWithoutTextsAndScenariosOfAnotherRuleSet() {
    assertThatThrownBy(() -> RuleCatalogue.of(ruleSet, firings, BEFORE_THE_CHANGE, "de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("de");
    ScenarioFirings other = new ScenarioFirings("9.9.9+00000000", List.of(), java.util.Map.of(), List.of());
    assertThatThrownBy(() -> RuleCatalogue.of(ruleSet, other, BEFORE_THE_CHANGE, "nl"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsScenariosThatCannotBeReadInsteadOfFailing() {
    java.util.Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("scenarios/broken.yaml", "- name: no situation\n");
    RuleSet withBrokenScenarios = TestRuleSets.minimalWithFiles(files);

    RuleCatalogue catalogue = RuleCatalogue.of(withBrokenScenarios, BEFORE_THE_CHANGE, "nl");

    assertThat(catalogue.scenarioProblems()).isNotEmpty().allMatch(problem -> problem.startsWith("scenarios/broken.yaml"));
    assertThat(catalogue.allRules()).hasSize(ruleSet.ruleNames().size()).allMatch(rule -> rule.firedIn().isEmpty());
  }

  private static ParameterInForce only(List<ParameterInForce> parameters) {
    assertThat(parameters).hasSize(1);
    return parameters.get(0);
  }

  private static List<String> scenarios(RuleCatalogue catalogue, String rule) {
    return catalogue.rule(rule).firedIn().stream().map(i -> catalogue.scenarios().get(i).name()).toList();
  }
}
