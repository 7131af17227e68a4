package nl.gesprekswijzer.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The engine, built on a thread of its own while Spring starts the rest of the application:
 * reading and checking the rule set and loading its precompiled rule base takes one to two seconds
 * (compiling a DRL rule set, several), and on two cores that overlaps with Spring's own start.
 *
 * <p>A request that arrives before the rule set is ready waits for it. As an {@link
 * ApplicationRunner} it also makes the start-up wait for it: the application reports itself ready
 * only with a working engine, and a broken rule set still stops the start-up with its {@code
 * RuleSetException}.
 */
final class RuleSetCompiledInBackground implements AdvisoryEngine, ApplicationRunner {

  /** Started by {@code main} before Spring, taken by the first application context. */
  private static final AtomicReference<@Nullable RuleSetCompiledInBackground> EARLY =
      new AtomicReference<>();

  private final CompletableFuture<AdvisoryEngine> engine;

  /**
   * Starts building at once, before Spring has loaded a class: the rule set is a long part of
   * the start-up, so the earlier it starts, the more of it overlaps with Spring's.
   */
  static void startEarly(Supplier<AdvisoryEngine> build) {
    EARLY.set(new RuleSetCompiledInBackground(build));
  }

  /** The compilation {@link #startEarly} began, or a new one (tests start no {@code main}). */
  static RuleSetCompiledInBackground takeEarlyOrStart(Supplier<AdvisoryEngine> build) {
    RuleSetCompiledInBackground early = EARLY.getAndSet(null);
    return early != null ? early : new RuleSetCompiledInBackground(build);
  }

  /** A compilation of its own, for a rule set other than the one {@link #startEarly} builds. */
  static RuleSetCompiledInBackground start(Supplier<AdvisoryEngine> build) {
    return new RuleSetCompiledInBackground(build);
  }

  private RuleSetCompiledInBackground(Supplier<AdvisoryEngine> build) {
    this.engine = new CompletableFuture<>();
    Thread compiler =
        new Thread(
            () -> {
              try {
                engine.complete(build.get());
              } catch (Throwable failure) {
                engine.completeExceptionally(failure);
              }
            },
            "rule-set-compiler");
    compiler.setDaemon(true);
    compiler.start();
  }

  @Override
  public void run(ApplicationArguments args) {
    ready();
  }

  @Override
  public AdviceResponse advise(AdviceRequest request) {
    return ready().advise(request);
  }

  @Override
  public String rulesetVersion() {
    return ready().rulesetVersion();
  }

  /** The rule set the engine answers with, once built (see {@link ActiveRuleSetConfiguration}). */
  RuleSet ruleSet() {
    if (ready() instanceof RulesAdvisoryEngine rules) {
      return rules.ruleSet();
    }
    throw new IllegalStateException("the engine was not built from a rule set");
  }

  /** The engine, once built; the build's own exception if it failed. */
  private AdvisoryEngine ready() {
    try {
      return engine.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (failed.getCause() instanceof Error cause) {
        throw cause;
      }
      throw failed;
    }
  }
}
