package nl.gesprekswijzer.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaoProvisionTests {

  private static final LocalDate FROM = LocalDate.of(2023, 1, 1);

  @ParameterizedTest(name = "{0} hours a week gives {1} of 57 full-time hours on a 36-hour week")
  @CsvSource({
    "24, 38",
    "36, 57",
    // More hours than the full-time week do not make more than a full-time budget.
    "40, 57",
    "60, 57"
  })
  void givesAPartTimerTheBudgetProRataAndNobodyMoreThanTheFullTimeBudget(String weeklyHours, String hours) {
    CaoProvision budget =
        new CaoProvision(
            "test-cao", "CAO_TEST_BUDGET", FROM, null, null, new BigDecimal("57"), new BigDecimal("36"),
            100, 12, Set.of(), Set.of(), "Test cao, art. 2");

    assertThat(budget.maxHours(new BigDecimal(weeklyHours))).isEqualByComparingTo(hours);
  }

  @ParameterizedTest(name = "{0} hours a week gives {1} hours at 1.4 times the weekly hours")
  @CsvSource({"32, 44.8", "40, 56", "45, 63"})
  void multipliesTheWeeklyHoursWithoutACap(String weeklyHours, String hours) {
    CaoProvision leave =
        new CaoProvision(
            "test-cao", "SHORT_TERM_CARE_LEAVE", FROM, null, new BigDecimal("1.4"), null, null, 100, 12,
            Set.of(Relation.CHILD), Set.of(CareSituation.SERIOUS_ILLNESS), "Test cao, art. 1");

    assertThat(leave.maxHours(new BigDecimal(weeklyHours))).isEqualByComparingTo(hours);
  }
}
