package nl.gesprekswijzer.engine.benchmark;

import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.evaluation.HandWrittenCareer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The limit of any implementation of the career talk's rules: {@link HandWrittenCareer}, the same
 * logic as plain Java {@code if}s with the engine's validation, parameters and answer assembly,
 * on {@link Situations#CAREER}, the situation {@code EvaluationBenchmark.advise} measures for
 * CAREER. A class of its own, so that it has no rows for the other conversation types; the same
 * mode, unit, forks and iterations as {@code EvaluationBenchmark}, so that both are measured alike
 * in one run and {@link BenchmarkRatios} can print {@code advise / handWritten}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class HandWrittenBenchmark {

  private HandWrittenCareer handWritten;
  private AdviceRequest request;

  @Setup
  public void buildOnce() {
    handWritten = new HandWrittenCareer(Situations.compileDefaultRuleSet());
    request = TestRequests.request(Situations.CAREER);
  }

  @Benchmark
  public AdviceResponse handWritten() {
    return handWritten.advise(request);
  }
}
