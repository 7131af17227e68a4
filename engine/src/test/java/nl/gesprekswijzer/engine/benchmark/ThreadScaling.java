package nl.gesprekswijzer.engine.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;

/**
 * Evaluations per second of one shared engine from 2 threads and from 32, measured in one JVM in
 * windows that take turns (2, 32, 32, 2, ...), so that both see the machine's speed of the same
 * minutes: {@code ThroughputBenchmark} runs each thread count in a fork of its own, a minute apart,
 * and on a machine whose speed drifts the ratio of two forks carries that drift. Each thread cycles
 * through the four typical situations; the engine is the precompiled one with its defaults. Prints
 * each window and the ratio of the sums, 32 / 2:
 *
 * <pre>
 * mvn -B -q -pl engine -am -Pbenchmark -DskipTests verify -Dbenchmark.main=nl.gesprekswijzer.engine.benchmark.ThreadScaling -Djmh.args=
 * </pre>
 *
 * <p>Options (system properties, given before the class in {@code -Dbenchmark.main="-Dname=value
 * nl.gesprekswijzer.engine.benchmark.ThreadScaling"}): {@code gesprekswijzer.benchmark.warm-seconds} (20), {@code
 * gesprekswijzer.benchmark.window-seconds} (3), {@code gesprekswijzer.benchmark.rounds} (4, each
 * round two windows of each thread count).
 */
public final class ThreadScaling {

  private ThreadScaling() {}

  public static void main(String[] args) throws InterruptedException {
    long warmSeconds = Long.getLong("gesprekswijzer.benchmark.warm-seconds", 20);
    long windowSeconds = Long.getLong("gesprekswijzer.benchmark.window-seconds", 3);
    int rounds = Integer.getInteger("gesprekswijzer.benchmark.rounds", 4);
    RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().ruleSet(Situations.shippedRuleSet()).build();
    List<AdviceRequest> requests = Situations.requests();
    String loadBefore = BenchmarkRatios.loadAverage();
    window(engine, requests, 1, warmSeconds); // on one thread, so that the compiler has a core
    long[] sums = new long[2];
    double[] seconds = new double[2];
    int[] threads = {2, 32};
    StringBuilder windows = new StringBuilder();
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < 4; turn++) {
        int which = (turn == 0 || turn == 3) ? round % 2 : 1 - round % 2; // A B B A, then B A A B
        long start = System.nanoTime();
        long done = window(engine, requests, threads[which], windowSeconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        sums[which] += done;
        seconds[which] += elapsed;
        windows.append(String.format(Locale.ROOT, " %d:%.0f", threads[which], done / elapsed));
      }
    }
    double two = sums[0] / seconds[0];
    double thirtyTwo = sums[1] / seconds[1];
    System.out.printf(
        Locale.ROOT,
        "Evaluations per second by window (threads:rate):%s%n"
            + "2 threads %.0f/s, 32 threads %.0f/s: 32 / 2 = %.2f; Java %s, load average before %s, after %s%n",
        windows, two, thirtyTwo, thirtyTwo / two, Runtime.version(), loadBefore, BenchmarkRatios.loadAverage());
    engine.close();
  }

  /** How many evaluations the threads complete in the window. */
  private static long window(RulesAdvisoryEngine engine, List<AdviceRequest> requests, int threads, long seconds)
      throws InterruptedException {
    LongAdder done = new LongAdder();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      int first = t;
      new Thread(
              () -> {
                for (int i = first; !stop.get(); i++) {
                  engine.advise(requests.get(i & 3));
                  done.increment();
                }
                finished.countDown();
              })
          .start();
    }
    Thread.sleep(seconds * 1000);
    stop.set(true);
    finished.await();
    return done.sum();
  }
}
