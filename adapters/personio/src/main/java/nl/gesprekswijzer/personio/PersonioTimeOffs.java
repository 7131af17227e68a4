package nl.gesprekswijzer.personio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The employee's sick leave in Personio's time-offs document ({@code GET
 * /v1/company/time-offs?employees[]={id}}): the absences whose type has the category {@value
 * #SICK_LEAVE}. Only the category, the status, the dates and the employee of an absence are read;
 * its comment, its type's name and its certificate never are, since they may say something about the
 * illness.
 */
final class PersonioTimeOffs {

  static final String DOCUMENT = "time-offs";

  /** The category Personio gives absence types for sickness. */
  static final String SICK_LEAVE = "sick_leave";

  /**
   * Periods of sickness with less than four weeks between them count as one (BW 7:629 lid 10):
   * fewer than this many days of work between the last sick day of one and the first of the next.
   */
  static final int COMBINED_WHEN_FEWER_DAYS_BETWEEN = 28;

  private static final Set<String> COUNTING = Set.of("approved", "pending");
  private static final Set<String> NOT_COUNTING = Set.of("rejected", "canceled", "cancelled");

  /**
   * A period of sick leave.
   *
   * @param end the last day of the absence, or {@code null} while it has no end
   */
  record Period(LocalDate start, @Nullable LocalDate end) {

    boolean covers(LocalDate day) {
      return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }
  }

  private PersonioTimeOffs() {}

  /**
   * The employee's sick leave that counts (approved or pending), adding a problem for every sick
   * leave that does not read or is another employee's.
   *
   * @param employeeId the employee the employee document is about, {@code null} when unknown
   */
  static List<Period> sickLeave(JsonNode document, @Nullable Long employeeId, Problems problems) {
    JsonNode data = document.path("data");
    if (!data.isArray()) {
      problems.add(
          DOCUMENT, "/data",
          "missing: not the answer of Personio's GET /v1/company/time-offs, whose data lists the absence periods");
      return List.of();
    }
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      String at = "/data/" + i + "/attributes";
      JsonNode attributes = data.path(i).path("attributes");
      JsonNode category = attributes.path("time_off_type").path("attributes").path("category");
      if (!category.isString() || !category.stringValue().equals(SICK_LEAVE)) {
        continue; // vacation, home office, care leave: not what the request's sickness is about
      }
      if (!ofTheEmployee(attributes, at, employeeId, problems) || !counts(attributes, at, problems)) {
        continue;
      }
      Period period = period(attributes, at, problems);
      if (period != null) {
        periods.add(period);
      }
    }
    return periods;
  }

  private static boolean ofTheEmployee(JsonNode attributes, String at, @Nullable Long employeeId, Problems problems) {
    JsonNode id = attributes.path("employee").path("attributes").path("id").path("value");
    if (employeeId == null || PersonioValues.absent(id)) {
      return true;
    }
    boolean same =
        id.canConvertToExactIntegral()
            ? id.longValue() == employeeId
            : id.isString() && id.stringValue().strip().equals(String.valueOf(employeeId));
    if (!same) {
      problems.add(
          DOCUMENT, at + "/employee/attributes/id/value",
          "is not the employee of the employee document: give the time-offs of that employee only"
              + " (GET /v1/company/time-offs?employees[]={employee_id})");
    }
    return same;
  }

  private static boolean counts(JsonNode attributes, String at, Problems problems) {
    JsonNode status = attributes.path("status");
    if (status.isString() && COUNTING.contains(status.stringValue())) {
      return true;
    }
    if (!(status.isString() && NOT_COUNTING.contains(status.stringValue()))) {
      problems.add(
          DOCUMENT, at + "/status",
          "is not a status of an absence: approved or pending (counted as sick leave), rejected or canceled");
    }
    return false;
  }

  private static @Nullable Period period(JsonNode attributes, String at, Problems problems) {
    JsonNode startValue = attributes.path("start_date");
    LocalDate start = PersonioValues.date(startValue);
    if (start == null) {
      problems.add(
          DOCUMENT, at + "/start_date",
          PersonioValues.absent(startValue)
              ? "missing: a sick leave needs its first day"
              : "is not a date as Personio writes one (2026-10-05 or 2026-10-05T00:00:00+0200)");
    }
    JsonNode endValue = attributes.path("end_date");
    LocalDate end = PersonioValues.absent(endValue) ? null : PersonioValues.date(endValue);
    if (!PersonioValues.absent(endValue) && end == null) {
      problems.add(DOCUMENT, at + "/end_date", "is not a date as Personio writes one (2026-10-05 or 2026-10-05T00:00:00+0200)");
      return null;
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(DOCUMENT, at + "/end_date", "is before start_date");
      return null;
    }
    return start == null ? null : new Period(start, end);
  }

  /**
   * The first day of the sickness the employee is in on the day: the first day of the sick leave
   * covering it, moved back over every earlier sick leave that ended fewer than {@value
   * #COMBINED_WHEN_FEWER_DAYS_BETWEEN} days before; {@code null} when no sick leave covers the day.
   */
  static @Nullable LocalDate firstSickDay(List<Period> periods, LocalDate day) {
    LocalDate first =
        periods.stream().filter(p -> p.covers(day)).map(Period::start).min(LocalDate::compareTo).orElse(null);
    if (first == null) {
      return null;
    }
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Period earlier : periods) {
        if (earlier.start().isBefore(first) && (earlier.end() == null || daysBetween(earlier.end(), first)
            < COMBINED_WHEN_FEWER_DAYS_BETWEEN)) {
          first = earlier.start();
          moved = true;
        }
      }
    }
    return first;
  }

  /** The days after the last sick day and before the next first sick day. */
  private static long daysBetween(LocalDate lastSickDay, LocalDate nextFirstSickDay) {
    return ChronoUnit.DAYS.between(lastSickDay, nextFirstSickDay) - 1;
  }
}
