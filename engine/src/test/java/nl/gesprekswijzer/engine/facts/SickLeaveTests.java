package nl.gesprekswijzer.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SickLeaveTests {

  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);
  private static final List<String> HOLIDAYS =
      Arrays.stream(DutchPublicHoliday.values()).map(Enum::name).toList();

  @ParameterizedTest(name = "first sick day {0}: week 42 ends {1}, UWV report on {2}")
  @CsvSource({
    // Monday start: week 42 ends on a Sunday, the report goes out on the Monday after.
    "2026-10-05, 2027-07-25, 2027-07-26",
    // Wednesday start: week 42 ends on a Tuesday, the next day is a working day.
    "2026-10-07, 2027-07-27, 2027-07-28",
    // Saturday start: week 42 ends on a Friday, the weekend is skipped.
    "2026-10-10, 2027-07-30, 2027-08-02",
    // Sunday start: week 42 ends on a Saturday, the Sunday is skipped.
    "2026-10-11, 2027-07-31, 2027-08-02",
    // Week 42 ends on Easter Sunday 2027: Easter Monday is no working day either.
    "2026-06-08, 2027-03-28, 2027-03-30",
    // Week 42 ends on the Thursday before Easter: Good Friday to Easter Monday are skipped.
    "2026-06-05, 2027-03-25, 2027-03-30",
    // Week 42 ends on a Sunday a week earlier: the Monday is an ordinary working day.
    "2026-06-01, 2027-03-21, 2027-03-22"
  })
  void reportsToUwvOnTheFirstWorkingDayAfterWeek42(LocalDate firstSickDay, LocalDate endOfWeek42, LocalDate report) {
    SickLeave sick = SickLeave.of(firstSickDay, -1, REFERENCE);

    assertThat(sick.endOfWeek(42)).isEqualTo(endOfWeek42);
    assertThat(sick.dueAfterWeek(42, "UWV_SICKNESS_REPORT", List.of("UWV_SICKNESS_REPORT"), HOLIDAYS)).isEqualTo(report);
  }

  @Test
  void movesADeadlineOnlyWhenItMustFallOnAWorkingDay() {
    // Week 6 ends on Easter Monday 29 March 2027.
    SickLeave sick = SickLeave.of(LocalDate.of(2027, 2, 16), -1, REFERENCE);

    List<String> onWorkingDays = List.of("UWV_SICKNESS_REPORT");

    assertThat(sick.dueAtEndOfWeek(6, "PROBLEM_ANALYSIS", onWorkingDays, HOLIDAYS)).isEqualTo(LocalDate.of(2027, 3, 29));
    assertThat(sick.dueAtEndOfWeek(6, "PROBLEM_ANALYSIS", List.of("PROBLEM_ANALYSIS"), HOLIDAYS))
        .isEqualTo(LocalDate.of(2027, 3, 30));
    assertThat(sick.dueAtEndOfWeek(6, "PROBLEM_ANALYSIS", List.of("PROBLEM_ANALYSIS"), List.of()))
        .isEqualTo(LocalDate.of(2027, 3, 29));
    assertThat(sick.dueAfterWeek(5, "UWV_SICKNESS_REPORT", List.of(), HOLIDAYS)).isEqualTo(LocalDate.of(2027, 3, 23));
  }

  @ParameterizedTest(name = "first sick day {0}, reference date {1}: week {2}")
  @CsvSource({"2026-11-23, 2026-11-23, 1", "2026-11-17, 2026-11-23, 1", "2026-11-16, 2026-11-23, 2", "2026-10-05, 2026-11-23, 8"})
  void countsTheWeekOfAbsenceFromTheFirstSickDay(LocalDate firstSickDay, LocalDate reference, long week) {
    assertThat(SickLeave.of(firstSickDay, -1, reference).week()).isEqualTo(week);
  }

  @Test
  void aDeadlineHasPassedOnlyFromTheDayAfterIt() {
    SickLeave sick = SickLeave.of(LocalDate.of(2026, 10, 5), -1, REFERENCE);

    assertThat(sick.passed(REFERENCE.minusDays(1))).isTrue();
    assertThat(sick.passed(REFERENCE)).isFalse();
  }

  @ParameterizedTest(name = "first sick day {0}: steps passed {1}")
  @CsvSource({
    "2026-11-23, ''",
    "2026-11-16, REPORT_TO_OCCUPATIONAL_DOCTOR",
    // Week 7: the analysis of week 6 has passed, the plan of week 8 not yet.
    "2026-10-06, REPORT_TO_OCCUPATIONAL_DOCTOR PROBLEM_ANALYSIS",
    "2026-09-28, REPORT_TO_OCCUPATIONAL_DOCTOR PROBLEM_ANALYSIS ACTION_PLAN",
    "2025-11-17, REPORT_TO_OCCUPATIONAL_DOCTOR PROBLEM_ANALYSIS ACTION_PLAN FIRST_YEAR_EVALUATION"
  })
  void listsTheStepsWhoseWeekHasEnded(LocalDate firstSickDay, String steps) {
    SickLeave sick = SickLeave.of(firstSickDay, -1, REFERENCE);

    assertThat(sick.stepsPassed(1, 6, 8, 52).stream().map(Enum::name).toList())
        .isEqualTo(steps.isEmpty() ? List.of() : List.of(steps.split(" ")));
  }

  @ParameterizedTest(name = "capacity {0}%: partly at work {1}, fully {2}, none known {3}")
  @CsvSource({
    "-1, false, false, true", "0, false, false, true", "1, true, false, false", "50, true, false, false",
    "99, true, false, false", "100, false, true, false"
  })
  void tellsPartialFromFullAndUnknownCapacity(int capacity, boolean partly, boolean full, boolean none) {
    SickLeave sick = SickLeave.of(REFERENCE, capacity, REFERENCE);

    assertThat(sick.partlyAtWork()).isEqualTo(partly);
    assertThat(sick.fullCapacity()).isEqualTo(full);
    assertThat(sick.noCapacityKnown()).isEqualTo(none);
  }
}
