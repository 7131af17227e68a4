package nl.gesprekswijzer.personio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the request takes from Personio's employee document ({@code GET /v1/company/employees/{id}},
 * or a page of {@code GET /v1/company/employees} holding one employee): each attribute is an object
 * with a {@code value}, and Personio leaves out those the API credentials may not read.
 *
 * @param id Personio's id of the employee, to check that the time-offs are this employee's
 * @param weeklyHours {@code weekly_working_hours}, or the hours of {@code work_schedule} without it
 * @param hireDate {@code hire_date}
 */
record PersonioEmployee(@Nullable Long id, @Nullable BigDecimal weeklyHours, @Nullable LocalDate hireDate) {

  static final String DOCUMENT = "employee";

  private static final List<String> DAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The employment types Personio knows; an external worker is not the employer's employee. */
  private static final Set<String> EMPLOYMENT_TYPES = Set.of("internal", "external");

  /** The statuses Personio knows; an inactive employee no longer works for the employer. */
  private static final Set<String> STATUSES = Set.of("active", "onboarding", "leave", "inactive");

  /** Reads the employee, adding a problem for every field the request needs that does not read. */
  static PersonioEmployee read(JsonNode document, Problems problems) {
    JsonNode data = document.path("data");
    String at;
    JsonNode attributes;
    if (data.isArray()) {
      if (data.size() != 1) {
        problems.add(
            DOCUMENT, "/data",
            "holds " + data.size() + " employees; give the document of one employee"
                + " (GET /v1/company/employees/{employee_id}, or the list filtered by email)");
        return new PersonioEmployee(null, null, null);
      }
      at = "/data/0/attributes";
      attributes = data.path(0).path("attributes");
    } else {
      at = "/data/attributes";
      attributes = data.path("attributes");
    }
    if (!attributes.isObject()) {
      problems.add(
          DOCUMENT, at,
          "missing: not the answer of Personio's GET /v1/company/employees/{employee_id}, whose data holds the"
              + " employee's attributes");
      return new PersonioEmployee(null, null, null);
    }
    checkEmployment(attributes, at, problems);
    return new PersonioEmployee(id(attributes, at, problems), weeklyHours(attributes, at, problems),
        hireDate(attributes, at, problems));
  }

  private static @Nullable Long id(JsonNode attributes, String at, Problems problems) {
    JsonNode id = attributes.path("id").path("value");
    if (PersonioValues.absent(id)) {
      return null; // only needed to match the time-offs, which say so when it is missing
    }
    if (!id.canConvertToExactIntegral() && !(id.isString() && id.stringValue().strip().matches("\\d{1,18}"))) {
      problems.add(DOCUMENT, at + "/id/value", "is not a whole number, as Personio's employee ids are");
      return null;
    }
    return id.isString() ? Long.valueOf(id.stringValue().strip()) : id.longValue();
  }

  private static void checkEmployment(JsonNode attributes, String at, Problems problems) {
    JsonNode type = attributes.path("employment_type").path("value");
    if (!PersonioValues.absent(type)) {
      if (!type.isString() || !EMPLOYMENT_TYPES.contains(type.stringValue())) {
        problems.add(DOCUMENT, at + "/employment_type/value", "is not one of " + sorted(EMPLOYMENT_TYPES));
      } else if (type.stringValue().equals("external")) {
        problems.add(
            DOCUMENT, at + "/employment_type/value",
            "is external: an external worker is not employed by the employer, so the employee's statutory"
                + " leave and the advice for an employee's talks do not apply");
      }
    }
    JsonNode status = attributes.path("status").path("value");
    if (!PersonioValues.absent(status)) {
      if (!status.isString() || !STATUSES.contains(status.stringValue())) {
        problems.add(DOCUMENT, at + "/status/value", "is not one of " + sorted(STATUSES));
      } else if (status.stringValue().equals("inactive")) {
        problems.add(DOCUMENT, at + "/status/value", "is inactive: the employee no longer works for the employer");
      }
    }
  }

  private static @Nullable BigDecimal weeklyHours(JsonNode attributes, String at, Problems problems) {
    JsonNode hours = attributes.path("weekly_working_hours").path("value");
    if (!PersonioValues.absent(hours)) {
      BigDecimal number = PersonioValues.number(hours);
      if (number == null) {
        problems.add(
            DOCUMENT, at + "/weekly_working_hours/value",
            "is not a number of hours (a number, or text like '32' or '32.5' with a decimal point)");
      }
      return number;
    }
    JsonNode schedule = attributes.path("work_schedule").path("value").path("attributes");
    if (schedule.isObject()) {
      return scheduledHours(schedule, at + "/work_schedule/value/attributes", problems);
    }
    problems.add(
        DOCUMENT, at + "/weekly_working_hours",
        "missing, and no work_schedule to count the hours from: the API credentials must be allowed to read"
            + " the employee's weekly hours");
    return null;
  }

  /** The hours of a week's schedule, each day written {@code 08:00}. */
  private static @Nullable BigDecimal scheduledHours(JsonNode schedule, String at, Problems problems) {
    int minutes = 0;
    boolean readable = true;
    for (String day : DAYS) {
      JsonNode time = schedule.path(day);
      if (PersonioValues.absent(time)) {
        continue;
      }
      Integer ofDay = PersonioValues.minutesOfDay(time);
      if (ofDay == null) {
        problems.add(DOCUMENT, at + "/" + day, "is not the hours of a day written like 08:00");
        readable = false;
      } else {
        minutes += ofDay;
      }
    }
    if (!readable) {
      return null;
    }
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static @Nullable LocalDate hireDate(JsonNode attributes, String at, Problems problems) {
    JsonNode hireDate = attributes.path("hire_date").path("value");
    if (PersonioValues.absent(hireDate)) {
      problems.add(
          DOCUMENT, at + "/hire_date",
          "missing: the request needs the start of the employment; the API credentials must be allowed to read"
              + " the hire date");
      return null;
    }
    LocalDate date = PersonioValues.date(hireDate);
    if (date == null) {
      problems.add(
          DOCUMENT, at + "/hire_date/value",
          "is not a date as Personio writes one (2019-04-01 or 2019-04-01T00:00:00+02:00)");
    }
    return date;
  }

  private static String sorted(Set<String> values) {
    return String.join(", ", new java.util.TreeSet<>(values));
  }
}
