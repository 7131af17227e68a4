package nl.gesprekswijzer.engine.evaluation;

import static nl.gesprekswijzer.engine.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CAO entitlements on top of the law, on the minimal rule set and its CAO table ({@code
 * cao/entitlements.csv}) with the two generic CAO rules the default rule set also has.
 */
class CaoEntitlementsTests {

  /** The two generic CAO rules, as the default rule set has them; shared with {@link TenantCaoFiguresTests}. */
  static final String CAO_RULES =
      """
      package rules.cao
      import nl.gesprekswijzer.engine.facts.*;
      global Advice advice;

      rule "cao-entitlement"
      when
          $s : Situation( )
          $row : CaoProvision( !forCare() )
      then
          advice.because(drools, "cao", $row.cao());
          advice.entitlementFromCao(drools, $row, $s.weeklyHours());
      end

      rule "cao-care-entitlement"
      when
          $s : Situation( )
          $row : CaoProvision( forCare() )
          $care : Care( $row.covers(relation, situation) )
      then
          advice.because(drools, "cao", $row.cao(), "relation", $care.relation());
          advice.entitlementFromCao(drools, $row, $s.weeklyHours());
      end
      """;

  static final String CAO_RULE_TEXTS =
      """
      rule.cao-entitlement:
        nl: Uw cao is {cao}.
        en: Your CAO is {cao}.
      rule.cao-care-entitlement:
        nl: Uw cao {cao} geldt voor uw {relation}.
        en: Your CAO {cao} covers your {relation}.
      """;

  private static RulesAdvisoryEngine engine;

  @BeforeAll
  static void compileTheMinimalRuleSetWithCaoRules() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("rules/cao/cao.drl", CAO_RULES);
    files.put("texts/cao-rules.yaml", CAO_RULE_TEXTS);
    engine = RulesAdvisoryEngine.builder().ruleSet(RuleSetCompiler.compile("minimal with CAO rules", files, TestRuleSets.minimalBinaryFiles())).build();
  }

  @Test
  void letsTheCaoFiguresWinOverTheLawUnderTheStatutoryId() {
    AdviceResponse answer = engine.advise(request(withCao("test-cao")));

    assertThat(answer.entitlements())
        .filteredOn(e -> e.id().equals("SHORT_TERM_CARE_LEAVE"))
        .singleElement()
        .satisfies(
            leave -> {
              assertThat(leave.source()).isEqualTo(Entitlement.Source.CAO);
              assertThat(leave.maxHours()).isEqualByComparingTo("96");
              assertThat(leave.payPercent()).isEqualTo(100);
              assertThat(leave.periodMonths()).isEqualTo(12);
              assertThat(leave.legalBasis()).isEqualTo("Test cao, art. 1");
              assertThat(leave.conditions())
                  .isEqualTo("Under CAO test-cao, up to 96 hours per 12 months, at 100% of your salary.");
            });
    assertThat(answer.explanation()).anySatisfy(e -> {
      assertThat(e.rule()).isEqualTo("cao-care-entitlement");
      assertThat(e.because()).isEqualTo("Your CAO test-cao covers your child.");
    });
  }

  @Test
  void keepsTheLawWhereTheCaoRowDoesNotCoverTheCare() {
    String stableCare = withCao("test-cao").replace("SERIOUS_ILLNESS", "STABLE");

    Entitlement leave = entitlement(engine.advise(request(stableCare)), "SHORT_TERM_CARE_LEAVE");

    assertThat(leave.source()).isEqualTo(Entitlement.Source.LAW);
    assertThat(leave.maxHours()).isEqualByComparingTo("64");
    assertThat(leave.legalBasis()).isEqualTo("Wazo art. 5:2");
    assertThat(leave.conditions()).isEqualTo("Up to 64 hours per 12 months, at 70% of your salary.");
  }

  @Test
  void wordsACaoOnlyEntitlementWithItsOwnConditions() {
    Entitlement budget = entitlement(engine.advise(request(withCao("test-cao"))), "CAO_TEST_BUDGET");

    assertThat(budget.source()).isEqualTo(Entitlement.Source.CAO);
    assertThat(budget.title()).isEqualTo("Test budget");
    assertThat(budget.maxHours()).isEqualByComparingTo("32");
    assertThat(budget.conditions()).isEqualTo("Under CAO test-cao, 32 hours a year.");
    assertThat(budget.legalBasis()).isEqualTo("Test cao, art. 2");
  }

  @Test
  void givesSomeoneWorkingMoreThanFullTimeTheFullTimeBudgetNotMore() {
    String moreThanFullTime = withCao("test-cao").replace("\"weeklyHours\": 32", "\"weeklyHours\": 45");

    Entitlement budget = entitlement(engine.advise(request(moreThanFullTime)), "CAO_TEST_BUDGET");

    assertThat(budget.maxHours()).as("40 hours a year for a 40-hour week, at 45 hours a week").isEqualByComparingTo("40");
  }

  @Test
  void listsCaoOnlyEntitlementsAfterTheStatutoryOnes() {
    AdviceResponse answer = engine.advise(request(withCao("test-cao")));

    assertThat(answer.entitlements()).extracting(Entitlement::id)
        .containsExactly("SHORT_TERM_CARE_LEAVE", "CAO_TEST_BUDGET");
  }

  @Test
  void appliesOnlyTheCaoRowsValidOnTheReferenceDate() {
    String lastDay = withCao("test-cao");
    String dayAfter = lastDay.replace("2026-11-23", "2027-01-01");

    assertThat(engine.advise(request(lastDay.replace("2026-11-23", "2026-12-31"))).entitlements())
        .extracting(Entitlement::id).contains("CAO_TEST_BUDGET");
    assertThat(engine.advise(request(dayAfter)).entitlements())
        .extracting(Entitlement::id).doesNotContain("CAO_TEST_BUDGET");
  }

  @Test
  void knowsACaoFromTheFirstDayOfItsFirstRow() {
    String later = withCao("later-cao");

    assertThatThrownBy(() -> engine.advise(request(later.replace("2026-11-23", "2026-12-31"))))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).violations())
                    .containsExactly(
                        new Violation(
                            "employer.cao", "unknown CAO code 'later-cao' on 2026-12-31; known: test-cao")));

    Entitlement budget = entitlement(engine.advise(request(later.replace("2026-11-23", "2027-01-01"))), "CAO_TEST_BUDGET");
    assertThat(budget.payPercent()).isEqualTo(90);
    assertThat(budget.periodMonths()).isNull();
    assertThat(budget.legalBasis()).isEqualTo("Later cao, art. 1");
  }

  @Test
  void addsNothingFromACaoWhenTheRequestNamesNone() {
    AdviceResponse answer = engine.advise(TestRequests.care());

    assertThat(answer.entitlements()).extracting(Entitlement::source).containsOnly(Entitlement.Source.LAW);
  }

  private static String withCao(String cao) {
    return TestRequests.CARE.replace("\"size\": 240", "\"size\": 240, \"cao\": \"" + cao + "\"");
  }

  private static Entitlement entitlement(AdviceResponse answer, String id) {
    return answer.entitlements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
