package nl.gesprekswijzer.example;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Sickness;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.spi.CallerInput;
import nl.gesprekswijzer.spi.PlatformData;
import nl.gesprekswijzer.spi.SituationException;
import nl.gesprekswijzer.spi.SituationSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example platform's employee record as a request. The record (document {@value #EMPLOYEE})
 * reads:
 *
 * <pre>{@code
 * { "employeeNumber": "E-1001", "name": "…",
 *   "contract": { "hoursPerWeek": 32, "startDate": "2019-04-01" },
 *   "employer": { "headcount": 240, "cao": "sociaal-werk" },
 *   "absences": [ { "kind": "SICK", "firstDay": "2026-10-05", "lastDay": null, "note": "…" } ] }
 * }</pre>
 *
 * <p>{@code contract} gives {@code employee}; {@code employer} gives {@code employer} where the
 * caller gives neither size nor CAO; the {@code SICK} absence covering the reference date gives
 * {@code sickness.firstSickDay} (the platform records a sickness that returns within four weeks as
 * the same absence). The name, the employee number and an absence's note are never read.
 */
public final class ExampleHrSituationSource implements SituationSource {

  static final String PLATFORM = "example-hr";
  static final String EMPLOYEE = "employee";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Clock clock = Clock.system(ZoneId.of("Europe/Amsterdam"));

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public AdviceRequest situation(PlatformData data, CallerInput caller) {
    List<Violation> problems = new ArrayList<>();
    JsonNode record = record(data, problems);
    LocalDate reference = caller.referenceDate() != null ? caller.referenceDate() : LocalDate.now(clock);

    BigDecimal hours = number(record, "/contract/hoursPerWeek", problems);
    LocalDate start = date(record, "/contract/startDate", true, problems);
    Integer size = caller.employerSize();
    if (size == null) {
      BigDecimal headcount = number(record, "/employer/headcount", problems);
      size = headcount == null ? null : headcount.intValue();
    }
    String cao = caller.cao();
    if (cao == null && record.at("/employer/cao").isString()) {
      cao = record.at("/employer/cao").stringValue();
    }
    Sickness sickness = null;
    JsonNode absences = record.path("absences");
    for (int i = 0; i < absences.size(); i++) {
      if (!"SICK".equals(absences.path(i).path("kind").asString(""))) {
        continue;
      }
      LocalDate first = date(record, "/absences/" + i + "/firstDay", true, problems);
      LocalDate last = date(record, "/absences/" + i + "/lastDay", false, problems);
      if (first != null && !first.isAfter(reference) && (last == null || !last.isBefore(reference))) {
        sickness = new Sickness(first, caller.workCapacityPercent());
      }
    }
    if (!problems.isEmpty()) {
      throw new SituationException(PLATFORM, problems);
    }
    return new AdviceRequest(
        reference, caller.language(), caller.conversation(), new Employee(hours, start), new Employer(size, cao),
        caller.caregiving(), sickness, caller.wishes(), caller.detail());
  }

  private static JsonNode record(PlatformData data, List<Violation> problems) {
    String content = data.document(EMPLOYEE).orElse(null);
    if (content == null) {
      problems.add(new Violation(EMPLOYEE, "missing: give the employee's record"));
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(content);
      if (node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // said below, without quoting the record
    }
    problems.add(new Violation(EMPLOYEE, "is not a JSON object"));
    return JSON.createObjectNode();
  }

  private static @Nullable BigDecimal number(JsonNode record, String pointer, List<Violation> problems) {
    JsonNode value = record.at(pointer);
    if (value.isNumber()) {
      return value.decimalValue();
    }
    problems.add(new Violation(EMPLOYEE + "#" + pointer, value.isMissingNode() || value.isNull() ? "missing" : "is not a number"));
    return null;
  }

  private static @Nullable LocalDate date(JsonNode record, String pointer, boolean required, List<Violation> problems) {
    JsonNode value = record.at(pointer);
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        problems.add(new Violation(EMPLOYEE + "#" + pointer, "missing"));
      }
      return null;
    }
    try {
      return LocalDate.parse(value.asString(""));
    } catch (DateTimeParseException e) {
      problems.add(new Violation(EMPLOYEE + "#" + pointer, "is not a date written as 2026-10-05"));
      return null;
    }
  }
}
