package nl.gesprekswijzer.engine.publish;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The first rule set, built on a thread of its own while Spring starts the rest of the application:
 * reading and checking the rule set and loading its precompiled rule base takes one to two seconds
 * (compiling a DRL rule set and running its scenarios, several), and on two cores that overlaps
 * with Spring's own start.
 *
 * <p>Whoever asks for it before it is ready waits ({@link #ready()}); the {@link PublishedRules}
 * asks when it starts, so the application reports itself ready only with a working
 * rule set, and a broken one still stops the start-up with its {@code RuleSetException}.
 *
 * @param <T> what is built
 */
public final class RuleSetCompiledInBackground<T> {

  /** Started by {@code main} before Spring, taken by the first application context. */
  private static final AtomicReference<@Nullable RuleSetCompiledInBackground<?>> EARLY =
      new AtomicReference<>();

  private final CompletableFuture<T> built;

  /**
   * Starts building at once, before Spring has loaded a class: the rule set is a long part of
   * the start-up, so the earlier it starts, the more of it overlaps with Spring's.
   */
  public static <T> void startEarly(Supplier<T> build) {
    EARLY.set(new RuleSetCompiledInBackground<>(build));
  }

  /**
   * The build {@link #startEarly} began, or a new one (tests start no {@code main}). The caller
   * passes the same kind of build {@code main} started, so the types agree.
   */
  @SuppressWarnings("unchecked")
  public static <T> RuleSetCompiledInBackground<T> takeEarlyOrStart(Supplier<T> build) {
    RuleSetCompiledInBackground<?> early = EARLY.getAndSet(null);
    return early != null ? (RuleSetCompiledInBackground<T>) early : new RuleSetCompiledInBackground<>(build);
  }

  /** A build of its own, for a rule set other than the one {@link #startEarly} builds. */
  public static <T> RuleSetCompiledInBackground<T> start(Supplier<T> build) {
    return new RuleSetCompiledInBackground<>(build);
  }

  private RuleSetCompiledInBackground(Supplier<T> build) {
    this.built = new CompletableFuture<>();
    Thread compiler =
        new Thread(
            () -> {
              try {
                built.complete(build.get());
              } catch (Throwable failure) {
                built.completeExceptionally(failure);
              }
            },
            "rule-set-compiler");
    compiler.setDaemon(true);
    compiler.start();
  }

  /** What was built, once it is; the build's own exception if it failed. */
  public T ready() {
    try {
      return built.join();
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
