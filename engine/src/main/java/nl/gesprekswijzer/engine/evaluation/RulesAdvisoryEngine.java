package nl.gesprekswijzer.engine.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.cao.CaoTable;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.spi.RuleSetSource;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The advisory engine on a Drools rule set. Plain Java:
 *
 * <pre>{@code
 * AdvisoryEngine engine = RulesAdvisoryEngine.builder().build(); // the rules jar on the classpath
 * AdviceResponse advice = engine.advise(request);
 * }</pre>
 *
 * <p>The rule set is compiled once, when the engine is built. Each call evaluates in a session of
 * its own, borrowed from a pool and emptied when it goes back, so the engine is thread-safe and keeps
 * no state between calls. It never logs or keeps anything of a situation.
 */
public final class RulesAdvisoryEngine implements AdvisoryEngine, AutoCloseable {

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private final RuleSet ruleSet;
  private final Clock clock;
  private final String defaultLanguage;
  private final RequestValidator validator = new RequestValidator();
  private final ReferenceDateRange dates;
  // Creating a session costs about a third of an evaluation; a pooled one is only reset. The pool
  // grows when more threads evaluate at once than it holds, and lives as long as this engine.
  private final KieSessionsPool sessions;

  private RulesAdvisoryEngine(RuleSet ruleSet, Clock clock, String defaultLanguage) {
    this.ruleSet = ruleSet;
    this.clock = clock;
    this.defaultLanguage = defaultLanguage;
    this.dates = ReferenceDateRange.of(ruleSet);
    this.sessions = ruleSet.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public AdviceResponse advise(@Nullable AdviceRequest request) {
    if (request == null) {
      throw RequestValidator.nullRequest();
    }
    AdviceRequest dated =
        request.referenceDate() == null ? request.withReferenceDate(LocalDate.now(clock)) : request;
    Parameters parameters = ruleSet.parameters().on(dated.referenceDate());
    validator.validate(dated, furtherProblems(dated));

    Advice advice = new Advice();
    KieSession session = sessions.newKieSession();
    try {
      session.setGlobal("advice", advice);
      for (Object fact : Facts.of(dated, parameters)) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose(); // back to the pool, emptied
    }
    String language = dated.language() == null ? defaultLanguage : dated.language();
    return new ResponseAssembler(ruleSet, language, parameters).assemble(dated, advice);
  }

  /** What the rule set refuses beyond the contract: a date it cannot advise on, an unknown CAO. */
  private List<Violation> furtherProblems(AdviceRequest request) {
    List<Violation> problems = new ArrayList<>(caoProblems(request, ruleSet.caos()));
    dates.problem(request.referenceDate()).ifPresent(problems::add);
    return problems;
  }

  /**
   * A CAO the rule set has no figures for on the reference date is an error, never ignored: an
   * answer with the law alone would understate what the employee is entitled to.
   */
  private static List<Violation> caoProblems(AdviceRequest request, CaoTable caos) {
    String cao = request.employer() == null ? null : request.employer().cao();
    if (cao == null || caos.knows(cao, request.referenceDate())) {
      return List.of();
    }
    List<String> known = caos.codesOn(request.referenceDate());
    return List.of(
        new Violation(
            "employer.cao",
            "unknown CAO code '" + cao + "' on " + request.referenceDate() + "; known: "
                + (known.isEmpty() ? "none" : String.join(", ", known))));
  }

  @Override
  public String rulesetVersion() {
    return ruleSet.version();
  }

  /**
   * Lets go of the engine's pooled sessions. An engine that is no longer used need not be closed:
   * its sessions go with it. But a rule base that is changed in place ({@code
   * ruleset.EditableRuleBase}) updates every session it has handed out, idle pooled ones included,
   * and Drools fails on those: close each engine on such a rule base before changing it.
   */
  @Override
  public void close() {
    sessions.shutdown();
  }

  /** The compiled rule set this engine evaluates with. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Builds an engine; by default on the rule set packaged on the classpath. */
  public static final class Builder {
    private @Nullable RuleSet ruleSet;
    private RuleSetSource source = new ClasspathRuleSetSource();
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = DUTCH_TIME;
    private String defaultLanguage = AdviceRequest.DEFAULT_LANGUAGE;

    private Builder() {}

    /** Where to read the rule set from; compiled when {@link #build()} is called. */
    public Builder ruleSetSource(RuleSetSource source) {
      this.source = Objects.requireNonNull(source, "source");
      this.ruleSet = null;
      return this;
    }

    /** An already compiled rule set, for example one shared by several engines. */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /**
     * The clock that supplies the default reference date: today in the {@link #zone zone} (by
     * default Europe/Amsterdam), whatever zone the clock itself has.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The time zone whose date is "today", the reference date of a request without one; by default
     * Europe/Amsterdam, where Dutch law's dates are.
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The language of the answer's texts when a request gives none: {@code nl} (the default) or
     * {@code en}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public Builder defaultLanguage(String language) {
      if (!"nl".equals(language) && !"en".equals(language)) {
        throw new IllegalArgumentException("default language must be 'nl' or 'en', not '" + language + "'");
      }
      this.defaultLanguage = language;
      return this;
    }

    /**
     * @throws nl.gesprekswijzer.engine.ruleset.RuleSetException when the rule set cannot be used
     */
    public RulesAdvisoryEngine build() {
      return new RulesAdvisoryEngine(
          ruleSet != null ? ruleSet : RuleSetCompiler.compile(source), clock.withZone(zone), defaultLanguage);
    }
  }
}
