package nl.gesprekswijzer.engine.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.evaluation.AdviceStages;
import nl.gesprekswijzer.engine.evaluation.DroolsFloor;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.ruleset.RuleSet;

/**
 * {@code advise} and its parts timed call by call, interleaved, in one JVM: for each conversation
 * type, every round times one call of each ({@code droolsFloor}, {@code rulesWithConsequences},
 * {@code assembly}, {@code advise} on the same DRL-compiled rule set as the floor, and {@code advise}
 * as shipped, precompiled), in an order that turns each round. So every part sees the machine's
 * speed of the same milliseconds, where {@code EvaluationBenchmark} gives each benchmark a fork of
 * its own a minute apart, and the difference of two forks' medians can be larger than a part. Prints
 * the medians and their ratios to the floor:
 *
 * <pre>
 * mvn -B -q -pl engine -am -Pbenchmark -DskipTests verify -Dbenchmark.main=nl.gesprekswijzer.engine.benchmark.SideBySide -Djmh.args=
 * </pre>
 *
 * <p>Options (system properties, given before the class: {@code -Dbenchmark.main="-Dname=value
 * nl.gesprekswijzer.engine.benchmark.SideBySide"}): {@code gesprekswijzer.benchmark.warm-seconds}
 * (15, on all types together) and {@code gesprekswijzer.benchmark.rounds} (20,000 per type).
 */
public final class SideBySide {

  // What the timed calls returned, kept so that the compiler cannot drop a call.
  private static volatile long consumed;

  private SideBySide() {}

  public static void main(String[] args) {
    long warmSeconds = Long.getLong("gesprekswijzer.benchmark.warm-seconds", 15);
    int rounds = Integer.getInteger("gesprekswijzer.benchmark.rounds", 20_000);
    RuleSet drl = Situations.compileDefaultRuleSet();
    RulesAdvisoryEngine shipped = Situations.shippedEngine();
    RulesAdvisoryEngine drlEngine = RulesAdvisoryEngine.builder().ruleSet(drl).build();
    DroolsFloor floor = new DroolsFloor(drl);
    AdviceStages stages = new AdviceStages(drl);
    List<List<Supplier<Object>>> calls =
        Situations.requests().stream().map(request -> parts(request, floor, stages, drlEngine, shipped)).toList();
    String loadBefore = BenchmarkRatios.loadAverage();
    long until = System.nanoTime() + warmSeconds * 1_000_000_000L;
    while (System.nanoTime() < until) {
      calls.forEach(parts -> parts.forEach(Supplier::get));
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nMedians in µs, the parts timed call by call in turn (%,d rounds per type)%n"
                + "| type | droolsFloor | rulesWithConsequences | assembly | advise (DRL) | advise | consequences / floor |"
                + " assembly / floor | (rulesWithConsequences + assembly) / floor | advise (DRL) / floor | advise / floor |%n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n",
            rounds));
    for (int t = 0; t < Situations.TYPES.size(); t++) {
      double[] p50 = medians(calls.get(t), rounds);
      double f = p50[0];
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
              Situations.TYPES.get(t), p50[0], p50[1], p50[2], p50[3], p50[4],
              (p50[1] - f) / f, p50[2] / f, (p50[1] + p50[2]) / f, p50[3] / f, p50[4] / f));
    }
    out.append("Java ").append(Runtime.version()).append(", load average before ").append(loadBefore).append(", after ").append(BenchmarkRatios.loadAverage());
    System.out.println(out);
    shipped.close();
    drlEngine.close();
  }

  /**
   * The parts, each a call for the request: {@code droolsFloor}, {@code rulesWithConsequences},
   * {@code assembly} (of advice collected once, here), {@code advise} on the DRL-compiled rules and
   * {@code advise} as shipped.
   */
  static List<Supplier<Object>> parts(
      AdviceRequest request, DroolsFloor floor, AdviceStages stages, RulesAdvisoryEngine drlEngine, RulesAdvisoryEngine shipped) {
    Advice collected = stages.collect(request);
    return List.of(
        () -> floor.match(request),
        () -> stages.collect(request),
        () -> stages.assemble(request, collected),
        () -> drlEngine.advise(request),
        () -> shipped.advise(request));
  }

  /** The median time of each part in µs, each round calling every part once, the order turning. */
  private static double[] medians(List<Supplier<Object>> parts, int rounds) {
    long[][] nanos = new long[parts.size()][rounds];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < parts.size(); i++) {
        int part = (round + i) % parts.size();
        long start = System.nanoTime();
        Object result = parts.get(part).get();
        nanos[part][round] = System.nanoTime() - start;
        sink += System.identityHashCode(result) & 1;
      }
    }
    double[] medians = new double[parts.size()];
    for (int part = 0; part < parts.size(); part++) {
      Arrays.sort(nanos[part]);
      medians[part] = nanos[part][rounds / 2] / 1000.0;
    }
    consumed += sink;
    return medians;
  }
}
