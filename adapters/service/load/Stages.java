import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where an advice over HTTP spends its CPU, by stage, from the JFR recording `profile.sh` makes
 * (LoadTest --profile=DIR: one recording from the service's launch, and each measured phase's time
 * window): for each phase, the service's CPU per request split by the share of execution samples in
 * each stage, GC apart, and the bytes allocated per request by stage.
 *
 * <p>A sample belongs to the stage of the deepest frame on its stack that marks one (the first
 * found walking from the leaf to the root): Jackson under the reading of the body is reading, under
 * the writing of the answer writing; Drools under fireAllRules is rules. The JVM's CPU comes from
 * jdk.CPULoad (user and system, all its threads); GC is estimated as its pauses times the parallel GC
 * threads, and the rest is shared out by the samples of Java threads. The JIT compiler's CPU, small
 * once warm, is shared out with it.
 *
 * <p>Run: java adapters/service/load/Stages.java DIR
 */
public class Stages {

  /** A stage and the frames (class name + "." + method name) that mark it. */
  record Stage(String name, Predicate<String> marks) {}

  static final List<Stage> STAGES =
      List.of(
          new Stage("reading the request (Jackson, body limit)", f -> f.endsWith(".readWithMessageConverters")),
          new Stage("validation", f -> f.contains(".RequestValidator.") || f.endsWith("RulesAdvisoryEngine.furtherProblems")),
          new Stage("facts (made and inserted)", f -> f.contains("engine.evaluation.Facts.") || f.endsWith("KnowledgeSessionImpl.insert")),
          new Stage("rules (matching and consequences)", f -> f.endsWith("KnowledgeSessionImpl.fireAllRules")),
          new Stage("session (taken from the pool, reset)", f -> f.endsWith(".newKieSession") || f.endsWith("KnowledgeSessionImpl.dispose")),
          new Stage("assembly and texts", f -> f.contains("engine.evaluation.ResponseAssembler.")),
          new Stage("engine, other (parameters of the date, CAO overlay)", f -> f.endsWith("RulesAdvisoryEngine.advise")),
          new Stage("writing the answer (Jackson)", f -> f.endsWith(".handleReturnValue") || f.endsWith(".writeWithMessageConverters")),
          new Stage("metrics and listeners", f -> f.contains("service.rest.AdviceMetrics.") || f.contains("service.rest.AdviceListeners.")));

  static final String SECURITY = "security filters";
  static final String TOMCAT = "Tomcat, other filters and Spring MVC";

