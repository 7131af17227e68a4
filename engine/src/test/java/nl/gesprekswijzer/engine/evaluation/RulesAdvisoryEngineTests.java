package nl.gesprekswijzer.engine.evaluation;

import static nl.gesprekswijzer.engine.TestRequests.care;
import static nl.gesprekswijzer.engine.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RulesAdvisoryEngineTests {

  private final RulesAdvisoryEngine engine = TestRuleSets.minimalEngine();

  @Test
  void answersWithAdviceAndTextsInTheRequestedLanguage() {
    AdviceResponse answer = engine.advise(care());

    assertThat(answer.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(answer.rulesetVersion()).isEqualTo(engine.rulesetVersion()).startsWith("1.0.0+");
    assertThat(answer.agenda())
        .extracting(AgendaItem::topic, AgendaItem::title, AgendaItem::priority, AgendaItem::why)
        .containsExactly(
            tuple(
                "CARE_SITUATION", "Care situation", 1, "You care 14 hours a week for your child."),
            tuple(
                "ENTITLEMENTS", "Leave entitlements", 2,
                "Working 32 hours a week, you are entitled to short-term care leave."));
    Entitlement leave = answer.entitlements().get(0);
    assertThat(leave.maxHours()).isEqualByComparingTo("64");
    assertThat(leave.conditions()).isEqualTo("Up to 64 hours per 12 months, at 70% of your salary.");
    assertThat(leave.legalBasis()).isEqualTo("Wazo art. 5:2");
    assertThat(leave.source()).isEqualTo(Entitlement.Source.LAW);
  }

  @Test
  void answersInDutchWhenNoLanguageIsGiven() {
    AdviceResponse answer = engine.advise(request(TestRequestsJson.withoutLanguage()));

    assertThat(answer.agenda().get(0).why()).isEqualTo("U zorgt 14 uur per week voor uw kind.");
    assertThat(answer.entitlements().get(0).conditions())
        .isEqualTo("Tot 64 uur per 12 maanden, met 70% van uw loon.");
  }

  @Test
  void explainsEveryRuleThatFired() {
    AdviceResponse answer = engine.advise(care());

    assertThat(answer.explanation())
        .extracting(Explanation::rule)
        .containsExactly("flexible-times-wish", "follow-up", "intensive-care", "short-term-care-leave");
    assertThat(answer.explanation())
        .extracting(Explanation::because)
        .contains("Talk again in 13 weeks.", "You would like to work at other times.");
  }

  @Test
  void namesTheLegalBasisOfWhatEachRuleAdded() {
    AdviceResponse answer = engine.advise(care());

    assertThat(answer.explanation())
        .extracting(Explanation::rule, Explanation::legalBasis)
        .contains(tuple("short-term-care-leave", "Wazo art. 5:2"), tuple("follow-up", null));
  }

  @Test
  void appliesTheParametersInForceOnTheReferenceDate() {
    AdviceRequest before = care().withReferenceDate(LocalDate.of(2026, 12, 31));
    AdviceRequest after = care().withReferenceDate(LocalDate.of(2027, 1, 1));

    assertThat(engine.advise(before).followUp().intervalWeeks()).isEqualTo(13);
    assertThat(engine.advise(after).followUp().intervalWeeks()).isEqualTo(8);
    assertThat(engine.advise(after).followUp().nextDate()).isEqualTo(LocalDate.of(2027, 2, 26));
  }

  @Test
  void plansTheNextTalkBeforeADeadlineThatComesSooner() {
    AdviceResponse answer =
        engine.advise(
            request(
                """
                {
                  "referenceDate": "2026-11-01",
                  "language": "en",
                  "conversation": { "type": "SICK_LEAVE" },
                  "employee": { "weeklyHours": 36, "employedSince": "2015-01-01" },
                  "employer": { "size": 40 },
                  "sickness": { "firstSickDay": "2026-10-05" }
                }
                """));

    assertThat(answer.deadlines()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("PROBLEM_ANALYSIS");
      assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 11, 15));
    });
    assertThat(answer.followUp().intervalWeeks()).isEqualTo(13);
    assertThat(answer.followUp().nextDate()).isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(answer.followUp().why())
        .isEqualTo("Talk again in 13 weeks. Sooner, before Problem analysis on 15 November 2026.");
  }

  @Test
  void defaultsTheReferenceDateToTodayInAmsterdam() {
    // 23:30 UTC on 22 November is already 00:30 on 23 November in Amsterdam.
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);
    RulesAdvisoryEngine engine =
        RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).clock(lateEvening).build();

    AdviceResponse answer = engine.advise(request(TestRequestsJson.withoutReferenceDate()));

    assertThat(answer.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void checksDatesAgainstTheDefaultReferenceDate() {
    Clock clock = Clock.fixed(Instant.parse("2019-03-31T12:00:00Z"), ZoneOffset.UTC);
    RulesAdvisoryEngine engine =
        RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).clock(clock).build();

    assertRefused(() -> engine.advise(request(TestRequestsJson.withoutReferenceDate())))
        .satisfies(e -> assertThat(fields(e)).contains("employee.employedSince"));
  }

  @Test
  void refusesZeroWeeklyHours() {
    assertRefusedNaming(TestRequestsJson.replace("\"weeklyHours\": 32", "\"weeklyHours\": 0"), "employee.weeklyHours");
  }

  @Test
  void refusesAChildWithoutAge() {
    assertRefusedNaming(TestRequestsJson.replace("\"childAge\": 6, ", ""), "caregiving[0].childAge");
  }

  @Test
  void refusesAnAgeForAParent() {
    assertRefusedNaming(
        TestRequestsJson.replace("\"relation\": \"CHILD\"", "\"relation\": \"PARENT\""),
        "caregiving[0].childAge");
  }

  @Test
  void refusesDatesAfterTheReferenceDate() {
    String json =
        TestRequestsJson.replace("\"employedSince\": \"2019-04-01\"", "\"employedSince\": \"2026-11-24\"")
            .replace("\"since\": \"2026-03-01\"", "\"since\": \"2027-01-01\"");

    assertRefused(() -> engine.advise(request(json)))
        .satisfies(e -> assertThat(fields(e)).containsExactly("caregiving[0].since", "employee.employedSince"));
  }

  @Test
  void refusesAnEmptyWish() {
    assertRefusedNaming(TestRequestsJson.replace("[\"FLEXIBLE_TIMES\"]", "[null]"), "wishes[0]");
  }

  @Test
  void refusesALanguageOtherThanDutchOrEnglish() {
    assertRefusedNaming(TestRequestsJson.replace("\"en\"", "\"de\""), "language");
  }

  @Test
  void ignoresThePlatformsEmployeeReference() {
    AdviceRequest withReference =
        request(TestRequestsJson.replace("\"language\": \"en\",", "\"language\": \"en\", \"employeeRef\": \"hr:emp-4711.b_2\","));

    assertThat(withReference.employeeRef()).isEqualTo("hr:emp-4711.b_2");
    assertThat(engine.advise(withReference)).isEqualTo(engine.advise(care()));
  }

  @Test
  void keepsTheEmployeeReferenceWhenARequestIsCopied() {
    AdviceRequest withReference =
        request(TestRequestsJson.replace("\"language\": \"en\",", "\"language\": \"en\", \"employeeRef\": \"e-1\","));

    assertThat(withReference.withReferenceDate(LocalDate.of(2026, 1, 5)).employeeRef()).isEqualTo("e-1");
    assertThat(withReference.withDetail(Detail.FULL).employeeRef()).isEqualTo("e-1");
  }

  @Test
  void acceptsAnEmployeeReferenceOfSixtyFourCharacters() {
    String reference = "A".repeat(32) + "z9._:-".repeat(5) + "09";

    assertThat(reference).hasSize(64);
    assertThat(engine.advise(request(withEmployeeRef(reference))).agenda()).isNotEmpty();
  }

  @Test
  void refusesAnEmployeeReferenceTooLongEmptyOrWithOtherCharacters() {
    for (String reference : List.of("A".repeat(65), "", "Jan Jansen", "emp/4711", "émp", "emp\\n1")) {
      assertRefused(() -> engine.advise(request(withEmployeeRef(reference))))
          .satisfies(e -> assertThat(fields(e)).containsExactly("employeeRef"))
          .hasMessageContaining("must be 1 to 64 characters")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(reference.isEmpty() ? "\"\"" : reference));
    }
  }

  @Test
  void refusesAnUnknownCao() {
    String json = TestRequestsJson.replace("\"size\": 240", "\"size\": 240, \"cao\": \"no-such-cao\"");

    assertRefused(() -> engine.advise(request(json)))
        .hasMessageContaining("no-such-cao")
        .hasMessageContaining("test-cao")
        .satisfies(e -> assertThat(fields(e)).containsExactly("employer.cao"));
  }

  @Test
  void namesAnUnknownCaoTogetherWithTheOtherViolations() {
    String json =
        TestRequestsJson.replace("\"size\": 240", "\"size\": 240, \"cao\": \"no-such-cao\"")
            .replace("\"en\"", "\"de\"");

    assertRefused(() -> engine.advise(request(json)))
        .satisfies(e -> assertThat(fields(e)).containsExactly("employer.cao", "language"));
  }

  @Test
  void acceptsAKnownCao() {
    String json = TestRequestsJson.replace("\"size\": 240", "\"size\": 240, \"cao\": \"test-cao\"");

    assertThat(engine.advise(request(json)).agenda()).isNotEmpty();
  }

  @Test
  void refusesANullRequest() {
    assertRefused(() -> engine.advise(null)).satisfies(e -> assertThat(fields(e)).containsExactly("request"));
  }

  @Test
  void namesEveryOffendingFieldAtOnce() {
    String json =
        TestRequestsJson.replace("\"weeklyHours\": 32", "\"weeklyHours\": 61")
            .replace("\"size\": 240", "\"size\": 0")
            .replace("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 169");

    assertRefused(() -> engine.advise(request(json)))
        .satisfies(
            e ->
                assertThat(fields(e))
                    .containsExactly("caregiving[0].hoursPerWeek", "employee.weeklyHours", "employer.size"));
  }

  @Test
  void givesIdenticalAnswersWhenUsedFromManyThreads() throws Exception {
    List<AdviceRequest> requests = new ArrayList<>();
    for (int hours = 9; hours < 17; hours++) {
      requests.add(request(TestRequestsJson.replace("\"hoursPerWeek\": 14", "\"hoursPerWeek\": " + hours)));
    }
    List<AdviceResponse> expected = requests.stream().map(engine::advise).toList();

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int run = 0; run < 400; run++) {
        int index = run % requests.size();
        runs.add(threads.submit(() -> engine.advise(requests.get(index)).equals(expected.get(index))));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(expected.get(0).agenda().get(0).why()).contains("9 hours");
  }

  @Test
  void neverBuildsAnEngineOnABrokenRuleSet() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("rules/care/broken.drl", "package rules.care\nrule \"broken\" when then nonsense(\nend\n");

    assertThatThrownBy(
            () ->
                RulesAdvisoryEngine.builder()
                    .ruleSetSource(TestRuleSets.inMemory("broken", files))
                    .build())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rules/care/broken.drl");
  }

  @Test
  void keepsFractionsOfHoursToTwoDecimals() {
    AdviceResponse answer =
        engine.advise(request(TestRequestsJson.replace("\"weeklyHours\": 32", "\"weeklyHours\": 20.333")));

    assertThat(answer.entitlements().get(0).maxHours()).isEqualTo(new BigDecimal("40.67"));
  }

  private static String withEmployeeRef(String reference) {
    return TestRequestsJson.replace(
        "\"language\": \"en\",", "\"language\": \"en\", \"employeeRef\": \"" + reference + "\",");
  }

  private void assertRefusedNaming(String json, String field) {
    assertRefused(() -> engine.advise(request(json))).satisfies(e -> assertThat(fields(e)).containsExactly(field));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable call) {
    return assertThatThrownBy(call).isInstanceOf(InvalidRequestException.class);
  }

  private static List<String> fields(Throwable e) {
    return ((InvalidRequestException) e).violations().stream().map(Violation::field).toList();
  }

  /** Variations on {@link nl.gesprekswijzer.engine.TestRequests#CARE}. */
  private static final class TestRequestsJson {
    static String replace(String from, String to) {
      String json = TestRequests.CARE;
      if (!json.contains(from)) {
        throw new IllegalArgumentException("The care request has no " + from);
      }
      return json.replace(from, to);
    }

    static String withoutLanguage() {
      return replace("\"language\": \"en\",", "");
    }

    static String withoutReferenceDate() {
      return replace("\"referenceDate\": \"2026-11-23\",", "");
    }
  }
}
