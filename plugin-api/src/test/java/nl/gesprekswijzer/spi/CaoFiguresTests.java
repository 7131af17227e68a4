package nl.gesprekswijzer.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import org.junit.jupiter.api.Test;

class CaoFiguresTests {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  private static CaoFigures twiceTheWeeklyHours() {
    return CaoFigures.timesWeeklyHours(
        "sociaal-werk", "SHORT_TERM_CARE_LEAVE", FROM, new BigDecimal("2"), 100, "Huisregeling, art. 3", "intranet");
  }

  @Test
  void buildsFiguresForCareStepByStep() {
    CaoFigures figures =
        twiceTheWeeklyHours()
            .withPeriodMonths(12)
            .withValidUntil(LocalDate.of(2026, 12, 31))
            .forCare(Set.of(Relation.CHILD, Relation.PARTNER), Set.of(CareSituation.SERIOUS_ILLNESS));

    assertThat(figures.periodMonths()).isEqualTo(12);
    assertThat(figures.relations()).containsExactlyInAnyOrder(Relation.CHILD, Relation.PARTNER);
    assertThat(figures.situations()).containsExactly(CareSituation.SERIOUS_ILLNESS);
    assertThat(figures.appliesOn(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(figures.appliesOn(FROM)).isTrue();
    assertThat(figures.appliesOn(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(figures.appliesOn(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void refusesBothFormsOfHoursAtOnce() {
    assertThatThrownBy(
            () ->
                new CaoFigures(
                    "sociaal-werk", "CAO_BUDGET", FROM, null, BigDecimal.ONE, new BigDecimal("57"),
                    new BigDecimal("36"), 100, 12, Set.of(), Set.of(), "art. 1", "cao.pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sociaal-werk CAO_BUDGET")
        .hasMessageContaining("either weeklyHoursFactor or hoursPerYearFullTime");
  }

  @Test
  void refusesProRataHoursWithoutTheFullTimeWeek() {
    assertThatThrownBy(
            () ->
                new CaoFigures(
                    "sociaal-werk", "CAO_BUDGET", FROM, null, null, new BigDecimal("57"), null, 100, 12, Set.of(),
                    Set.of(), "art. 1", "cao.pdf"))
        .hasMessageContaining("hoursPerYearFullTime and fullTimeWeeklyHours go together");
  }

  @Test
  void namesEveryWrongComponent() {
    assertThatThrownBy(
            () ->
                new CaoFigures(
                    "Sociaal Werk", "CAO_BUDGET", FROM, FROM.minusDays(1), new BigDecimal("-1"), null, null, 120, 0,
                    Set.of(), Set.of(CareSituation.PALLIATIVE), " ", ""))
        .hasMessageContaining("cao 'Sociaal Werk' is not a code in lower-case kebab-case")
        .hasMessageContaining("validUntil 2025-12-31 is before validFrom 2026-01-01")
        .hasMessageContaining("weeklyHoursFactor -1 is not above 0")
        .hasMessageContaining("payPercent 120 is not from 0 to 100")
        .hasMessageContaining("periodMonths 0 is not from 1 to 1200")
        .hasMessageContaining("situations only apply to figures tied to care")
        .hasMessageContaining("legalBasis is blank")
        .hasMessageContaining("source is blank");
  }

  @Test
  void takesProRataHoursForAFullTimeJob() {
    CaoFigures budget =
        CaoFigures.proRata(
            "gehandicaptenzorg", "CAO_BALANCE_LEAVE", FROM, new BigDecimal("57"), new BigDecimal("36"), 100,
            "art. 8", "cao.pdf");

    assertThat(budget.weeklyHoursFactor()).isNull();
    assertThat(budget.hoursPerYearFullTime()).isEqualByComparingTo("57");
    assertThat(budget.relations()).isEmpty();
  }
}
