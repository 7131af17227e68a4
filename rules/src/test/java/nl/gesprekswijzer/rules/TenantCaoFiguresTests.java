package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Solution;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.spi.CaoCatalog;
import nl.gesprekswijzer.spi.CaoFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenants' own CAO figures on the default rule set as it ships (its precompiled rule base and its CAO
 * table, {@code rules/cao/cao-entitlements.xlsx}): the scenarios' Cao Sociaal Werk gives a parent of
 * a seriously ill child 1.4 times the weekly hours of short-term care leave at full pay.
 */
class TenantCaoFiguresTests {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  /** Zorgwerk BV improves on the sector's CAO: twice the weekly hours, at full pay. */
  private static final CaoFigures ZORGWERK_SHORT_TERM_CARE_LEAVE =
      CaoFigures.timesWeeklyHours(
              "sociaal-werk", "SHORT_TERM_CARE_LEAVE", LocalDate.of(2026, 1, 1), new BigDecimal("2"), 100,
              "Zorgwerk huisregeling 2026, art. 4", "zorgwerk intranet, huisregeling 2026")
          .withPeriodMonths(12)
          .forCare(Set.of(Relation.PARTNER, Relation.CHILD, Relation.PARENT), Set.of(CareSituation.SERIOUS_ILLNESS));

  /** Hospice Noord has a company CAO of its own, with paid palliative leave. */
  private static final CaoFigures HOSPICE_PALLIATIVE_LEAVE =
      CaoFigures.timesWeeklyHours(
              "hospice-noord", "CAO_PALLIATIVE_LEAVE", LocalDate.of(2026, 1, 1), new BigDecimal("6"), 100,
              "Bedrijfs-cao Hospice Noord 2026, art. 12", "hospice-noord.nl/cao-2026.pdf")
          .forCare(Set.of(Relation.PARTNER, Relation.PARENT), Set.of(CareSituation.PALLIATIVE));

  private static final Map<String, List<CaoFigures>> FIGURES =
      Map.of("zorgwerk", List.of(ZORGWERK_SHORT_TERM_CARE_LEAVE), "hospice-noord", List.of(HOSPICE_PALLIATIVE_LEAVE));

  private static RulesAdvisoryEngine engine;

  @BeforeAll
  static void buildTheDefaultEngineWithACatalog() {
    CaoCatalog catalog = tenant -> FIGURES.getOrDefault(tenant, List.of());
    engine = RulesAdvisoryEngine.builder().caoCatalog(catalog).build();
    assertThat(engine.ruleSet().precompiled()).as("the rule base as it ships").isTrue();
  }

  @Test
  void aTenantsOwnFiguresReplaceTheTablesForThatTenantOnly() {
    AdviceRequest parentOfIllChild = careFor(Relation.CHILD, CareSituation.SERIOUS_ILLNESS, "sociaal-werk");

    Entitlement zorgwerk = shortTermCareLeave(engine.advise(parentOfIllChild, "zorgwerk"));
    Entitlement otherTenant = shortTermCareLeave(engine.advise(parentOfIllChild, "hospice-noord"));
    Entitlement noTenant = shortTermCareLeave(engine.advise(parentOfIllChild));

    assertThat(zorgwerk.maxHours()).isEqualByComparingTo("64");
    assertThat(zorgwerk.payPercent()).isEqualTo(100);
    assertThat(zorgwerk.source()).isEqualTo(Entitlement.Source.CAO);
    assertThat(zorgwerk.legalBasis()).isEqualTo("Zorgwerk huisregeling 2026, art. 4");
    assertThat(zorgwerk.conditions()).contains("64");
    for (Entitlement table : List.of(otherTenant, noTenant)) {
      assertThat(table.maxHours()).isEqualByComparingTo("44.8");
      assertThat(table.legalBasis()).isEqualTo("Cao Sociaal Werk 2023-2025, art. 5.11");
    }
  }

  @Test
  void aCompanyCaoIsKnownForItsTenantAndRefusedForOthers() {
    AdviceRequest palliativeCare = careFor(Relation.PARTNER, CareSituation.PALLIATIVE, "hospice-noord");

    AdviceResponse hospice = engine.advise(palliativeCare, "hospice-noord");

    Entitlement leave =
        hospice.entitlements().stream().filter(e -> e.id().equals("CAO_PALLIATIVE_LEAVE")).findFirst().orElseThrow();
    assertThat(leave.maxHours()).isEqualByComparingTo("192");
    assertThat(leave.legalBasis()).isEqualTo("Bedrijfs-cao Hospice Noord 2026, art. 12");
    assertThat(hospice.solutions()).extracting(Solution::id).containsSubsequence("CAO_PALLIATIVE_LEAVE", "CARE_LEAVE");
    assertThatThrownBy(() -> engine.advise(palliativeCare, "zorgwerk"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.field()).isEqualTo("employer.cao");
                          assertThat(v.problem()).startsWith("unknown CAO code 'hospice-noord'")
                              .doesNotContain("known: hospice-noord");
                        }));
  }

  private static AdviceRequest careFor(Relation relation, CareSituation situation, String cao) {
    return new AdviceRequest(
        DAY,
        "en",
        new Conversation(ConversationType.CARE_BALANCE, null),
        new Employee(new BigDecimal("32"), LocalDate.of(2019, 4, 1)),
        new Employer(240, cao),
        List.of(
            new Caregiving(
                relation, relation == Relation.CHILD ? 6 : null, new BigDecimal("14"), LocalDate.of(2026, 3, 1),
                situation)),
        null,
        List.of());
  }

  private static Entitlement shortTermCareLeave(AdviceResponse answer) {
    return answer.entitlements().stream()
        .filter(e -> e.id().equals("SHORT_TERM_CARE_LEAVE"))
        .findFirst()
        .orElseThrow();
  }
}
