package nl.gesprekswijzer.engine.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Function;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.evaluation.NaiveEvaluation;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * CPU time per evaluation of this thread, for comparing two versions of the engine on a machine
 * that other work shares: unlike wall-clock time it barely moves when other processes take the
 * cores. Not the published figures (those come from JMH); run its {@code main} from the test
 * classpath.
 */
public final class CpuTimeProbe {

  public static void main(String[] args) {
    RuleSet ruleSet = Situations.compileDefaultRuleSet();
    RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
    NaiveEvaluation naive = new NaiveEvaluation(ruleSet);
    JsonMapper json = JsonMapper.builder().build();
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    for (String type : new String[] {"CARE_BALANCE", "SICK_LEAVE", "WELLBEING", "CAREER"}) {
      AdviceRequest request = json.readValue(Situations.json(type), AdviceRequest.class);
      System.out.printf(
          "%-13s engine %7.1f µs   naive %7.1f µs%n",
          type, cpuMicros(engine::advise, request, rounds), cpuMicros(naive::advise, request, rounds / 2));
    }
  }

  private static double cpuMicros(Function<AdviceRequest, ?> advise, AdviceRequest request, int rounds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      advise.apply(request);
    }
    double best = Double.MAX_VALUE;
    for (int repeat = 0; repeat < 3; repeat++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < rounds; i++) {
        advise.apply(request);
      }
      best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1000.0 / rounds);
    }
    return best;
  }
}
