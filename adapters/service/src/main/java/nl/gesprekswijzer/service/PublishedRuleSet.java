package nl.gesprekswijzer.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The rule set requests are answered with, replaced whole when a checked change of the rules folder
 * is published.
 *
 * <p>Replacing is one write of a reference: each request reads it once and finishes on the rule set
 * it started with, however long it takes, so no request fails and none sees half of a change. The
 * rule set it replaced is left to the garbage collector once its last request is done.
 *
 * <p>Also a {@code Supplier<RuleSet>}, for pages that show the rule set in service (the catalogue).
 */
final class PublishedRuleSet implements ApplicationRunner, Supplier<RuleSet>, AutoCloseable {

  private final RuleSetCompiledInBackground<Publication> first;
  private final @Nullable RulesFolder folder;
  private final AtomicReference<@Nullable Publication> current = new AtomicReference<>();
  private volatile @Nullable Refusal lastRefused;

  private PublishedRuleSet(RuleSetCompiledInBackground<Publication> first, @Nullable RulesFolder folder) {
    this.first = first;
    this.folder = folder;
  }

  /** The rule set packaged in the rules jar, which never changes while the service runs. */
  static PublishedRuleSet embedded(RuleSetCompiledInBackground<Publication> first) {
    return new PublishedRuleSet(first, null);
  }

  /** The rule set in a folder, checked at start-up and then published whenever it changes. */
  static PublishedRuleSet of(RulesFolder folder) {
    return new PublishedRuleSet(RuleSetCompiledInBackground.start(folder::load), folder);
  }

  /** Waits for the first rule set, so that the application is ready only with one; then watches. */
  @Override
  public void run(ApplicationArguments args) {
    current();
    if (folder != null) {
      folder.startWatching(this);
    }
  }

  /** The rule set in service; waits for the first one to be ready. */
  Publication current() {
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

  RuleSetStatus status() {
    return RuleSetStatus.of(current(), folder != null && folder.watching(), lastRefused);
  }

  /** The engine the controllers use: every call goes to the rule set in service at that moment. */
  AdvisoryEngine engine() {
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
  record Refusal(Instant at, List<Problem> problems) {
    Refusal {
      problems = List.copyOf(problems);
    }
  }
}
