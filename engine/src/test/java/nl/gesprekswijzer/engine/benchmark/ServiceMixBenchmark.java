package nl.gesprekswijzer.engine.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP load test's mix in-process: the eight situations {@code adapters/service/load/LoadTest.java}
 * posts in turn (read from that file, so that both measure the same mix), evaluated by the engine
 * as the service runs it, from 2 threads on a heap of 256 MB as the load test starts the service.
 * Two cores divided by its evaluations per second is the CPU of one evaluation, to hold beside the
 * service's CPU per request by stage ({@code profile.sh}) from the same hour. Run it on the
 * service's JDK with JMH's {@code -jvm}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class ServiceMixBenchmark {

  private static final Pattern TEXT_BLOCK = Pattern.compile("(?s)\"\"\"\\s*\\n(.*?)\"\"\"");

  private RulesAdvisoryEngine engine;
  private List<AdviceRequest> requests;

  /** Each thread's place in the mix. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup
  public void buildEngineOnce() {
    engine = Situations.shippedEngine();
    JsonMapper json = JsonMapper.builder().build();
    requests = loadTestSituations().stream().map(body -> json.readValue(body, AdviceRequest.class)).toList();
    // Warm on one thread first, as ThroughputBenchmark does.
    long until = System.nanoTime() + 20_000_000_000L;
    for (int i = 0; System.nanoTime() < until; i++) {
      engine.advise(requests.get(i % requests.size()));
    }
  }

  @Benchmark
  @Threads(2)
  public AdviceResponse twoThreads(Cursor cursor) {
    AdviceRequest request = requests.get(cursor.next);
    cursor.next = (cursor.next + 1) % requests.size();
    return engine.advise(request);
  }

  private static List<String> loadTestSituations() {
    Path source = Path.of(System.getProperty("gesprekswijzer.load-test", "../adapters/service/load/LoadTest.java"));
    try {
      String text = Files.readString(source);
      String list = text.substring(text.indexOf("SITUATIONS ="), text.indexOf("public static void main"));
      List<String> situations = new ArrayList<>();
      Matcher block = TEXT_BLOCK.matcher(list);
      while (block.find()) {
        situations.add(block.group(1));
      }
      if (situations.size() != 8) {
        throw new IllegalStateException("Expected the load test's 8 situations in " + source + ", found " + situations.size());
      }
      return situations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
