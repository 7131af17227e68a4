package nl.gesprekswijzer.personio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.spi.CallerInput;
import nl.gesprekswijzer.spi.PlatformData;
import nl.gesprekswijzer.spi.SituationException;
import org.junit.jupiter.api.Test;

class PersonioSituationSourceTests {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  private final PersonioSituationSource personio = new PersonioSituationSource();

  private static CallerInput sickLeaveTalk() {
    return CallerInput.forTalk(ConversationType.SICK_LEAVE, DAY).withEmployerSize(240);
  }

  private static PlatformData noorsData() {
    return new PlatformData(
        Map.of(PersonioSituationSource.EMPLOYEE, Fixtures.employee(), PersonioSituationSource.TIME_OFFS, Fixtures.timeOffs()));
  }

  @Test
  void mapsTheEmployeeAndHerSickLeaveAndTakesTheRestFromTheCaller() {
    Caregiving mother =
        new Caregiving(Relation.PARENT, null, new BigDecimal("6"), LocalDate.of(2026, 1, 1), CareSituation.STABLE);
    CallerInput caller =
        sickLeaveTalk()
            .withLastHeldOn(LocalDate.of(2026, 11, 2))
            .withLanguage("en")
            .withCao("sociaal-werk")
            .withCaregiving(List.of(mother))
            .withWorkCapacityPercent(50)
            .withWishes(List.of(Wish.TASK_ADJUSTMENT));

    AdviceRequest request = personio.situation(noorsData(), caller);

    assertThat(request.referenceDate()).isEqualTo(DAY);
    assertThat(request.language()).isEqualTo("en");
    assertThat(request.conversation().type()).isEqualTo(ConversationType.SICK_LEAVE);
    assertThat(request.conversation().lastHeldOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(request.employee().weeklyHours()).isEqualByComparingTo("32");
    assertThat(request.employee().employedSince())
        .as("the hire date as Personio wrote it, midnight at +02:00, not the day before in UTC")
        .isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(request.employer().size()).isEqualTo(240);
    assertThat(request.employer().cao()).isEqualTo("sociaal-werk");
    assertThat(request.sickness()).isNotNull();
    assertThat(request.sickness().firstSickDay()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(request.sickness().workCapacityPercent()).isEqualTo(50);
    assertThat(request.caregiving()).containsExactly(mother);
    assertThat(request.wishes()).containsExactly(Wish.TASK_ADJUSTMENT);
  }

  @Test
  void neverTakesAnythingFromAnAbsencesCommentOrTypeNameNorCareFromACareLeave() {
    String withWords =
        Fixtures.timeOffs().replace("\"name\": \"Ziek\"", "\"name\": \"MARKER-TYPE-NAME\"");

    AdviceRequest request =
        personio.situation(
            noorsData().with(PersonioSituationSource.TIME_OFFS, withWords),
            CallerInput.forTalk(ConversationType.CARE_BALANCE, DAY).withEmployerSize(240));

    assertThat(request.toString()).doesNotContain("MARKER").doesNotContain("Noor").doesNotContain("Jansen");
    assertThat(request.caregiving()).as("the care comes from the caller, not from a care leave").isEmpty();
    assertThat(request.sickness()).isNotNull();
  }

  @Test
  void readsOneEmployeeOnAPageOfTheEmployeesList() {
    AdviceRequest request =
        personio.situation(
            PlatformData.of(PersonioSituationSource.EMPLOYEE, Fixtures.employeesPage()),
            CallerInput.forTalk(ConversationType.CAREER, DAY).withEmployerSize(40));

    assertThat(request.employee().weeklyHours()).isEqualByComparingTo("36");
    assertThat(request.employee().employedSince()).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(request.sickness()).as("no time-offs given: nothing known about sickness").isNull();
  }

  @Test
  void readsWeeklyHoursWrittenAsTextWithDecimals() {
    String halfHours = Fixtures.employee().replace("\"value\": \"32\"", "\"value\": \"32.5\"");

    assertThat(employee(halfHours).weeklyHours()).isEqualByComparingTo("32.5");
  }

  @Test
  void countsTheHoursOfTheWorkScheduleWhenTheWeeklyHoursAreNotGiven() {
    String withoutWeeklyHours =
        Fixtures.employee()
            .replace("\"value\": \"32\"", "\"value\": null")
            .replace("\"thursday\": \"08:00\"", "\"thursday\": \"04:30\"");

    assertThat(employee(withoutWeeklyHours).weeklyHours()).isEqualByComparingTo("28.5");
  }

  @Test
  void countsSickLeaveLessThanFourWeeksAfterAnEarlierOneAsOnePeriod() {
    // The March sick leave ends on Wednesday 4 March; a sick leave starting 1 April follows after 27
    // days without sickness (5 March to 31 March), one starting 2 April after 28, four weeks.
    LocalDate within = firstSickDayWithCurrentLeaveFrom("2026-04-01", "2026-12-31");
    LocalDate after = firstSickDayWithCurrentLeaveFrom("2026-04-02", "2026-12-31");

    assertThat(within).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(after).isEqualTo(LocalDate.of(2026, 4, 2));
  }

  @Test
  void countsOnlyApprovedAndPendingSickLeaveThatCoversTheReferenceDate() {
    String pending = Fixtures.timeOffs().replace("\"id\": 900244,\n        \"status\": \"approved\"", "\"id\": 900244,\n        \"status\": \"pending\"");
    String rejected = Fixtures.timeOffs().replace("\"id\": 900244,\n        \"status\": \"approved\"", "\"id\": 900244,\n        \"status\": \"rejected\"");
    String endedBefore = Fixtures.timeOffs().replace("2027-01-29T00:00:00+0100", "2026-11-22T00:00:00+0100");
    String stillOpen = Fixtures.timeOffs().replace("\"2027-01-29T00:00:00+0100\"", "null");

    assertThat(sickness(pending)).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(sickness(rejected)).isNull();
    assertThat(sickness(endedBefore)).isNull();
    assertThat(sickness(stillOpen)).isEqualTo(LocalDate.of(2026, 10, 5));
  }

  @Test
  void readsTodayInAmsterdamWhenTheCallerGivesNoDate() {
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("UTC"));

    AdviceRequest request =
        new PersonioSituationSource(lateEvening.withZone(ZoneId.of("Europe/Amsterdam")))
            .situation(noorsData(), CallerInput.forTalk(ConversationType.SICK_LEAVE, null).withEmployerSize(240));

    assertThat(request.referenceDate()).isEqualTo(DAY);
  }

  @Test
  void namesEveryPersonioFieldThatIsMissingOrWrong() {
    String employee =
        Fixtures.employee()
            .replace("\"value\": \"32\"", "\"value\": \"32 uur\"")
            .replace("\"value\": \"2019-04-01T00:00:00+02:00\"", "\"value\": \"01-04-2019\"")
            .replace("\"value\": \"internal\"", "\"value\": \"external\"");
    String timeOffs =
        Fixtures.timeOffs()
            .replace("\"start_date\": \"2026-10-05T00:00:00+0200\",", "")
            .replace("\"id\": 900101,\n        \"status\": \"approved\"", "\"id\": 900101,\n        \"status\": \"in review\"");

    assertThatThrownBy(
            () ->
                personio.situation(
                    new PlatformData(
                        Map.of(PersonioSituationSource.EMPLOYEE, employee, PersonioSituationSource.TIME_OFFS, timeOffs)),
                    CallerInput.forTalk(ConversationType.SICK_LEAVE, DAY)))
        .isInstanceOf(SituationException.class)
        .satisfies(
            e -> {
              assertThat(((SituationException) e).violations())
                  .extracting(Violation::field)
                  .containsExactly(
                      "employee#/data/attributes/employment_type/value",
                      "employee#/data/attributes/weekly_working_hours/value",
                      "employee#/data/attributes/hire_date/value",
                      "time-offs#/data/0/attributes/status",
                      "time-offs#/data/2/attributes/start_date",
                      "caller.employerSize");
              assertThat(e.getMessage())
                  .startsWith("Cannot read the personio data: ")
                  .as("the values are not repeated")
                  .doesNotContain("32 uur", "01-04-2019", "in review");
            });
  }

  @Test
  void saysWhatIsMissingAndWhereToGetIt() {
    assertThat(violations(new PlatformData(Map.of()), sickLeaveTalk()))
        .containsExactly(
            new Violation("employee", "missing: give the answer of Personio's GET /v1/company/employees/{employee_id}"),
            new Violation(
                "time-offs",
                "missing: a SICK_LEAVE talk needs the employee's absences, the answer of Personio's"
                    + " GET /v1/company/time-offs?employees[]={employee_id}"));
    String withoutHireDate =
        Fixtures.employee().replaceAll("\"hire_date\": \\{[^}]*\\},", "");
    assertThat(violations(PlatformData.of("employee", withoutHireDate), CallerInput.forTalk(ConversationType.CAREER, DAY).withEmployerSize(240)))
        .extracting(Violation::field)
        .containsExactly("employee#/data/attributes/hire_date");
  }

  @Test
  void refusesTheAbsencesOfAnotherEmployee() {
    String someoneElses = Fixtures.timeOffs().replace("\"value\": 4021", "\"value\": 4022");

    assertThat(violations(noorsData().with(PersonioSituationSource.TIME_OFFS, someoneElses), sickLeaveTalk()))
        .extracting(Violation::field)
        .containsExactly(
            "time-offs#/data/0/attributes/employee/attributes/id/value",
            "time-offs#/data/2/attributes/employee/attributes/id/value");
  }

  @Test
  void refusesAnInactiveEmployeeAndAPageOfSeveralEmployees() {
    String inactive = Fixtures.employee().replace("\"value\": \"active\"", "\"value\": \"inactive\"");
    String page = Fixtures.employeesPage();
    String twoEmployees = page.replace("\"data\": [", "\"data\": [" + page.substring(page.indexOf("    {\n      \"type\": \"Employee\""), page.lastIndexOf("]")).strip() + ",");
    CallerInput career = CallerInput.forTalk(ConversationType.CAREER, DAY).withEmployerSize(240);

    assertThat(violations(PlatformData.of("employee", inactive), career))
        .containsExactly(
            new Violation(
                "employee#/data/attributes/status/value", "is inactive: the employee no longer works for the employer"));
    assertThat(violations(PlatformData.of("employee", twoEmployees), career))
        .extracting(Violation::field)
        .containsExactly("employee#/data");
  }

  @Test
  void refusesADocumentThatIsNotJsonWithoutQuotingIt() {
    assertThat(
            violations(
                PlatformData.of("employee", "<html>MARKER-PAGE</html>"),
                CallerInput.forTalk(ConversationType.CAREER, DAY).withEmployerSize(240)))
        .containsExactly(new Violation("employee", "is not a JSON object, as Personio's API answers"));
  }

  @Test
  void refusesAWorkCapacityWhenPersonioShowsNoSickLeave() {
    String endedBefore = Fixtures.timeOffs().replace("2027-01-29T00:00:00+0100", "2026-11-22T00:00:00+0100");

    assertThat(
            violations(
                noorsData().with(PersonioSituationSource.TIME_OFFS, endedBefore),
                sickLeaveTalk().withWorkCapacityPercent(40)))
        .extracting(Violation::field)
        .containsExactly("caller.workCapacityPercent");
  }

  private LocalDate firstSickDayWithCurrentLeaveFrom(String start, String end) {
    String timeOffs =
        Fixtures.timeOffs()
            .replace("2026-10-05T00:00:00+0200", start + "T00:00:00+0200")
            .replace("2027-01-29T00:00:00+0100", end + "T00:00:00+0100");
    return sickness(timeOffs);
  }

  private LocalDate sickness(String timeOffs) {
    AdviceRequest request = personio.situation(noorsData().with(PersonioSituationSource.TIME_OFFS, timeOffs), sickLeaveTalk());
    return request.sickness() == null ? null : request.sickness().firstSickDay();
  }

  private nl.gesprekswijzer.api.Employee employee(String employeeJson) {
    return personio
        .situation(
            PlatformData.of(PersonioSituationSource.EMPLOYEE, employeeJson),
            CallerInput.forTalk(ConversationType.CAREER, DAY).withEmployerSize(240))
        .employee();
  }

  private List<Violation> violations(PlatformData data, CallerInput caller) {
    try {
      personio.situation(data, caller);
    } catch (SituationException e) {
      return e.violations();
    }
    throw new AssertionError("The data was not refused");
  }
}
