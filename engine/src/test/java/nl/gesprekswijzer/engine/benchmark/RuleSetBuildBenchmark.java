package nl.gesprekswijzer.engine.benchmark;

import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to read, check and compile the full default rule set from its files. The first build in
 * a fresh JVM is what start-up paid before the rule base was precompiled, and what a folder of
 * policy staff still pays; the later ones what a rule change costs in a warm service. The start-up
 * of the service itself, with the precompiled rule base, is measured by {@code
 * adapters/service/load/startup.sh}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetBuildBenchmark {

  /** One build per fresh JVM: the cost at start-up. */
  @Benchmark
  @Fork(3)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public RuleSet coldBuild() {
    return Situations.compileDefaultRuleSet();
  }

  /** A rebuild in a warm JVM: the cost of a rule change. */
  @Benchmark
  @Fork(1)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public RuleSet warmBuild() {
    return Situations.compileDefaultRuleSet();
  }
}
