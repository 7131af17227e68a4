package nl.gesprekswijzer.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SickLeaveTests {

  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

  @ParameterizedTest(name = "first sick day {0}: week 42 ends {1}, UWV report on {2}")
  @CsvSource({
    // Monday start: week 42 ends on a Sunday, the report goes out on the Monday after.
    "2026-10-05, 2027-07-25, 2027-07-26",
    // Wednesday start: week 42 ends on a Tuesday, the next day is a working day.
    "2026-10-07, 2027-07-27, 2027-07-28",
    // Saturday start: week 42 ends on a Friday, the weekend is skipped.
    "2026-10-10, 2027-07-30, 2027-08-02",
    // Sunday start: week 42 ends on a Saturday, the Sunday is skipped.
    "2026-10-11, 2027-07-31, 2027-08-02"
  })
  void reportsToUwvOnTheFirstWorkingDayAfterWeek42(
      LocalDate firstSickDay, LocalDate endOfWeek42, LocalDate report) {
    SickLeave sick = SickLeave.of(firstSickDay, -1, REFERENCE);

    assertThat(sick.endOfWeek(42)).isEqualTo(endOfWeek42);
    assertThat(sick.firstWorkingDayAfterWeek(42)).isEqualTo(report);
  }

  @ParameterizedTest(name = "first sick day {0}, reference date {1}: week {2}")
  @CsvSource({"2026-11-23, 2026-11-23, 1", "2026-11-17, 2026-11-23, 1", "2026-11-16, 2026-11-23, 2", "2026-10-05, 2026-11-23, 8"})
  void countsTheWeekOfAbsenceFromTheFirstSickDay(LocalDate firstSickDay, LocalDate reference, long week) {
    assertThat(SickLeave.of(firstSickDay, -1, reference).week()).isEqualTo(week);
  }

  @ParameterizedTest(name = "capacity {0}%: partly at work {1}")
  @CsvSource({"-1, false", "0, false", "1, true", "50, true", "99, true", "100, false"})
  void isPartlyAtWorkOnlyWithSomeButNotAllCapacity(int capacity, boolean partly) {
    assertThat(SickLeave.of(REFERENCE, capacity, REFERENCE).partlyAtWork()).isEqualTo(partly);
  }
}
