package nl.gesprekswijzer.engine.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.PreparationItem.Phase;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.facts.WorkAdjustment;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.EntryPoint;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The CAREER conversation's logic written in plain Java, without Drools: the benchmark's limit of
 * any implementation of these rules ({@code HandWrittenBenchmark}), giving the same answer as
 * {@link RulesAdvisoryEngine} ({@code HandWrittenCareerTests} compares them). Test code.
 *
 * <p>It does what {@link RulesAdvisoryEngine#advise(AdviceRequest)} does around the rules (the
 * default reference date, validation with the same {@link RequestValidator}, the parameters in
 * force on that date, the language) and fills the same {@link Advice} with one {@code if} per rule
 * that can fire for a career talk in its domain, then assembles the answer with the same {@link
 * ResponseAssembler}, so that texts, ordering and cuts come from the same catalog and code. Every
 * figure a rule reads from a parameter is read here from {@link Parameters} by the same name.
 *
 * <p>The rules it mirrors, by file of the default rule set:
 *
 * <ul>
 *   <li>{@code career/agenda.drl}, {@code career/manager-tips.drl}, {@code career/preparation.drl},
 *       {@code career/solutions.drl}: every rule but those that need a person cared for or a
 *       sickness;
 *   <li>{@code conversation/agenda.drl} and the row {@code follow-up-career} of {@code
 *       conversation/follow-up.xlsx};
 *   <li>{@code work/flexible-work-request.drl}: the Wfw's and the WAA's rules by the date's
 *       parameters (the small employer's carer needs a person cared for);
 *   <li>{@code care/solutions.drl}: the directions for a wish that carry no conversation type
 *       (flexible hours, remote work, adjusted tasks, fewer hours);
 *   <li>{@code cao/cao-entitlements.drl}: {@code cao-entitlement}, for the rows of the rule set's
 *       CAO table that do not depend on care.
 * </ul>
 *
 * <p>Out of its domain, refused with {@link IllegalArgumentException}: another conversation type,
 * a person cared for (the care rules: statutory care leave, care follow-ups, privacy, the career
 * rules about care) and a sickness (the sick-leave deadlines, follow-up and warnings). Without
 * them the hours of care are 0, so the rules that compare those hours with {@code
 * care.intensive-hours-per-week} cannot fire while that threshold is not negative. Tenants' own
 * CAO figures ({@code spi.CaoCatalog}) are not supported: the CAO figures are the rule set's.
 *
 * <p>Thread-safe, as the engine: it keeps nothing between calls.
 */
public final class HandWrittenCareer {

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private final RuleSet ruleSet;
  private final Clock clock;
  private final String defaultLanguage;
  private final RequestValidator validator = new RequestValidator();
  private final ReferenceDateRange dates;

  public HandWrittenCareer(RuleSet ruleSet) {
    this(ruleSet, Clock.systemUTC(), AdviceRequest.DEFAULT_LANGUAGE);
  }

  public HandWrittenCareer(RuleSet ruleSet, Clock clock, String defaultLanguage) {
    this.ruleSet = ruleSet;
    this.clock = clock.withZone(DUTCH_TIME);
    this.defaultLanguage = defaultLanguage;
    this.dates = ReferenceDateRange.of(ruleSet);
  }

  /** Whether the request is a career talk this class can answer (see the class's Javadoc). */
  public static boolean supports(AdviceRequest request) {
    return request.conversation() != null
        && request.conversation().type() == ConversationType.CAREER
        && request.caregiving().isEmpty()
        && request.sickness() == null;
  }

  /**
   * The advice for a career talk without care or sickness, as the rules give it.
   *
   * @throws IllegalArgumentException for a request outside the domain
   * @throws nl.gesprekswijzer.api.InvalidRequestException as the engine does
   */
  public AdviceResponse advise(AdviceRequest request) {
    if (request == null) {
      throw RequestValidator.nullRequest();
    }
    if (!supports(request)) {
      throw new IllegalArgumentException(
          "HandWrittenCareer answers career talks without caregiving or sickness only");
    }
    AdviceRequest dated =
        request.referenceDate() == null ? request.withReferenceDate(LocalDate.now(clock)) : request;
    LocalDate reference = dated.referenceDate();
    Parameters p = ruleSet.parameters().on(reference);
    validator.validate(dated, furtherProblems(dated));

    Advice advice = new Advice();
    Set<Wish> wishes = dated.wishes().isEmpty() ? Set.of() : EnumSet.copyOf(dated.wishes());
    LocalDate lastHeldOn = dated.conversation().lastHeldOn();
    long weeksSinceLastTalk = lastHeldOn == null ? -1 : ChronoUnit.WEEKS.between(lastHeldOn, reference);
    int employerSize = dated.employer().size();
    BigDecimal weeklyHours = dated.employee().weeklyHours();
    LocalDate employedSince = dated.employee().employedSince();
    boolean development = wishes.contains(Wish.DEVELOPMENT);
    boolean otherRole = wishes.contains(Wish.OTHER_ROLE);
    boolean tasks = wishes.contains(Wish.TASK_ADJUSTMENT);
    boolean fewerHours = wishes.contains(Wish.FEWER_HOURS);
    boolean flexibleTimes = wishes.contains(Wish.FLEXIBLE_TIMES);
    boolean remoteWork = wishes.contains(Wish.REMOTE_WORK);
    boolean leave = wishes.contains(Wish.LEAVE);

    // conversation/agenda.drl
    Object rule = fired("agenda-opening");
    advice.because(rule, "type", ConversationType.CAREER);
    advice.agenda(rule, "OPENING", 1);
    if (lastHeldOn != null) {
      rule = fired("agenda-review-previous-agreements");
      advice.because(rule, "lastHeldOn", lastHeldOn, "weeksSince", weeksSinceLastTalk);
      advice.agenda(rule, "REVIEW_AGREEMENTS", 15);
    }
    rule = fired("agenda-closing");
    advice.because(rule, "type", ConversationType.CAREER);
    advice.agenda(rule, "CLOSING", 1000);

    // career/agenda.drl
    advice.agenda(fired("career-agenda-own-topics"), "CAREER_OWN_TOPICS", 10);
    advice.agenda(fired("career-agenda-how-work-is-going"), "CAREER_FEEDBACK_AND_FEEDFORWARD", 20);
    if (tasks) {
      advice.agenda(fired("career-agenda-tasks"), "CAREER_TASKS", 25);
    }
    if (development) {
      advice.agenda(fired("career-agenda-development"), "CAREER_DEVELOPMENT", 30);
    }
    if (otherRole) {
      advice.agenda(fired("career-agenda-other-role"), "CAREER_OTHER_ROLE", 35);
    }
    if (!development && !otherRole) {
      advice.agenda(fired("career-agenda-next-steps-open"), "CAREER_NEXT_STEPS", 30);
    }
    if (fewerHours || flexibleTimes || remoteWork || leave) {
      // The wishes in the enum's order, as the rule collects them from the situation's set.
      List<Wish> balance = new ArrayList<>(4);
      for (Wish wish : wishes) {
        if (wish == Wish.FEWER_HOURS || wish == Wish.FLEXIBLE_TIMES || wish == Wish.REMOTE_WORK || wish == Wish.LEAVE) {
          balance.add(wish);
        }
      }
      rule = fired("career-agenda-balance-wished");
      advice.because(rule, "wishes", balance);
      advice.agenda(rule, "CAREER_WORK_LIFE_BALANCE", 45);
    }

    // career/manager-tips.drl
    advice.tips(
        fired("career-manager-tips"), 10, "CAREER_EMPLOYEE_LEADS", "CAREER_NOT_AN_APPRAISAL", "CAREER_LISTEN_AND_ASK",
        "CAREER_SAME_INFORMATION", "CAREER_GIVE_FEEDBACK", "CAREER_FEEDFORWARD", "CAREER_KEEP_AGREEMENTS",
        "CONFIDENTIAL", "PLAN_FOLLOW_UP");
    int gap = p.whole("career.long-gap-weeks");
    if (gap > 0 && weeksSinceLastTalk > gap) {
      rule = fired("career-manager-tip-long-gap");
      advice.because(rule, "lastHeldOn", lastHeldOn, "weeks", weeksSinceLastTalk, "gap", gap);
      advice.tips(rule, 1, "CAREER_CATCH_UP");
    }
    if (lastHeldOn == null) {
      advice.tips(fired("career-manager-tip-first-talk"), 2, "CAREER_EXPLAIN_THE_TALK");
    }
    if (otherRole) {
      advice.tips(fired("career-manager-tip-other-role"), 3, "CAREER_SUPPORT_INTERNAL_MOVE");
    }
    if (development) {
      advice.tips(fired("career-manager-tip-development"), 4, "CAREER_MAKE_ROOM_TO_LEARN");
    }

    // career/preparation.drl
    rule = fired("career-preparation");
    advice.prepare(rule, Phase.BEFORE, 10, "CAREER_LIST_TOPICS", "CAREER_SET_GOAL");
    advice.prepare(rule, Phase.BEFORE, 13, "CAREER_EXPLORE_FIRST");
    advice.prepare(rule, Phase.DURING, 14, "CAREER_KEEP_TO_GOAL", "CAREER_FEEDBACK_BOTH_WAYS", "CAREER_CLOSE_WELL");
    advice.prepare(rule, Phase.AFTER, 17, "CAREER_CHECK_MINUTES", "OWN_ACTIONS");
    advice.prepare(rule, Phase.DURING, 19, "CAREER_SPEAK_UP");
    advice.prepare(rule, Phase.BEFORE, 20, "CAREER_PREPARE_QUESTIONS");
    advice.prepare(rule, Phase.DURING, 21, "CAREER_RECEIVE_FEEDBACK", "CAREER_AIM_HIGH_STAY_REAL");
    advice.prepare(rule, Phase.AFTER, 23, "CAREER_REFLECT", "PLAN_NEXT_TALK");
    rule = fired("career-preparation-arrangements");
    advice.prepare(rule, Phase.BEFORE, 12, "CAREER_AGREE_ARRANGEMENTS");
    advice.prepare(
        rule, Phase.BEFORE, 100, "CAREER_ARRANGE_AGENDA", "CAREER_ARRANGE_PARTICIPANTS", "CAREER_ARRANGE_CHAIR",
        "CAREER_ARRANGE_FREQUENCY", "CAREER_ARRANGE_TIME", "CAREER_ARRANGE_DURATION", "CAREER_ARRANGE_PLACE",
        "CAREER_ARRANGE_CONTENT", "CAREER_ARRANGE_INFORMATION", "CAREER_ARRANGE_MINUTES",
        "CAREER_ARRANGE_STATUS_OF_AGREEMENTS", "CAREER_ARRANGE_PRIVACY", "CAREER_ARRANGE_TIME_OUT",
        "CAREER_ARRANGE_RELIABILITY");
    if (lastHeldOn != null) {
      rule = fired("career-preparation-review-previous-talk");
      advice.because(rule, "lastHeldOn", lastHeldOn);
      advice.prepare(rule, Phase.BEFORE, 1, "REREAD_PREVIOUS_AGREEMENTS");
    }
    if (development) {
      advice.prepare(fired("career-preparation-development"), Phase.BEFORE, 2, "CAREER_LEARNING_WISH");
    }
    if (otherRole) {
      advice.prepare(fired("career-preparation-other-role"), Phase.BEFORE, 3, "CAREER_ROLE_YOU_WANT");
    }
    if (tasks) {
      advice.prepare(fired("career-preparation-tasks"), Phase.BEFORE, 4, "CAREER_TASKS_YOU_WANT");
    }
    if (fewerHours || flexibleTimes || remoteWork || leave) {
      advice.prepare(fired("career-preparation-balance"), Phase.BEFORE, 5, "CAREER_WEIGH_INTERESTS");
    }
    if (fewerHours || leave) {
      advice.prepare(fired("career-preparation-finances"), Phase.BEFORE, 6, "CHECK_FINANCES");
    }

    // career/solutions.drl
    if (development) {
      advice.solution(fired("career-solution-learning-plan"), "LEARNING_PLAN", 2);
    }
    if (otherRole) {
      advice.solution(fired("career-solution-internal-move"), "INTERNAL_MOVE", 3);
    }
    if (development && otherRole) {
      advice.solution(fired("career-solution-career-advice"), "CAREER_ADVICE", 4);
    }

    // care/solutions.drl: the directions for a wish in any kind of talk.
    int wfwMinimum = p.whole("flexible-work.minimum-employer-size");
    if (flexibleTimes && wfwMinimum > 0) {
      if (employerSize >= wfwMinimum) {
        advice.solution(
            fired("solution-flexible-hours-wished"), "FLEXIBLE_HOURS", 10,
            p.legalBasis("flexible-work.minimum-employer-size"));
      } else {
        advice.solution(fired("solution-flexible-hours-wished-small-employer"), "FLEXIBLE_HOURS", 10);
      }
    }
    if (remoteWork) {
      advice.solution(fired("solution-remote-work"), "REMOTE_WORK", 20);
    }
    if (tasks) {
      advice.solution(fired("solution-adjusted-tasks"), "ADJUSTED_TASKS", 30);
    }
    if (fewerHours && wfwMinimum > 0) {
      if (employerSize >= wfwMinimum) {
        advice.solution(
            fired("solution-fewer-hours"), "TEMPORARY_FEWER_HOURS", 40,
            p.legalBasis("flexible-work.minimum-employer-size"));
      } else {
        advice.solution(fired("solution-fewer-hours-small-employer"), "TEMPORARY_FEWER_HOURS", 40);
      }
    }

    // conversation/follow-up.xlsx, row follow-up-career
    int followUpWeeks = p.whole("follow-up.career-weeks");
    if (followUpWeeks > 0) {
      rule = fired("follow-up-career");
      advice.because(rule, "weeks", followUpWeeks);
      advice.followUpWithin(rule, followUpWeeks);
    }

    // work/flexible-work-request.drl
    boolean wishesOrCare = !wishes.isEmpty(); // careCount is 0 in this domain
    if (wfwMinimum > 0) {
      flexibleWork(
          advice, p, "flexible-work.", "flexible-work-request", "flexible-work-not-yet-in-service-long-enough",
          reference, employerSize, employedSince, false);
      // flexible-work-small-employer: "not Care(...)" holds, nobody is cared for.
      if (employerSize < wfwMinimum && wishesOrCare) {
        rule = fired("flexible-work-small-employer");
        advice.because(rule, "employerSize", employerSize, "minimumSize", wfwMinimum);
        advice.warn(rule, "SMALL_EMPLOYER_NO_WFW");
      }
    } else if (p.number("flexible-work.minimum-employer-size") == null) {
      int waaMinimum = p.whole("flexible-work.waa.minimum-employer-size");
      if (waaMinimum > 0) {
        flexibleWork(
            advice, p, "flexible-work.waa.", "hours-adjustment-request", "hours-adjustment-not-yet-in-service-long-enough",
            reference, employerSize, employedSince, true);
        if (employerSize < waaMinimum && wishesOrCare) {
          rule = fired("hours-adjustment-small-employer");
          advice.because(rule, "referenceDate", reference, "employerSize", employerSize, "minimumSize", waaMinimum);
          advice.warn(rule, "SMALL_EMPLOYER_NO_WAA");
        }
      }
    }

    // cao/cao-entitlements.drl, cao-entitlement: the rows that do not depend on care.
    String cao = dated.employer().cao();
    if (cao != null) {
      for (CaoProvision row : ruleSet.caos().provisions(cao, reference)) {
        if (!row.forCare()) {
          rule = fired("cao-entitlement");
          advice.because(rule, "cao", row.cao(), "legalBasis", row.legalBasis());
          advice.entitlementFromCao(rule, row, weeklyHours);
        }
      }
    }

    String language = dated.language() == null ? defaultLanguage : dated.language();
    return new ResponseAssembler(ruleSet, language, p).assemble(dated, advice);
  }

  /**
   * The request to adjust work and the warning about the service requirement, under the Wfw
   * ({@code flexible-work.*}) or the WAA ({@code flexible-work.waa.*}), which differ in their
   * parameters, rule names and the reference date the WAA's explanation names.
   */
  private static void flexibleWork(
      Advice advice, Parameters p, String family, String requestRule, String serviceRule, LocalDate reference,
      int employerSize, LocalDate employedSince, boolean namesReferenceDate) {
    int minimum = p.whole(family + "minimum-employer-size");
    int serviceWeeks = p.whole(family + "service-weeks");
    int notice = p.whole(family + "notice-months");
    int repeat = p.whole(family + "repeat-months");
    if (employerSize < minimum || serviceWeeks < 0 || notice < 0) {
      return;
    }
    LocalDate afterNotice = reference.plusMonths(notice);
    LocalDate afterService = employedSince.plusWeeks(serviceWeeks);
    if (repeat >= 0) {
      Object rule = fired(requestRule);
      List<WorkAdjustment> changes = WorkAdjustment.listed(p.list(family + "changes"));
      List<WorkAdjustment> seriousInterest = WorkAdjustment.listed(p.list(family + "serious-interest-changes"));
      if (namesReferenceDate) {
        advice.because(
            rule, "referenceDate", reference, "employerSize", employerSize, "minimumSize", minimum,
            "noticeMonths", notice, "serviceWeeks", serviceWeeks, "repeatMonths", repeat,
            "changes", changes, "seriousInterestChanges", seriousInterest);
      } else {
        advice.because(
            rule, "employerSize", employerSize, "minimumSize", minimum, "noticeMonths", notice,
            "serviceWeeks", serviceWeeks, "repeatMonths", repeat, "changes", changes,
            "seriousInterestChanges", seriousInterest);
      }
      advice.entitlement(rule, "FLEXIBLE_WORK_REQUEST", p.legalBasis(family + "minimum-employer-size"))
          .earliestStart(afterService.isAfter(afterNotice) ? afterService : afterNotice);
    }
    if (afterService.isAfter(afterNotice)) {
      Object rule = fired(serviceRule);
      advice.because(rule, "serviceWeeks", serviceWeeks, "from", afterService);
      advice.warn(rule, "FLEXIBLE_WORK_SERVICE_REQUIREMENT");
    }
  }

  /** What the engine refuses beyond the contract: a date it cannot advise on, an unknown CAO. */
  private List<Violation> furtherProblems(AdviceRequest request) {
    List<Violation> problems = new ArrayList<>(1);
    String cao = request.employer() == null ? null : request.employer().cao();
    if (cao != null && !ruleSet.caos().knows(cao, request.referenceDate())) {
      List<String> known = new ArrayList<>(new TreeSet<>(ruleSet.caos().codesOn(request.referenceDate())));
      problems.add(
          new Violation(
              "employer.cao",
              "unknown CAO code '" + cao + "' on " + request.referenceDate() + "; known: "
                  + (known.isEmpty() ? "none" : String.join(", ", known))));
    }
    dates.problem(request.referenceDate()).ifPresent(problems::add);
    return problems;
  }

  /** One firing of a rule, named as the rule set names it. */
  private static Object fired(String ruleName) {
    return new Firing(ruleName);
  }

  /**
   * What {@link Advice} reads of Drools' {@code drools}: the rule's name, and a match of its own
   * per firing (calls with the same match belong to one firing). Nothing else is used.
   */
  private static final class Firing implements RuleContext, Match, Rule {
    private final String name;

    Firing(String name) {
      this.name = name;
    }

    @Override
    public Rule getRule() {
      return this;
    }

    @Override
    public Match getMatch() {
      return this;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public String getPackageName() {
      return "";
    }

    @Override
    public Map<String, Object> getMetaData() {
      return Map.of();
    }

    @Override
    public int getLoadOrder() {
      return 0;
    }

    @Override
    public KnowledgeType getKnowledgeType() {
      return KnowledgeType.RULE;
    }

    @Override
    public String getNamespace() {
      return "";
    }

    @Override
    public String getId() {
      return name;
    }

    @Override
    public List<? extends FactHandle> getFactHandles() {
      return List.of();
    }

    @Override
    public List<Object> getObjects() {
      return List.of();
    }

    @Override
    public List<String> getDeclarationIds() {
      return List.of();
    }

    @Override
    public Object getDeclarationValue(String declaration) {
      throw new UnsupportedOperationException("a hand-written firing has no declarations");
    }

    @Override
    public int getSalience() {
      return 0;
    }

    @Override
    public KieRuntime getKieRuntime() {
      throw new UnsupportedOperationException("no Drools runtime");
    }

    @Override
    public KieRuntime getKnowledgeRuntime() {
      throw new UnsupportedOperationException("no Drools runtime");
    }

    @Override
    public FactHandle insertLogical(Object object) {
      throw new UnsupportedOperationException("no Drools runtime");
    }

    @Override
    public FactHandle insertLogical(EntryPoint entryPoint, Object object) {
      throw new UnsupportedOperationException("no Drools runtime");
    }

    @Override
    public void blockMatch(Match match) {
      throw new UnsupportedOperationException("no Drools runtime");
    }

    @Override
    public void unblockAllMatches(Match match) {
      throw new UnsupportedOperationException("no Drools runtime");
    }

    @Override
    public void cancelMatch(Match match) {
      throw new UnsupportedOperationException("no Drools runtime");
    }
  }
}
