package nl.gesprekswijzer.engine.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluations per second of one shared engine (the rule base precompiled, as the service runs it)
 * on 1 and 2 threads, each thread cycling through the four typical situations, as a dashboard or a
 * nightly run would mix them; and from 32 threads, as many as the service admits at once on two
 * cores: what the engine does when far more callers than cores evaluate at once, taking turns (the
 * engine's default, one evaluation per processor at a time) and all at once ({@code
 * thirtyTwoThreadsAtOnce}, the engine built with {@code concurrentEvaluations(Integer.MAX_VALUE)}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
// Drools' code paths take longer to compile than one situation's: warmed up on one thread in the
// set-up first (Engine), then these iterations on the benchmark's threads.
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
public class ThroughputBenchmark {

  @State(Scope.Benchmark)
  public static class Engine {
    RulesAdvisoryEngine engine;
    RulesAdvisoryEngine atOnce;
    List<AdviceRequest> requests;

    @Setup
    public void buildEngineOnce() {
      RuleSet ruleSet = Situations.shippedRuleSet();
      engine = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
      atOnce = RulesAdvisoryEngine.builder().ruleSet(ruleSet).concurrentEvaluations(Integer.MAX_VALUE).build();
      requests = Situations.requests();
      // Warm on one thread first: from 32 busy threads the JIT compiler gets so little of two cores
      // that the warm-up iterations still measured half-compiled code, and the variants could not be
      // compared. Each fork starts its iterations with the same compiled code.
      long until = System.nanoTime() + WARM_SECONDS * 1_000_000_000L;
      for (int i = 0; System.nanoTime() < until; i++) {
        engine.advise(requests.get(i & 3));
        atOnce.advise(requests.get(i & 3));
      }
    }

    private static final long WARM_SECONDS = Long.getLong("gesprekswijzer.benchmark.warm-seconds", 20);
  }

  /** Each thread's place in the mix. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  @Threads(1)
  public AdviceResponse oneThread(Engine state, Cursor cursor) {
    return advise(state, cursor);
  }

  @Benchmark
  @Threads(2)
  public AdviceResponse twoThreads(Engine state, Cursor cursor) {
    return advise(state, cursor);
  }

  @Benchmark
  @Threads(32)
  public AdviceResponse thirtyTwoThreads(Engine state, Cursor cursor) {
    return advise(state, cursor);
  }

  @Benchmark
  @Threads(32)
  public AdviceResponse thirtyTwoThreadsAtOnce(Engine state, Cursor cursor) {
    return advise(state.atOnce, state, cursor);
  }

  private static AdviceResponse advise(Engine state, Cursor cursor) {
    return advise(state.engine, state, cursor);
  }

  private static AdviceResponse advise(RulesAdvisoryEngine engine, Engine state, Cursor cursor) {
    AdviceRequest request = state.requests.get(cursor.next);
    cursor.next = (cursor.next + 1) & 3;
    return engine.advise(request);
  }
}
