package nl.gesprekswijzer.engine.evaluation;

import static nl.gesprekswijzer.engine.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.spi.CaoCatalog;
import nl.gesprekswijzer.spi.CaoFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's own CAO figures ({@link CaoCatalog}) on top of the rule set's CAO table, on the minimal
 * rule set (its table gives {@code test-cao} 3 times the weekly hours of short-term care leave for a
 * seriously ill child, at 100 %) with the default rule set's two generic CAO rules, on real Drools.
 */
class TenantCaoFiguresTests {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  /** Acme's own agreement: 4 times the weekly hours at 90 %, for a partner or a child. */
  private static final CaoFigures ACME_SHORT_TERM_CARE_LEAVE =
      CaoFigures.timesWeeklyHours(
              "test-cao", "SHORT_TERM_CARE_LEAVE", FROM, new BigDecimal("4"), 90, "Acme huisregeling, art. 3",
              "acme intranet")
          .withPeriodMonths(12)
          .forCare(Set.of(Relation.PARTNER, Relation.CHILD), Set.of());

  private static RuleSet ruleSet;

  /** The figures each tenant's catalog gives; a test changes them as a platform would. */
  private final Map<String, List<CaoFigures>> figures = new ConcurrentHashMap<>();
  private final CaoCatalog catalog = tenant -> figures.getOrDefault(tenant, List.of());
  private RulesAdvisoryEngine engine;

