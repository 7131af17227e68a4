package nl.gesprekswijzer.engine.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The employee's current absence through illness. Never anything about the illness itself.
 *
 * <p>A deadline "in week n" falls on the last day of week n of absence. Where the rule set says a
 * deadline must fall on a working day, it moves past Saturdays, Sundays and the public holidays the
 * rule set names (codes of {@link DutchPublicHoliday}).
 *
 * @param workCapacityPercent the share of the work the employee can do, or -1 when not known
 * @param week the week of absence the reference date falls in; the first sick day starts week 1
 * @param referenceDate the date the advice is for
 */
public record SickLeave(LocalDate firstSickDay, int workCapacityPercent, long week, LocalDate referenceDate) {

  private static final int FULL_CAPACITY = 100;

  public static SickLeave of(LocalDate firstSickDay, int workCapacityPercent, LocalDate referenceDate) {
    return new SickLeave(
        firstSickDay,
        workCapacityPercent,
        ChronoUnit.DAYS.between(firstSickDay, referenceDate) / 7 + 1,
        referenceDate);
  }

  /** The last day of week {@code n} of absence: the day a deadline "in week n" falls on. */
  public LocalDate endOfWeek(int n) {
    return firstSickDay.plusDays(7L * n - 1);
  }

  /** The first day after week {@code n} of absence. */
  public LocalDate dayAfterWeek(int n) {
    return firstSickDay.plusDays(7L * n);
  }

  /**
   * A deadline in week {@code n}: the last day of that week, moved to the next working day when
   * the deadline is one of those that must fall on a working day.
   *
   * @param deadline the deadline's code, as in the answer
   * @param onWorkingDays the codes of the deadlines that must fall on a working day
   * @param holidays the public holidays that are no working day, as codes of {@link DutchPublicHoliday}
   */
  public LocalDate dueAtEndOfWeek(int n, String deadline, List<String> onWorkingDays, List<String> holidays) {
    return onWorkingDays.contains(deadline) ? workingDayFrom(endOfWeek(n), holidays) : endOfWeek(n);
  }

  /**
   * A deadline on the first day after week {@code n}, or on the first working day from then on
   * when the deadline is one of those that must fall on a working day.
   */
  public LocalDate dueAfterWeek(int n, String deadline, List<String> onWorkingDays, List<String> holidays) {
    return onWorkingDays.contains(deadline) ? workingDayFrom(dayAfterWeek(n), holidays) : dayAfterWeek(n);
  }

  /** The day itself when it is a working day, otherwise the first working day after it. */
  public static LocalDate workingDayFrom(LocalDate day, List<String> holidays) {
    LocalDate working = day;
    while (!isWorkingDay(working, holidays)) {
      working = working.plusDays(1);
    }
    return working;
  }

  /** Monday to Friday and not one of the named public holidays. */
  public static boolean isWorkingDay(LocalDate day, List<String> holidays) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !DutchPublicHoliday.isHoliday(day, holidays);
  }

  /** Whether a due date lies before the reference date: the deadline has passed. */
  public boolean passed(LocalDate due) {
    return due.isBefore(referenceDate);
  }

  /**
   * The steps whose week has ended before the reference date, in the order they fall due: the
   * report to the company doctor, the problem analysis, the plan of approach and the first-year
   * evaluation, each in the week the rule set gives.
   */
  public List<SickLeaveStep> stepsPassed(int doctorWeek, int analysisWeek, int planWeek, int firstYearWeek) {
    List<SickLeaveStep> steps = new ArrayList<>(4);
    addWhenPassed(steps, SickLeaveStep.REPORT_TO_OCCUPATIONAL_DOCTOR, doctorWeek);
    addWhenPassed(steps, SickLeaveStep.PROBLEM_ANALYSIS, analysisWeek);
    addWhenPassed(steps, SickLeaveStep.ACTION_PLAN, planWeek);
    addWhenPassed(steps, SickLeaveStep.FIRST_YEAR_EVALUATION, firstYearWeek);
    return steps;
  }

  private void addWhenPassed(List<SickLeaveStep> steps, SickLeaveStep step, int stepWeek) {
    if (stepWeek > 0 && week > stepWeek) {
      steps.add(step);
    }
  }

  /** Whether the work capacity is known and partial: some work, not all. */
  public boolean partlyAtWork() {
    return workCapacityPercent > 0 && workCapacityPercent < FULL_CAPACITY;
  }

  /** Whether the employee can do all the work again, by the request. */
  public boolean fullCapacity() {
    return workCapacityPercent == FULL_CAPACITY;
  }

  /** Whether no work is possible or the capacity is not known. */
  public boolean noCapacityKnown() {
    return workCapacityPercent <= 0;
  }

  /**
   * Names the fact without its values: Drools prints every fact it inserts at DEBUG and TRACE,
   * and a fact holds a person's situation, so no log level can turn it into the log.
   */
  @Override
  public String toString() {
    return "SickLeave[values withheld]";
  }
}
