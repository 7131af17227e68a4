package nl.gesprekswijzer.engine.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.fuzz.Situations;

/**
 * A nightly re-evaluation of a whole workforce: 100,000 realistic situations through the engine API
 * on a fixed pool of 2 threads, in batches as a batch job would read them. Runs twice: the first
 * round includes the JIT warming up, as a real nightly run does; the second shows the steady state.
 *
 * <pre>mvn -B -q -pl engine -am -Pbulk -DskipTests verify</pre>
 */
public final class BulkRun {

  private static final int SITUATIONS = Integer.getInteger("bulk.situations", 100_000);
  private static final int THREADS = 2;
  private static final int BATCH = 1_000;

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    // The engine as the service runs it: the default rules with their precompiled rule base.
    RulesAdvisoryEngine engine = nl.gesprekswijzer.engine.benchmark.Situations.shippedEngine();
    System.out.printf("rule set %s built in %d ms%n", engine.rulesetVersion(), millisSince(start));

    Random random = new Random(42);
    List<AdviceRequest> situations = new ArrayList<>(SITUATIONS);
    for (int i = 0; i < SITUATIONS; i++) {
      situations.add(Situations.next(random));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 1; round <= 2; round++) {
        long roundStart = System.nanoTime();
        List<Future<Long>> batches = new ArrayList<>();
        for (int from = 0; from < SITUATIONS; from += BATCH) {
          List<AdviceRequest> batch = situations.subList(from, Math.min(from + BATCH, SITUATIONS));
          batches.add(pool.submit(() -> evaluate(engine, batch)));
        }
        long items = 0;
        for (Future<Long> batch : batches) {
          items += batch.get();
        }
        double seconds = (System.nanoTime() - roundStart) / 1e9;
        System.out.printf(
            "round %d: %,d situations on %d threads in %.2f s wall time: %,.0f evaluations/s (%,d advice items)%n",
            round, SITUATIONS, THREADS, seconds, SITUATIONS / seconds, items);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Counts what came out, so that nothing of the work can be optimised away. */
  private static long evaluate(RulesAdvisoryEngine engine, List<AdviceRequest> batch) {
    long items = 0;
    for (AdviceRequest request : batch) {
      AdviceResponse advice = engine.advise(request);
      items += advice.agenda().size() + advice.entitlements().size() + advice.deadlines().size();
    }
    return items;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private BulkRun() {}
}