  @BeforeAll
  static void compileTheMinimalRuleSetWithCaoRules() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("rules/cao/cao.drl", CaoEntitlementsTests.CAO_RULES);
    files.put("texts/cao-rules.yaml", CaoEntitlementsTests.CAO_RULE_TEXTS);
    ruleSet = RuleSetCompiler.compile("minimal with CAO rules", files, TestRuleSets.minimalBinaryFiles());
  }

  @BeforeEach
  void buildAnEngineWithTheCatalog() {
    engine = RulesAdvisoryEngine.builder().ruleSet(ruleSet).caoCatalog(catalog).build();
  }

  @Test
  void givesATenantItsOwnFiguresInsteadOfTheTablesAndOtherTenantsTheTables() {
    figures.put("acme", List.of(ACME_SHORT_TERM_CARE_LEAVE));

    Entitlement acme = entitlement(engine.advise(request(withCao("test-cao")), "acme"), "SHORT_TERM_CARE_LEAVE");
    Entitlement globex = entitlement(engine.advise(request(withCao("test-cao")), "globex"), "SHORT_TERM_CARE_LEAVE");
    Entitlement noTenant = entitlement(engine.advise(request(withCao("test-cao"))), "SHORT_TERM_CARE_LEAVE");

    assertThat(acme.maxHours()).isEqualByComparingTo("128");
    assertThat(acme.payPercent()).isEqualTo(90);
    assertThat(acme.source()).isEqualTo(Entitlement.Source.CAO);
    assertThat(acme.legalBasis()).isEqualTo("Acme huisregeling, art. 3");
    assertThat(acme.conditions()).isEqualTo("Under CAO test-cao, up to 128 hours per 12 months, at 90% of your salary.");
    for (Entitlement table : List.of(globex, noTenant)) {
      assertThat(table.maxHours()).isEqualByComparingTo("96");
      assertThat(table.payPercent()).isEqualTo(100);
      assertThat(table.legalBasis()).isEqualTo("Test cao, art. 1");
    }
  }

  @Test
  void keepsTheTablesRowsForEntitlementsTheTenantDoesNotReplace() {
    figures.put("acme", List.of(ACME_SHORT_TERM_CARE_LEAVE));

    AdviceResponse answer = engine.advise(request(withCao("test-cao")), "acme");

    assertThat(answer.entitlements()).extracting(Entitlement::id)
        .containsExactly("SHORT_TERM_CARE_LEAVE", "CAO_TEST_BUDGET");
    assertThat(entitlement(answer, "CAO_TEST_BUDGET").legalBasis()).isEqualTo("Test cao, art. 2");
    assertThat(answer.explanation())
        .filteredOn(e -> e.rule().equals("cao-care-entitlement"))
        .as("the table's row for the replaced entitlement is not inserted beside the tenant's")
        .singleElement()
        .satisfies(e -> assertThat(e.legalBasis()).isEqualTo("Acme huisregeling, art. 3"));
  }

  @Test
  void replacesTheTablesRowOnlyOnTheDaysTheTenantsFiguresApply() {
    figures.put("acme", List.of(ACME_SHORT_TERM_CARE_LEAVE.withValidUntil(LocalDate.of(2026, 11, 30))));
    String lastDay = withCao("test-cao").replace("2026-11-23", "2026-11-30");
    String dayAfter = withCao("test-cao").replace("2026-11-23", "2026-12-01");

    assertThat(entitlement(engine.advise(request(lastDay), "acme"), "SHORT_TERM_CARE_LEAVE").maxHours())
        .isEqualByComparingTo("128");
    assertThat(entitlement(engine.advise(request(dayAfter), "acme"), "SHORT_TERM_CARE_LEAVE").maxHours())
        .isEqualByComparingTo("96");
  }

  @Test
  void knowsACaoOnlyTheTenantHasFiguresForForThatTenantAlone() {
    figures.put(
        "acme",
        List.of(
            CaoFigures.timesWeeklyHours(
                    "acme-huis-cao", "SHORT_TERM_CARE_LEAVE", FROM, new BigDecimal("2.5"), 100, "Acme cao, art. 7",
                    "acme intranet")
                .withPeriodMonths(12)
                .forCare(Set.of(Relation.CHILD), Set.of(CareSituation.SERIOUS_ILLNESS))));

    Entitlement acme = entitlement(engine.advise(request(withCao("acme-huis-cao")), "acme"), "SHORT_TERM_CARE_LEAVE");

    assertThat(acme.maxHours()).isEqualByComparingTo("80");
    assertThat(acme.legalBasis()).isEqualTo("Acme cao, art. 7");
    assertThatThrownBy(() -> engine.advise(request(withCao("acme-huis-cao")), "globex"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).violations())
                    .containsExactly(
                        new Violation(
                            "employer.cao", "unknown CAO code 'acme-huis-cao' on 2026-11-23; known: test-cao")));
    assertThatThrownBy(() -> engine.advise(request(withCao("other-cao")), "acme"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).violations())
                    .containsExactly(
                        new Violation(
                            "employer.cao",
                            "unknown CAO code 'other-cao' on 2026-11-23; known: acme-huis-cao, test-cao")));
  }

  @Test
  void takesATenantsChangedFiguresOnTheNextAdvice() {
    figures.put("acme", List.of(ACME_SHORT_TERM_CARE_LEAVE));
    assertThat(entitlement(engine.advise(request(withCao("test-cao")), "acme"), "SHORT_TERM_CARE_LEAVE").maxHours())
        .isEqualByComparingTo("128");

    figures.put("acme", List.of());

    assertThat(entitlement(engine.advise(request(withCao("test-cao")), "acme"), "SHORT_TERM_CARE_LEAVE").maxHours())
        .isEqualByComparingTo("96");
  }

  @Test
  void refusesFiguresTheAnswerCannotWordNamingTheTenantTheCaoAndTheText() {
    figures.put(
        "acme",
        List.of(
            CaoFigures.timesWeeklyHours(
                "test-cao", "CAO_GARDEN_LEAVE", FROM, BigDecimal.ONE, 100, "Acme cao, art. 9", "acme intranet")));

    assertThatThrownBy(() -> engine.advise(request(withCao("test-cao")), "acme"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The CAO figures of tenant 'acme' cannot be used: test-cao CAO_GARDEN_LEAVE: the rule set has no text"
                + " entitlement.CAO_GARDEN_LEAVE.title to word this entitlement; test-cao CAO_GARDEN_LEAVE: the rule"
                + " set has no text entitlement.CAO_GARDEN_LEAVE.conditions to word this entitlement");
    assertThat(engine.advise(request(withCao("test-cao")), "globex").entitlements()).isNotEmpty();
  }

  @Test
  void listsEveryProblemOfFiguresBeforeAPlatformUsesThem() {
    List<String> problems =
        engine.caoFiguresProblems(
            List.of(
                ACME_SHORT_TERM_CARE_LEAVE,
                ACME_SHORT_TERM_CARE_LEAVE.withPeriodMonths(6),
                CaoFigures.timesWeeklyHours(
                    "test-cao", "FLEXIBLE_WORK_REQUEST", FROM, BigDecimal.ONE, 100, "art. 1", "intranet")));

    assertThat(problems)
        .containsExactly(
            "test-cao FLEXIBLE_WORK_REQUEST: 'FLEXIBLE_WORK_REQUEST' is neither a statutory entitlement a CAO can"
                + " replace [CALAMITY_LEAVE, SHORT_TERM_CARE_LEAVE, LONG_TERM_CARE_LEAVE, PARENTAL_LEAVE] nor an id"
                + " of the CAO's own in capitals starting with CAO_",
            "test-cao SHORT_TERM_CARE_LEAVE: the figures from 2026-01-01 and from 2026-01-01 apply on some of the"
                + " same days; end the earlier (validUntil) the day before the later starts");
    assertThat(engine.caoFiguresProblems(List.of(ACME_SHORT_TERM_CARE_LEAVE))).isEmpty();
  }

  @Test
  void asksNoCatalogWhenTheEngineHasNone() {
    RulesAdvisoryEngine withoutCatalog = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
    figures.put("acme", List.of(ACME_SHORT_TERM_CARE_LEAVE));

    assertThat(entitlement(withoutCatalog.advise(request(withCao("test-cao")), "acme"), "SHORT_TERM_CARE_LEAVE")
            .maxHours())
        .isEqualByComparingTo("96");
  }

  private static String withCao(String cao) {
    return TestRequests.CARE.replace("\"size\": 240", "\"size\": 240, \"cao\": \"" + cao + "\"");
  }

  private static Entitlement entitlement(AdviceResponse answer, String id) {
    return answer.entitlements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
