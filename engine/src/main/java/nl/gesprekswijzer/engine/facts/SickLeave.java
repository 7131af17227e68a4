package nl.gesprekswijzer.engine.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The employee's current absence through illness. Never anything about the illness itself.
 *
 * @param workCapacityPercent the share of the work the employee can do, or -1 when not known
 * @param week the week of absence the reference date falls in; the first sick day starts week 1
 */
public record SickLeave(LocalDate firstSickDay, int workCapacityPercent, long week) {

  public static SickLeave of(LocalDate firstSickDay, int workCapacityPercent, LocalDate referenceDate) {
    return new SickLeave(
        firstSickDay,
        workCapacityPercent,
        ChronoUnit.DAYS.between(firstSickDay, referenceDate) / 7 + 1);
  }

  /** The last day of week {@code n} of absence: the day a deadline "in week n" falls on. */
  public LocalDate endOfWeek(int n) {
    return firstSickDay.plusDays(7L * n - 1);
  }

  /** The first working day (Monday to Friday) after week {@code n} of absence. */
  public LocalDate firstWorkingDayAfterWeek(int n) {
    LocalDate day = endOfWeek(n).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Whether the work capacity is known and partial: some work, not all. */
  public boolean partlyAtWork() {
    return workCapacityPercent > 0 && workCapacityPercent < 100;
  }
}
