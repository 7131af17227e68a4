package nl.gesprekswijzer.engine.benchmark;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.evaluation.AdviceStages;
import nl.gesprekswijzer.engine.evaluation.DroolsFloor;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;

/**
 * The bytes each part of {@link SideBySide} allocates per call ({@code droolsFloor}, {@code
 * rulesWithConsequences}, {@code assembly}, {@code advise} on the floor's DRL-compiled rule set and
 * as shipped), per conversation type, counted by the JVM for the calling thread after as many calls
 * to warm: figures that the machine's speed does not move, and what each part leaves the garbage
 * collector and streams through the processor's caches.
 *
 * <pre>
 * mvn -B -q -pl engine -am -Pbenchmark -DskipTests verify -Dbenchmark.main=nl.gesprekswijzer.engine.benchmark.Allocations -Djmh.args=
 * </pre>
 *
 * <p>Option: {@code gesprekswijzer.benchmark.rounds} (20,000 calls per part to warm, as many to
 * count), given as {@code -Dbenchmark.main="-Dgesprekswijzer.benchmark.rounds=5000
 * nl.gesprekswijzer.engine.benchmark.Allocations"}.
 */
public final class Allocations {

  private static volatile long consumed;

  private Allocations() {}

  public static void main(String[] args) {
    int rounds = Integer.getInteger("gesprekswijzer.benchmark.rounds", 20_000);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    RuleSet drl = Situations.compileDefaultRuleSet();
    RulesAdvisoryEngine shipped = Situations.shippedEngine();
    RulesAdvisoryEngine drlEngine = RulesAdvisoryEngine.builder().ruleSet(drl).build();
    DroolsFloor floor = new DroolsFloor(drl);
    AdviceStages stages = new AdviceStages(drl);
    StringBuilder out =
        new StringBuilder(
            "\nBytes allocated per call\n| type | droolsFloor | rulesWithConsequences | assembly | advise (DRL) | advise |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
    List<AdviceRequest> requests = Situations.requests();
    for (int t = 0; t < Situations.TYPES.size(); t++) {
      List<Supplier<Object>> parts = SideBySide.parts(requests.get(t), floor, stages, drlEngine, shipped);
      out.append("| ").append(Situations.TYPES.get(t));
      for (Supplier<Object> part : parts) {
        for (int i = 0; i < rounds; i++) {
          consumed += System.identityHashCode(part.get()) & 1;
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < rounds; i++) {
          consumed += System.identityHashCode(part.get()) & 1;
        }
        long bytes = (threads.getCurrentThreadAllocatedBytes() - before) / rounds;
        out.append(String.format(Locale.ROOT, " | %,d", bytes));
      }
      out.append(" |\n");
    }
    System.out.println(out.append("Java ").append(Runtime.version()));
    shipped.close();
    drlEngine.close();
  }
}
