package nl.gesprekswijzer.engine.evaluation;

import static nl.gesprekswijzer.engine.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.fuzz.AdviceInvariants;
import nl.gesprekswijzer.engine.fuzz.DefaultEngine;
import nl.gesprekswijzer.engine.parameters.Parameter;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.junit.jupiter.api.Test;

/**
 * Input no real situation can have is refused with a problem a platform's developer understands,
 * never answered with nonsense: a reference date centuries ahead, more care than a week has hours,
 * a number far out of range.
 */
class ImpossibleInputTests {

  /** The day these tests were written: advice for it must stay well inside the horizon. */
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private final RulesAdvisoryEngine engine = DefaultEngine.get();

  @Test
  void refusesAReferenceDateAfterTheHorizonNamingTheLastDateItAdvisesOn() {
    LocalDate last = newestFigure().plusYears(3);

    assertThat(violations(care().withReferenceDate(LocalDate.of(9999, 12, 31))))
        .containsExactly(
            new Violation(
                "referenceDate",
                "must not be after " + last + ", the last date this rule set can advise on (3 years after its"
                    + " newest figure, which applies from " + newestFigure() + ")"));
    assertThat(violations(care().withReferenceDate(last.plusDays(1))))
        .extracting(Violation::field)
        .containsExactly("referenceDate");
  }

  @Test
  void advisesUpToTheLastDateWithoutADateNoOneCanUse() {
    LocalDate last = newestFigure().plusYears(3);

    assertThat(AdviceInvariants.check(engine.advise(care().withReferenceDate(last)))).isEmpty();
    assertThat(AdviceInvariants.check(engine.advise(sick().withReferenceDate(last)))).isEmpty();
  }

  @Test
  void keepsTodayWellInsideTheHorizon() {
    assertThat(newestFigure().plusYears(3)).isAfterOrEqualTo(TODAY.plusYears(2));
    assertThat(engine.advise(care().withReferenceDate(TODAY)).referenceDate()).isEqualTo(TODAY);
  }

  @Test
  void takesTheHorizonFromThePolicyParameter() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("parameters/limits.yaml", limits("1"));
    RulesAdvisoryEngine minimal =
        RulesAdvisoryEngine.builder().ruleSetSource(TestRuleSets.inMemory("limits", files)).build();

    // The minimal rule set's newest figure applies from 2027-01-01.
    assertThat(minimal.advise(care().withReferenceDate(LocalDate.of(2028, 1, 1))).referenceDate())
        .isEqualTo(LocalDate.of(2028, 1, 1));
    assertThatThrownBy(() -> minimal.advise(care().withReferenceDate(LocalDate.of(2028, 1, 2))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("must not be after 2028-01-01")
        .hasMessageContaining("1 year after its newest figure");
  }

  @Test
  void refusesToBuildWithAHorizonThatIsNotAWholeNumberOfYears() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("parameters/limits.yaml", limits("1.5"));

    assertThatThrownBy(() -> RulesAdvisoryEngine.builder().ruleSetSource(TestRuleSets.inMemory("limits", files)).build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("limits.reference-date-horizon-years");
  }

  @Test
  void refusesCareHoursThatAddUpToMoreThanAWeek() {
    String json = TestRequests.CARE.replace("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 168");
    AdviceRequest three = withCare(request(json), 3);

    assertThat(violations(three))
        .containsExactly(
            new Violation(
                "caregiving", "the hoursPerWeek of all people cared for add up to 504, more than the 168 hours of a week"));
  }

  @Test
  void acceptsCareHoursThatFillTheWeekExactly() {
    String json = TestRequests.CARE.replace("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 56");

    assertThat(engine.advise(withCare(request(json), 3)).agenda()).isNotEmpty();
  }

  @Test
  void addsOnlyTheHoursThatAreValidOnTheirOwn() {
    String json = TestRequests.CARE.replace("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 1e30");

    assertThat(violations(withCare(request(json), 2)))
        .extracting(Violation::field, Violation::problem)
        .containsExactly(
            tuple("caregiving[0].hoursPerWeek", "must be at most 168"),
            tuple("caregiving[1].hoursPerWeek", "must be at most 168"));
  }

  @Test
  void tellsAHugeNumberItsRangeNotItsDigits() {
    for (String huge : List.of("1e30", "99999999999999999999", "168.000000000000000000001")) {
      assertThat(violations(care("\"hoursPerWeek\": 14", "\"hoursPerWeek\": " + huge)))
          .as(huge)
          .containsExactly(new Violation("caregiving[0].hoursPerWeek", "must be at most 168"));
    }
    for (String huge : List.of("1e30", "99999999999999999999", "60.000000000000000000001")) {
      assertThat(violations(care("\"weeklyHours\": 32", "\"weeklyHours\": " + huge)))
          .as(huge)
          .containsExactly(new Violation("employee.weeklyHours", "must be at most 60"));
    }
    assertThat(violations(care("\"weeklyHours\": 32", "\"weeklyHours\": -1e30")))
        .containsExactly(new Violation("employee.weeklyHours", "must be more than 0"));
  }

  @Test
  void tellsANumberInRangeWithAbsurdPrecisionItsDecimals() {
    assertThat(violations(care("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 0.1e-999999999")))
        .containsExactly(
            new Violation("caregiving[0].hoursPerWeek", "must have at most 20 digits after the decimal point"));
    assertThat(violations(care("\"weeklyHours\": 32", "\"weeklyHours\": 32.000000000000000000001")))
        .containsExactly(new Violation("employee.weeklyHours", "must have at most 20 digits after the decimal point"));
    assertThat(engine.advise(care("\"weeklyHours\": 32", "\"weeklyHours\": 32.000000000000000000000000"))).isNotNull();
  }

  private static LocalDate newestFigure() {
    return DefaultEngine.get().ruleSet().parameters().all().stream()
        .flatMap(parameter -> parameter.values().stream().map(Parameter.DatedValue::from))
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  private List<Violation> violations(AdviceRequest request) {
    try {
      engine.advise(request);
    } catch (InvalidRequestException e) {
      return e.violations();
    }
    throw new AssertionError("accepted: " + request);
  }

  private static String limits(String years) {
    return """
        limits.reference-date-horizon-years:
          description: Years after the newest figure.
          type: number
          source: test
          status: POLICY
          values:
            - from: 2000-01-01
              value: %s
        """.formatted(years);
  }

  private static AdviceRequest care() {
    return TestRequests.care();
  }

  private static AdviceRequest care(String from, String to) {
    return request(TestRequests.CARE.replace(from, to));
  }

  private static AdviceRequest sick() {
    return request(
        """
        {
          "referenceDate": "2026-11-23",
          "language": "en",
          "conversation": { "type": "SICK_LEAVE" },
          "employee": { "weeklyHours": 36, "employedSince": "2015-01-01" },
          "employer": { "size": 40 },
          "sickness": { "firstSickDay": "2026-01-05" }
        }
        """);
  }

  /** The request's one person cared for, {@code times} over. */
  private static AdviceRequest withCare(AdviceRequest request, int times) {
    return new AdviceRequest(
        request.referenceDate(), request.language(), request.conversation(), request.employee(),
        request.employer(), Collections.nCopies(times, request.caregiving().get(0)), request.sickness(),
        request.wishes());
  }
}
