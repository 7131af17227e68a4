package nl.gesprekswijzer.personio;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Sickness;
import nl.gesprekswijzer.spi.CallerInput;
import nl.gesprekswijzer.spi.PlatformData;
import nl.gesprekswijzer.spi.SituationSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An advice request from Personio's public API (v1), as its documentation shows the documents:
 *
 * <ul>
 *   <li>{@value #EMPLOYEE} (required): the answer of {@code GET /v1/company/employees/{employee_id}},
 *       or a page of {@code GET /v1/company/employees} holding that one employee. Its {@code
 *       weekly_working_hours} become {@code employee.weeklyHours} (without them, the hours of its
 *       {@code work_schedule}), its {@code hire_date} {@code employee.employedSince}; an {@code
 *       external} employment type or an {@code inactive} status is refused.
 *   <li>{@value #TIME_OFFS} (required for a {@code SICK_LEAVE} talk, optional otherwise): the answer
 *       of {@code GET /v1/company/time-offs?employees[]={employee_id}}. The approved or pending
 *       absence of the category {@code sick_leave} that covers the reference date gives {@code
 *       sickness.firstSickDay}, moved back over earlier sick leave less than four weeks before it (BW
 *       7:629 lid 10).
 * </ul>
 *
 * <p>What Personio does not hold comes from the caller ({@link CallerInput}): the employer's size,
 * the CAO, the care the employee gives, wishes, the work capacity while sick, the talk itself. A
 * comment on an absence, its type's name or its certificate is never read. Thread-safe; found with
 * {@link java.util.ServiceLoader} as the {@code SituationSource} of platform {@value #PLATFORM}.
 */
public final class PersonioSituationSource implements SituationSource {

  public static final String PLATFORM = "personio";
  public static final String EMPLOYEE = PersonioEmployee.DOCUMENT;
  public static final String TIME_OFFS = PersonioTimeOffs.DOCUMENT;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Clock clock;

  /** Today, where the caller gives no reference date, is today in Europe/Amsterdam. */
  public PersonioSituationSource() {
    this(Clock.system(ZoneId.of("Europe/Amsterdam")));
  }

  /** With the clock that says what today is, where the caller gives no reference date. */
  public PersonioSituationSource(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public AdviceRequest situation(PlatformData data, CallerInput caller) {
    Problems problems = new Problems();
    // The sickness depends on the day, so the request carries the day it was read for.
    LocalDate reference = caller.referenceDate() != null ? caller.referenceDate() : LocalDate.now(clock);

    JsonNode employeeDocument = document(data, EMPLOYEE, problems);
    PersonioEmployee employee =
        employeeDocument == null ? new PersonioEmployee(null, null, null) : PersonioEmployee.read(employeeDocument, problems);

    Sickness sickness = null;
    String timeOffs = data.document(TIME_OFFS).orElse(null);
    if (timeOffs == null) {
      if (caller.conversation().type() == ConversationType.SICK_LEAVE) {
        problems.addForDocument(
            TIME_OFFS,
            "missing: a SICK_LEAVE talk needs the employee's absences, the answer of Personio's"
                + " GET /v1/company/time-offs?employees[]={employee_id}");
      }
    } else {
      JsonNode timeOffsDocument = parse(TIME_OFFS, timeOffs, problems);
      if (timeOffsDocument != null) {
        List<PersonioTimeOffs.Period> sickLeave = PersonioTimeOffs.sickLeave(timeOffsDocument, employee.id(), problems);
        LocalDate firstSickDay = PersonioTimeOffs.firstSickDay(sickLeave, reference);
        if (firstSickDay != null) {
          sickness = new Sickness(firstSickDay, caller.workCapacityPercent());
        }
      }
    }
    if (sickness == null && caller.workCapacityPercent() != null && timeOffs != null) {
      problems.addForCaller(
          "workCapacityPercent",
          "given, but Personio's time-offs show no sick leave on " + reference + " for it to belong to");
    }
    if (caller.employerSize() == null) {
      problems.addForCaller(
          "employerSize", "missing: Personio's employee data holds no number of employees of the employer; give it");
    }
    problems.throwIfAny();

    return new AdviceRequest(
        reference,
        caller.language(),
        caller.conversation(),
        new Employee(employee.weeklyHours(), employee.hireDate()),
        new Employer(caller.employerSize(), caller.cao()),
        caller.caregiving(),
        sickness,
        caller.wishes(),
        caller.detail());
  }

  private static @Nullable JsonNode document(PlatformData data, String name, Problems problems) {
    String content = data.document(name).orElse(null);
    if (content == null) {
      problems.addForDocument(name, "missing: give the answer of Personio's GET /v1/company/employees/{employee_id}");
      return null;
    }
    return parse(name, content, problems);
  }

  /** The document as JSON; Jackson's own message is left out, since it quotes the document. */
  private static @Nullable JsonNode parse(String name, String content, Problems problems) {
    try {
      JsonNode node = JSON.readTree(content);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // said below, without the content
    }
    problems.addForDocument(name, "is not a JSON object, as Personio's API answers");
    return null;
  }
}
