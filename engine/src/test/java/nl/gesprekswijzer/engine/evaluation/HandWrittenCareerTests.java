package nl.gesprekswijzer.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Sickness;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.fuzz.DefaultEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written career talk gives the answer the rules give, record for record, texts and
 * explanation included: on the benchmark's situation, on every career scenario of the default rule
 * set within its domain, and on generated situations around every boundary the rules draw (weeks
 * since the last talk, employer size, service weeks, the dates the laws on flexible work changed,
 * the CAO rows' dates). It compares with the engine rather than with expected values, so that it
 * fails when a rule changes and the hand-written copy does not.
 */
class HandWrittenCareerTests {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final long SEED = 20261203L;
  private static final int GENERATED = 400;

  /** The rules a career talk without care or sickness can fire, as {@link HandWrittenCareer} names them. */
  private static final Set<String> MIRRORED_RULES =
      Set.of(
          "agenda-opening", "agenda-review-previous-agreements", "agenda-closing",
          "career-agenda-own-topics", "career-agenda-how-work-is-going", "career-agenda-tasks",
          "career-agenda-development", "career-agenda-other-role", "career-agenda-next-steps-open",
          "career-agenda-balance-wished",
          "career-manager-tips", "career-manager-tip-long-gap", "career-manager-tip-first-talk",
          "career-manager-tip-other-role", "career-manager-tip-development",
          "career-preparation", "career-preparation-arrangements", "career-preparation-review-previous-talk",
          "career-preparation-development", "career-preparation-other-role", "career-preparation-tasks",
          "career-preparation-balance", "career-preparation-finances",
          "career-solution-learning-plan", "career-solution-internal-move", "career-solution-career-advice",
          "solution-flexible-hours-wished", "solution-flexible-hours-wished-small-employer", "solution-remote-work",
          "solution-adjusted-tasks", "solution-fewer-hours", "solution-fewer-hours-small-employer",
          "follow-up-career",
          "flexible-work-request", "flexible-work-not-yet-in-service-long-enough", "flexible-work-small-employer",
          "hours-adjustment-request", "hours-adjustment-not-yet-in-service-long-enough",
          "hours-adjustment-small-employer",
          "cao-entitlement");

  private final RulesAdvisoryEngine engine = DefaultEngine.get();
  private final HandWrittenCareer handWritten = new HandWrittenCareer(engine.ruleSet());

  @Test
  void answersTheBenchmarksCareerTalkAsTheRulesDo() {
    AdviceRequest request = TestRequests.request(nl.gesprekswijzer.engine.benchmark.Situations.json("CAREER"));

    AdviceResponse expected = engine.advise(request);

    assertThat(handWritten.advise(request)).isEqualTo(expected);
    assertThat(expected.explanation()).extracting(Explanation::rule).contains("career-manager-tip-long-gap");
  }

  @TestFactory
  Stream<DynamicTest> answersEveryCareerScenarioWithinItsDomainAsTheRulesDo() {
    List<AdviceRequest> requests = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Scenario scenario : ScenarioLoader.load(engine.ruleSet())) {
      AdviceRequest request = JSON.treeToValue(scenario.situation(), AdviceRequest.class);
      if (request.conversation().type() == ConversationType.CAREER && HandWrittenCareer.supports(request)) {
        requests.add(request);
        names.add(scenario.toString());
      }
    }
    // career.yaml alone has eleven career talks without care or sickness: none may go missing.
    assertThat(names).filteredOn(name -> name.startsWith("scenarios/career.yaml")).hasSizeGreaterThanOrEqualTo(11);
    return Stream.iterate(0, i -> i < requests.size(), i -> i + 1)
        .map(
            i ->
                DynamicTest.dynamicTest(
                    names.get(i),
                    () -> assertThat(handWritten.advise(requests.get(i))).isEqualTo(engine.advise(requests.get(i)))));
  }

  @Test
  void answersGeneratedCareerTalksAsTheRulesDoAndFiresEveryMirroredRule() {
    Random random = new Random(SEED);
    Set<String> fired = new TreeSet<>();
    for (int i = 0; i < GENERATED; i++) {
      AdviceRequest request = careerTalk(random);
      AdviceResponse expected = engine.advise(request);

      assertThat(handWritten.advise(request)).as("generated situation %d of seed %d", i, SEED).isEqualTo(expected);
      expected.explanation().forEach(explanation -> fired.add(explanation.rule()));
    }
    // Every rule in the copy fires somewhere, so each comparison above covers it, and the rules
    // fire nothing the copy lacks.
    assertThat(fired).isEqualTo(new TreeSet<>(MIRRORED_RULES));
  }

  @Test
  void takesTodayAndTheDefaultLanguageAsTheEngineDoes() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC); // already the 23rd in Amsterdam
    RulesAdvisoryEngine english =
        RulesAdvisoryEngine.builder().ruleSet(engine.ruleSet()).clock(clock).defaultLanguage("en").build();
    AdviceRequest undated =
        new AdviceRequest(
            null, null, new Conversation(ConversationType.CAREER, LocalDate.of(2025, 11, 10)),
            new Employee(new BigDecimal("36"), LocalDate.of(2021, 3, 1)), new Employer(240, null), null, null,
            List.of(Wish.FEWER_HOURS));

    AdviceResponse expected = english.advise(undated);

    assertThat(new HandWrittenCareer(engine.ruleSet(), clock, "en").advise(undated)).isEqualTo(expected);
    assertThat(expected.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void refusesWhatTheEngineRefusesWithTheSameViolations() {
    AdviceRequest unknownCao =
        new AdviceRequest(
            LocalDate.of(2026, 11, 23), "nl", new Conversation(ConversationType.CAREER, null),
            new Employee(new BigDecimal("61"), LocalDate.of(2021, 3, 1)), new Employer(240, "no-such-cao"), null,
            null, List.of());

    InvalidRequestException expected = catchInvalid(() -> engine.advise(unknownCao));

    assertThat(catchInvalid(() -> handWritten.advise(unknownCao)).violations()).isEqualTo(expected.violations());
    assertThat(expected.violations()).hasSize(2);
  }

  @Test
  void refusesSituationsOutsideItsDomain() {
    AdviceRequest career = TestRequests.request(nl.gesprekswijzer.engine.benchmark.Situations.json("CAREER"));
    AdviceRequest sick =
        new AdviceRequest(
            career.referenceDate(), career.language(), career.conversation(), career.employee(), career.employer(),
            null, new Sickness(LocalDate.of(2026, 10, 5), 50), career.wishes());

    assertThatThrownBy(() -> handWritten.advise(TestRequests.care())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> handWritten.advise(sick)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The point of the comparison: with one rule's boundary moved (a catching-up tip from exactly
   * the policy's gap rather than beyond it) the rules and the unchanged copy disagree.
   */
  @Test
  void noticesARuleWhoseBoundaryMoved() {
    RuleSet ruleSet = engine.ruleSet();
    Map<String, String> files = new HashMap<>(ruleSet.files());
    String tips = "rules/career/manager-tips.drl";
    files.put(tips, files.get(tips).replace("weeksSinceLastTalk() > $gap", "weeksSinceLastTalk() >= $gap"));
    assertThat(files.get(tips)).isNotEqualTo(ruleSet.files().get(tips));
    RuleSet moved = RuleSetCompiler.compile("career tips from the gap on", files, ruleSet.binaryFiles());
    try (RulesAdvisoryEngine movedEngine = RulesAdvisoryEngine.builder().ruleSet(moved).build()) {
      HandWrittenCareer copy = new HandWrittenCareer(moved);
      Random random = new Random(SEED);
      int differences = 0;
      for (int i = 0; i < GENERATED; i++) {
        AdviceRequest request = careerTalk(random);
        differences += copy.advise(request).equals(movedEngine.advise(request)) ? 0 : 1;
      }

      assertThat(differences).isPositive();
    }
  }

  private static InvalidRequestException catchInvalid(Runnable advise) {
    try {
      advise.run();
    } catch (InvalidRequestException e) {
      return e;
    }
    throw new AssertionError("expected the request to be refused");
  }

  /**
   * A career talk without care or sickness, its values drawn around the rules' boundaries: the
   * reference date around the start of the WAA (2000), of the Wfw (2016) and of art. 2a (2022) and
   * on recent dates when every CAO is in force; the last talk around the policy's gap of 52 weeks;
   * the start of service around the 26 weeks a request to adjust work needs; employers around the
   * Wfw's minimum of 10.
   */
  static AdviceRequest careerTalk(Random random) {
    LocalDate reference =
        switch (random.nextInt(5)) {
          case 0 -> around(random, LocalDate.of(2000, 7, 1), 200);
          case 1 -> around(random, LocalDate.of(2016, 1, 1), 60);
          case 2 -> around(random, LocalDate.of(2022, 8, 2), 60);
          default -> LocalDate.of(2023, 7, 1).plusDays(random.nextInt(4 * 365));
        };
    if (reference.isBefore(LocalDate.of(2000, 1, 1))) {
      reference = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(30));
    }
    LocalDate lastHeldOn =
        switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> reference.minusWeeks(50 + random.nextInt(5)).minusDays(random.nextInt(7));
          default -> reference.minusDays(random.nextInt(800));
        };
    LocalDate employedSince =
        random.nextBoolean()
            ? reference.minusWeeks(10 + random.nextInt(10)).minusDays(random.nextInt(7))
            : reference.minusDays(random.nextInt(30 * 365));
    int size =
        switch (random.nextInt(3)) {
          case 0 -> 1 + random.nextInt(20);
          case 1 -> 240;
          default -> 1 + random.nextInt(100_000);
        };
    String cao = null;
    if (random.nextInt(3) == 0) {
      List<String> known = DefaultEngine.get().ruleSet().caos().codesOn(reference);
      cao = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
    }
    List<Wish> wishes = new ArrayList<>();
    for (Wish wish : EnumSet.allOf(Wish.class)) {
      if (random.nextInt(3) == 0) {
        wishes.add(wish);
      }
    }
    java.util.Collections.shuffle(wishes, random);
    BigDecimal weeklyHours = BigDecimal.valueOf(4 + random.nextInt(1000), 1).min(new BigDecimal("60"));
    String language = new String[] {null, "nl", "en"}[random.nextInt(3)];
    Detail detail = new Detail[] {null, Detail.STANDARD, Detail.FULL}[random.nextInt(3)];
    return new AdviceRequest(
        reference, language, new Conversation(ConversationType.CAREER, lastHeldOn),
        new Employee(weeklyHours, employedSince), new Employer(size, cao), null, null, wishes, detail);
  }

  private static LocalDate around(Random random, LocalDate date, int days) {
    return date.plusDays(random.nextInt(2 * days + 1) - days);
  }
}
