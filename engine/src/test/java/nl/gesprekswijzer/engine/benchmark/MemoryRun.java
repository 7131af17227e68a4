package nl.gesprekswijzer.engine.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.fuzz.Situations;

/**
 * Shows that evaluations leave nothing behind: 1,000,000 evaluations of fresh random situations on
 * 2 threads, with the heap in use after full collections printed every 250,000. Run in a small heap
 * with the serial collector (see the {@code memory} profile), whose {@code System.gc()} is a full,
 * stop-the-world collection, so the figure is the live data and nothing else.
 *
 * <pre>mvn -B -q -pl engine -am -Pmemory -DskipTests verify</pre>
 */
public final class MemoryRun {

  private static final int EVALUATIONS = Integer.getInteger("memory.evaluations", 1_000_000);
  private static final int STEP = EVALUATIONS / 4;
  private static final int THREADS = 2;

  public static void main(String[] args) throws Exception {
    // The engine as the service runs it: the default rules with their precompiled rule base.
    RulesAdvisoryEngine engine = nl.gesprekswijzer.engine.benchmark.Situations.shippedEngine();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf("rule set %s, max heap %d MiB%n", engine.rulesetVersion(), memory.getHeapMemoryUsage().getMax() >> 20);
    System.out.printf("%12s  %22s  %18s%n", "evaluations", "heap after full GC", "change since 0");

    long baseline = heapAfterFullGc(memory);
    print(0, baseline, baseline);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int done = STEP; done <= EVALUATIONS; done += STEP) {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          // A seed of its own per thread and step: fresh situations all the way, none kept.
          Random random = new Random(done * 31L + t);
          workers.add(pool.submit(() -> evaluate(engine, random, STEP / THREADS)));
        }
        for (Future<?> worker : workers) {
          worker.get();
        }
        print(done, heapAfterFullGc(memory), baseline);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void evaluate(RulesAdvisoryEngine engine, Random random, int count) {
    for (int i = 0; i < count; i++) {
      engine.advise(Situations.next(random));
    }
  }

  /** A few full collections, until the figure settles (finalizers and soft references). */
  private static long heapAfterFullGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void print(int evaluations, long used, long baseline) {
    System.out.printf("%,12d  %18.1f MiB  %+14.1f MiB%n", evaluations, used / 1048576.0, (used - baseline) / 1048576.0);
  }

  private MemoryRun() {}
}
