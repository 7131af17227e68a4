package nl.gesprekswijzer.engine.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set requests are answered with, replaced whole when a checked change of the rules folder
 * is published: the one place an application (the service, the Kafka Streams adapter) keeps the
 * rules it serves, so that policy staff publish to all of them by saving the folder.
 *
 * <p>Replacing is one write of a reference: each request reads it once and finishes on the rule set
 * it started with, however long it takes, so no request fails and none sees half of a change. The
 * rule set it replaced is left to the garbage collector once its last request is done.
 *
 * <p>Also a {@code Supplier<RuleSet>}, for pages that show the rule set in service (the catalogue).
 *
 * <p>Make one with {@link #embedded()} or {@link #folder}, then call {@link #start()}: it waits for
 * the first rule set (a broken one throws its {@code RuleSetException}) and starts watching.
 */
public final class PublishedRules implements Supplier<RuleSet>, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PublishedRules.class);

  private final RuleSetCompiledInBackground<Publication> first;
  private final @Nullable RulesFolder folder;
  private final AtomicReference<@Nullable Publication> current = new AtomicReference<>();
  private volatile @Nullable Refusal lastRefused;

  private PublishedRules(RuleSetCompiledInBackground<Publication> first, @Nullable RulesFolder folder) {
    this.first = first;
    this.folder = folder;
  }

  /**
   * The rule set packaged in the rules jar (found on the class path), which never changes while the
   * application runs; loaded in the background from now on.
   */
  public static PublishedRules embedded() {
    return embedded(RuleSetCompiledInBackground.start(PublishedRules::embeddedPublication));
  }

  /** The rule set packaged in the rules jar, as a build already started (at {@code main}). */
  public static PublishedRules embedded(RuleSetCompiledInBackground<Publication> first) {
    return new PublishedRules(first, null);
  }

  /**
   * The rule set in a folder, checked (compiled, every scenario run) in the background from now on
   * and then, with {@code watch}, published whenever a change passes its check.
   *
   * @param quietPeriod how long the folder must be left alone after a change before it is checked
   */
  public static PublishedRules folder(Path dir, boolean watch, Duration quietPeriod) {
    return of(new RulesFolder(dir, watch, quietPeriod));
  }

  /**
   * As {@link #folder(Path, boolean, Duration)}, with the engine for each published rule set made
   * by {@code engines} (for example {@code ruleSet -> RulesAdvisoryEngine.builder().ruleSet(ruleSet)
   * .defaultLanguage("en").build()}).
   */
  public static PublishedRules folder(
      Path dir, boolean watch, Duration quietPeriod, Function<RuleSet, RulesAdvisoryEngine> engines) {
    return of(new RulesFolder(dir, watch, quietPeriod, engines));
  }

  /** The rule set in a folder made by the caller (tests read its counters). */
  public static PublishedRules of(RulesFolder folder) {
    return new PublishedRules(RuleSetCompiledInBackground.start(folder::load), folder);
  }

  /**
   * The embedded default rule set, whose scenarios ran when the rules jar was built: what {@code
   * main} may start building before anything else.
   */
  public static Publication embeddedPublication() {
    return embeddedPublication(ruleSet -> RulesAdvisoryEngine.builder().ruleSet(ruleSet).build());
  }

  /** As {@link #embeddedPublication()}, with the engine made by {@code engines}. */
  public static Publication embeddedPublication(Function<RuleSet, RulesAdvisoryEngine> engines) {
    Publication publication =
        new Publication(
            engines.apply(RuleSetCompiler.compile(new ClasspathRuleSetSource())),
            "",
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            Duration.ZERO);
    log.info("Advisory engine ready with rule set version {} from the rules jar", publication.version());
    return publication;
  }

  /**
   * Waits for the first rule set, so that the application is ready only with one; then watches.
   *
   * @throws nl.gesprekswijzer.engine.ruleset.RuleSetException when the first rule set fails its
   *     check, naming every problem
   */
  public PublishedRules start() {
    current();
    if (folder != null) {
      folder.startWatching(this);
    }
    return this;
  }

  /** The rule set in service; waits for the first one to be ready. */
  public Publication current() {
    Publication publication = current.get();
    if (publication == null) {
      current.compareAndSet(null, first.ready());
      publication = current.get();
    }
    return publication;
  }

  @Override
  public RuleSet get() {
    return current().ruleSet();
  }

  /** Puts a checked rule set into service: the next request is answered with it. */
  void publish(Publication next) {
    current.set(next);
  }

  /** Records a change that was refused; the rule set in service stays. */
  void refuse(Refusal refusal) {
    lastRefused = refusal;
  }

  public RuleSetStatus status() {
    return RuleSetStatus.of(current(), folder != null && folder.watching(), lastRefused);
  }

  /** The engine callers use: every call goes to the rule set in service at that moment. */
  public AdvisoryEngine engine() {
    return new AdvisoryEngine() {
      @Override
      public AdviceResponse advise(AdviceRequest request) {
        return current().engine().advise(request);
      }

      @Override
      public AdviceResponse advise(AdviceRequest request, String tenant) {
        return current().engine().advise(request, tenant);
      }

      @Override
      public String rulesetVersion() {
        return current().version();
      }
    };
  }

  @Override
  public void close() {
    if (folder != null) {
      folder.close();
    }
  }

  /** A change of the rules folder that was not published, with every problem found in it. */
  public record Refusal(Instant at, List<Problem> problems) {
    public Refusal {
      problems = List.copyOf(problems);
    }
  }
}