  static final String OTHER_THREADS = "other threads (JFR, timers, ...)";

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "adapters/service/target/profile");
    Path recording = dir.resolve("service.jfr");
    List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
    // The closed loops from each number of connections (advice-4, advice-32), then the fixed rate.
    List<Path> windows;
    try (var files = Files.list(dir)) {
      windows = files.filter(file -> file.toString().endsWith(".requests")).sorted().toList();
    }
    for (Path window : windows) {
      String[] requests = Files.readString(window).strip().split(" ", 4);
      report(
          events,
          Instant.ofEpochMilli(Long.parseLong(requests[1])),
          Instant.ofEpochMilli(Long.parseLong(requests[2])),
          Long.parseLong(requests[0]),
          requests[3]);
    }
  }

  /** The events of the phase from {@code from} to {@code to}; its {@code requests} answered in it. */
  static void report(List<RecordedEvent> events, Instant from, Instant to, long requests, String phase) {
    Map<String, Long> samples = new LinkedHashMap<>();
    Map<String, Double> allocated = new LinkedHashMap<>();
    STAGES.forEach(stage -> {
      samples.put(stage.name(), 0L);
      allocated.put(stage.name(), 0.0);
    });
    for (String rest : List.of(SECURITY, TOMCAT, OTHER_THREADS)) {
      samples.put(rest, 0L);
      allocated.put(rest, 0.0);
    }
    List<RecordedEvent> cpuLoads = new ArrayList<>();
    double gcPauseSeconds = 0;
    int gcThreads = 1;
    Instant first = null;
    Instant last = null;
    for (RecordedEvent event : events) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.GCConfiguration")) {
        gcThreads = Math.max(1, event.getInt("parallelGCThreads")); // once, at the recording's start
        continue;
      }
      if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
        continue;
      }
      switch (type) {
        case "jdk.ExecutionSample" -> samples.merge(stageOf(event), 1L, Long::sum);
        case "jdk.ObjectAllocationSample" ->
            allocated.merge(stageOf(event), (double) event.getLong("weight"), Double::sum);
        case "jdk.CPULoad" -> cpuLoads.add(event);
        case "jdk.GarbageCollection" -> gcPauseSeconds += event.getDuration("sumOfPauses").toNanos() / 1e9;
        default -> {}
      }
      Instant at = event.getStartTime();
      if (first == null || at.isBefore(first)) {
        first = at;
      }
      if (last == null || at.isAfter(last)) {
        last = at;
      }
    }
    int processors = Runtime.getRuntime().availableProcessors();
    double cpuTotal = 0;
    cpuLoads.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
    for (int i = 1; i < cpuLoads.size(); i++) {
      RecordedEvent load = cpuLoads.get(i);
      double seconds =
          Duration.between(cpuLoads.get(i - 1).getStartTime(), load.getStartTime()).toNanos() / 1e9;
      cpuTotal += (load.getFloat("jvmUser") + load.getFloat("jvmSystem")) * processors * seconds;
    }
    double cpuSeconds = cpuTotal;
    double sampledSeconds =
        cpuLoads.size() < 2
            ? 0
            : Duration.between(cpuLoads.get(0).getStartTime(), cpuLoads.get(cpuLoads.size() - 1).getStartTime())
                    .toNanos()
                / 1e9;
    double requestsInWindow =
        requests * sampledSeconds / Math.max(1e-9, Duration.between(first, last).toNanos() / 1e9);
    double gcCpu = Math.min(cpuSeconds, gcPauseSeconds * gcThreads);
    long totalSamples = samples.values().stream().mapToLong(Long::longValue).sum();
    double totalAllocated = allocated.values().stream().mapToDouble(Double::doubleValue).sum();
    double perRequest = 1e6 / Math.max(1, requestsInWindow);

    System.out.printf(
        "%n### %s: %d requests; JVM CPU %.1f s over %.1f s (%.2f of %d cores); %d execution samples%n%n",
        phase, requests, cpuSeconds, sampledSeconds, cpuSeconds / Math.max(1e-9, sampledSeconds), processors,
        totalSamples);
    System.out.println("| stage | samples | CPU µs per request | share | allocated bytes per request |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    double javaCpu = cpuSeconds - gcCpu;
    samples.forEach(
        (stage, count) -> {
          double share = totalSamples == 0 ? 0 : (double) count / totalSamples;
          System.out.printf(
              "| %s | %d | %.0f | %.1f %% | %.0f |%n",
              stage, count, javaCpu * share * perRequest, 100 * share * javaCpu / Math.max(1e-9, cpuSeconds),
              allocated.get(stage) / Math.max(1, requestsInWindow));
        });
    System.out.printf(
        "| GC (pauses %.2f s × %d GC threads) | | %.0f | %.1f %% | |%n",
        gcPauseSeconds, gcThreads, gcCpu * perRequest, 100 * gcCpu / Math.max(1e-9, cpuSeconds));
    System.out.printf(
        "| **total** | %d | **%.0f** | 100 %% | %.0f |%n",
        totalSamples, cpuSeconds * perRequest, totalAllocated / Math.max(1, requestsInWindow));
  }

  /**
   * The stage of the deepest marking frame. Without one, the code the sample is in: Spring
   * Security's filters when the first frame from the leaf outside the JDK is theirs, else Tomcat,
   * the other filters and Spring MVC's dispatch. A thread that is not Tomcat's is "other threads".
   */
  static String stageOf(RecordedEvent event) {
    RecordedStackTrace stack = event.getStackTrace();
    String threadField = event.hasField("sampledThread") ? "sampledThread" : "eventThread";
    var thread = event.getThread(threadField);
    if (stack == null || thread == null || thread.getJavaName() == null
        || !thread.getJavaName().startsWith("http-nio")) {
      return OTHER_THREADS;
    }
    String owner = null;
    for (RecordedFrame frame : stack.getFrames()) {
      String type = frame.getMethod().getType().getName();
      String name = type + "." + frame.getMethod().getName();
      for (Stage stage : STAGES) {
        if (stage.marks().test(name)) {
          return stage.name();
        }
      }
      if (owner == null && !type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        owner = type;
      }
    }
    return owner != null && owner.startsWith("org.springframework.security.") ? SECURITY : TOMCAT;
  }
}
