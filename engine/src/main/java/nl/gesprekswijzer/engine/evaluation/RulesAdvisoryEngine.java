package nl.gesprekswijzer.engine.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.cao.CaoOverlay;
import nl.gesprekswijzer.engine.cao.CaoTable;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.CaoCatalog;
import nl.gesprekswijzer.spi.CaoFigures;
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
 *
 * <p>An evaluation only computes, so no more of them run at once than there are processors (by
 * default; {@link Builder#concurrentEvaluations}): a call beyond that waits for its turn, and the
 * processors switch between as few calls as keep them busy. A turn covers the whole call, from
 * validation to the assembled answer: with only the rules' session in it, 32 threads did 0.77–0.78
 * of what 2 threads do, with the whole call 0.97 ({@code ThreadScaling}, {@code
 * engine/BENCHMARKS.md}).
 *
 * <p>A platform with tenants whose CAO agreements differ gives the builder a {@link CaoCatalog} and
 * asks {@link #advise(AdviceRequest, String)} with the tenant: the tenant's figures lay over the rule
 * set's CAO table for that call only ({@link CaoOverlay}).
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
  private final Semaphore turns;
  private final @Nullable CaoCatalog caoCatalog;
  // The last figures each tenant's catalog gave, checked: a catalog answers from memory with the
  // same figures call after call, and they are checked again only when they change.
  private final Map<String, CheckedFigures> checkedFigures = new ConcurrentHashMap<>();

  private record CheckedFigures(List<CaoFigures> figures, CaoOverlay overlay) {}

  private RulesAdvisoryEngine(
      RuleSet ruleSet, Clock clock, String defaultLanguage, @Nullable CaoCatalog caoCatalog, int concurrentEvaluations) {
    this.ruleSet = ruleSet;
    this.clock = clock;
    this.defaultLanguage = defaultLanguage;
    this.caoCatalog = caoCatalog;
    this.dates = ReferenceDateRange.of(ruleSet);
    this.sessions =
        ruleSet.kieBase().newKieSessionsPool(Math.min(concurrentEvaluations, Runtime.getRuntime().availableProcessors()));
    // Not fair: a thread that ends an evaluation and asks again may take the turn it gave back, so
    // a processor need not wait for a woken thread to be scheduled (strict turns did less in
    // ThroughputBenchmark's A B B A runs, engine/BENCHMARKS.md).
    this.turns = new Semaphore(concurrentEvaluations);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Advice for the {@linkplain AdviceEvent#DEFAULT_TENANT default tenant}. */
  @Override
  public AdviceResponse advise(@Nullable AdviceRequest request) {
    return advise(request, AdviceEvent.DEFAULT_TENANT);
  }

  /**
   * Advice for one tenant: with the tenant's own CAO figures from the builder's {@link CaoCatalog}
   * on top of the rule set's CAO table, so that a CAO code only this tenant has figures for is known
   * for this tenant alone.
   *
   * @throws IllegalStateException when the tenant's CAO figures cannot be used (see {@link
   *     #caoFiguresProblems}): they are the platform's configuration, not the request's
   */
  @Override
  public AdviceResponse advise(@Nullable AdviceRequest request, String tenant) {
    Objects.requireNonNull(tenant, "tenant");
    if (request == null) {
      throw RequestValidator.nullRequest();
    }
    AdviceRequest dated =
        request.referenceDate() == null ? request.withReferenceDate(LocalDate.now(clock)) : request;
    turns.acquireUninterruptibly();
    try {
      Parameters parameters = ruleSet.parameters().on(dated.referenceDate());
      CaoOverlay tenantCao = tenantCao(tenant);
      validator.validate(dated, furtherProblems(dated, tenantCao));
      Advice advice = new Advice();
      KieSession session = sessions.newKieSession();
      try {
        session.setGlobal("advice", advice);
        for (Object fact : Facts.of(dated, parameters, tenantCao)) {
          session.insert(fact);
        }
        session.fireAllRules();
      } finally {
        session.dispose(); // back to the pool, emptied
      }
      String language = dated.language() == null ? defaultLanguage : dated.language();
      return new ResponseAssembler(ruleSet, language, parameters).assemble(dated, advice);
    } finally {
      turns.release();
    }
  }

  private CaoOverlay tenantCao(String tenant) {
    if (caoCatalog == null) {
      return CaoOverlay.none();
    }
    List<CaoFigures> figures = caoCatalog.figures(tenant);
    CheckedFigures checked = checkedFigures.get(tenant);
    if (checked == null || !(checked.figures() == figures || checked.figures().equals(figures))) {
      checked = new CheckedFigures(List.copyOf(figures), CaoOverlay.of(tenant, figures, ruleSet.texts()::contains));
      checkedFigures.put(tenant, checked);
    }
    return checked.overlay();
  }

  /**
   * What keeps a tenant's CAO figures from being used with this rule set, each problem naming the
   * CAO and the entitlement: an id the answer cannot word, a missing text, two figures for the same
   * entitlement on the same day. Empty when they can be used. A platform checks figures here before
   * it puts them in its catalog.
   */
  public List<String> caoFiguresProblems(List<CaoFigures> figures) {
    return CaoOverlay.problems(figures, ruleSet.texts()::contains);
  }

  /** What the rule set refuses beyond the contract: a date it cannot advise on, an unknown CAO. */
  private List<Violation> furtherProblems(AdviceRequest request, CaoOverlay tenantCao) {
    List<Violation> problems = new ArrayList<>(caoProblems(request, ruleSet.caos(), tenantCao));
    dates.problem(request.referenceDate()).ifPresent(problems::add);
    return problems;
  }

  /**
   * A CAO that neither the rule set nor the tenant has figures for on the reference date is an
   * error, never ignored: an answer with the law alone would understate what the employee is
   * entitled to.
   */
  private static List<Violation> caoProblems(AdviceRequest request, CaoTable caos, CaoOverlay tenantCao) {
    String cao = request.employer() == null ? null : request.employer().cao();
    if (cao == null || caos.knows(cao, request.referenceDate()) || tenantCao.knows(cao, request.referenceDate())) {
      return List.of();
    }
    TreeSet<String> known = new TreeSet<>(caos.codesOn(request.referenceDate()));
    known.addAll(tenantCao.codesOn(request.referenceDate()));
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
    private @Nullable CaoCatalog caoCatalog;
    private int concurrentEvaluations = Runtime.getRuntime().availableProcessors();

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
     * Where each tenant's own CAO figures come from. Without one, the catalog that {@link
     * java.util.ServiceLoader} finds is used (there may be one at most); without either, every
     * tenant sees the rule set's CAO table alone.
     */
    public Builder caoCatalog(CaoCatalog catalog) {
      this.caoCatalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * How many evaluations may run at once; a call beyond that waits until one ends (not strictly
     * in the order of arrival: a thread asking again as its evaluation ends may go first). By
     * default one per processor, which an evaluation (CPU only, no I/O) needs to
     * keep the processors busy; {@code Integer.MAX_VALUE} lets every caller evaluate at once.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Builder concurrentEvaluations(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("concurrent evaluations must be at least 1, not " + max);
      }
      this.concurrentEvaluations = max;
      return this;
    }

    /**
     * @throws nl.gesprekswijzer.engine.ruleset.RuleSetException when the rule set cannot be used
     */
    public RulesAdvisoryEngine build() {
      return new RulesAdvisoryEngine(
          ruleSet != null ? ruleSet : RuleSetCompiler.compile(source),
          clock.withZone(zone),
          defaultLanguage,
          caoCatalog != null ? caoCatalog : discoveredCaoCatalog(),
          concurrentEvaluations);
    }

    private static @Nullable CaoCatalog discoveredCaoCatalog() {
      List<CaoCatalog> found = new ArrayList<>();
      ServiceLoader.load(CaoCatalog.class).forEach(found::add);
      if (found.size() > 1) {
        throw new IllegalStateException(
            "More than one CaoCatalog is registered in META-INF/services: "
                + found.stream().map(catalog -> catalog.getClass().getName()).toList()
                + "; register one, or give the builder the one to use");
      }
      return found.isEmpty() ? null : found.get(0);
    }
  }
}
