import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's HTTP load test: starts the service with -Xmx256m as the README does
 * (adapters/service/start.sh, the build's target/app), measures launch to first answer, then
 * drives it over loopback and prints a Markdown table. Run through run.sh next to this file; it
 * needs nothing but a JDK (java LoadTest.java runs the source as it is).
 *
 * <p>Phases: closed loop (every connection sends its next request as soon as the previous one is
 * answered) against GET /api/v1/ping, the reference, and against POST /api/v1/advice with a mix of
 * situations, with two floors between them: the same bodies posted where the service answers a
 * fixed answer of the same size without evaluating, once as bytes and once through Jackson both
 * ways (HttpFloorController), so that each run says what of advice / ping the HTTP path, the JSON
 * and the evaluation take; after the closed loops, the same situations evaluated in the service's
 * JVM without HTTP on every processor (the floors' third path), so that the run also says what 35 %
 * of ping would leave the evaluation against what it costs alone; a fixed rate of advice requests, whose latency is measured from the moment each
 * request was due (so a stalled server cannot hide its delay); and an overload phase with more
 * connections than the service admits, which must be answered quickly with 503.
 *
 * <p>The HTTP client is written on plain sockets: it costs far less CPU than java.net.http, and the
 * load generator shares the machine's cores with the service.
 */
public class LoadTest {

  static final String HOST = "127.0.0.1";

  /** Realistic situations: the four conversations, with and without care, sickness and a CAO. */
  static final List<String> SITUATIONS =
      List.of(
          """
          {"referenceDate":"2026-11-23","language":"nl",
           "conversation":{"type":"CARE_BALANCE","lastHeldOn":"2026-08-10"},
           "employee":{"weeklyHours":32,"employedSince":"2019-04-01"},"employer":{"size":240},
           "caregiving":[{"relation":"CHILD","childAge":6,"hoursPerWeek":14,"since":"2026-03-01",
             "situation":"SERIOUS_ILLNESS"}],"wishes":["FLEXIBLE_TIMES","FEWER_HOURS"]}""",
          """
          {"referenceDate":"2026-11-23","language":"en",
           "conversation":{"type":"CARE_BALANCE"},
           "employee":{"weeklyHours":36,"employedSince":"2015-09-01"},
           "employer":{"size":800,"cao":"sociaal-werk"},
           "caregiving":[{"relation":"PARENT","hoursPerWeek":20,"since":"2025-11-01",
             "situation":"PALLIATIVE"},{"relation":"PARTNER","hoursPerWeek":4,
             "since":"2026-10-01","situation":"STABLE"}],"wishes":["LEAVE","REMOTE_WORK"]}""",
          """
          {"referenceDate":"2026-11-23","language":"nl",
           "conversation":{"type":"SICK_LEAVE","lastHeldOn":"2026-10-20"},
           "employee":{"weeklyHours":24,"employedSince":"2021-02-15"},"employer":{"size":35},
           "sickness":{"firstSickDay":"2026-10-05","workCapacityPercent":50},
           "wishes":["TASK_ADJUSTMENT"]}""",
          """
          {"referenceDate":"2026-11-23","language":"nl",
           "conversation":{"type":"SICK_LEAVE"},
           "employee":{"weeklyHours":32,"employedSince":"2019-04-01"},
           "employer":{"size":240,"cao":"sociaal-werk"},
           "caregiving":[{"relation":"CHILD","childAge":6,"hoursPerWeek":14,"since":"2026-03-01",
             "situation":"SERIOUS_ILLNESS"}],
           "sickness":{"firstSickDay":"2025-12-01","workCapacityPercent":0}}""",
          """
          {"referenceDate":"2026-11-23","language":"nl",
           "conversation":{"type":"WELLBEING","lastHeldOn":"2026-05-12"},
           "employee":{"weeklyHours":40,"employedSince":"2012-06-01"},"employer":{"size":12}}""",
          """
          {"referenceDate":"2026-11-23","language":"en",
           "conversation":{"type":"WELLBEING"},
           "employee":{"weeklyHours":28,"employedSince":"2024-01-08"},
           "employer":{"size":60,"cao":"sociaal-werk"},
           "caregiving":[{"relation":"SOCIAL","hoursPerWeek":6,"since":"2026-09-01",
             "situation":"EMERGENCY"}],"wishes":["FLEXIBLE_TIMES"]}""",
          """
          {"referenceDate":"2026-11-23","language":"nl",
           "conversation":{"type":"CAREER","lastHeldOn":"2025-11-20"},
           "employee":{"weeklyHours":36,"employedSince":"2018-03-01"},"employer":{"size":450},
           "wishes":["DEVELOPMENT","OTHER_ROLE"]}""",
          """
          {"referenceDate":"2026-11-23","language":"en",
           "conversation":{"type":"CAREER"},
           "employee":{"weeklyHours":20,"employedSince":"2026-06-01"},
           "employer":{"size":8,"cao":"sociaal-werk"},
           "caregiving":[{"relation":"CHILD","childAge":2,"hoursPerWeek":10,"since":"2024-08-01",
             "situation":"STABLE"}],
           "sickness":{"firstSickDay":"2026-11-16","workCapacityPercent":80},
           "wishes":["FEWER_HOURS","DEVELOPMENT"]}""");

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path start = Path.of(options.getOrDefault("start", "adapters/service/start.sh"));
    int port = Integer.parseInt(options.getOrDefault("port", "18080"));
    // Ping and advice are measured at each of these numbers of connections, the largest last (the
    // saturation the profile describes): 4 is a platform's few callers, 32 what the service admits
    // at once on two cores.
    List<Integer> connectionCounts =
        Arrays.stream(options.getOrDefault("connections", "4,32").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .sorted()
            .toList();
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
    // Drools' and Jackson's code paths take a minute or more of load on two cores before the JIT
    // compiler has finished with them: measured earlier, the figures would be those of warm-up.
    int warmUp = Integer.parseInt(options.getOrDefault("warm-up-seconds", "60"));
    // Few at once: with 32 connections the compiler threads of both JVMs get so little of the two
    // cores that a minute leaves much of the code interpreted (ping then measured a third as fast).
    int warmUpConnections =
        Integer.parseInt(
            options.getOrDefault(
                "warm-up-connections", String.valueOf(2 * Runtime.getRuntime().availableProcessors())));
    int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
    int overloadConnections = Integer.parseInt(options.getOrDefault("overload-connections", "400"));
    int startups = Integer.parseInt(options.getOrDefault("startups", "3"));
    Path pidFile = Path.of(options.getOrDefault("pid-file", "target/load-service.pid"));
    Path log = Path.of(options.getOrDefault("log", "target/load-service.log"));
    // --profile=DIR: a JFR recording from the service's launch (stacks deep enough to reach the
    // servlet), and the time window and the requests answered of the saturation phase and of the
    // fixed-rate phase (Stages.java). Started from the launch, not for the phase: a recording started
    // in a running service (jcmd JFR.start) made it answer a tenth of the requests for the rest of
    // the run, one from the launch about four fifths (RESULTS.md).
    Path profile = options.containsKey("profile") ? Path.of(options.get("profile")).toAbsolutePath() : null;
    if (profile != null) {
      Files.createDirectories(profile);
    }
    boolean floors = Boolean.parseBoolean(options.getOrDefault("floors", "true"));
    String jvmOptions =
        options.getOrDefault("jvm-options", "-Xmx256m")
            + (floors ? " -Dgesprekswijzer.diagnostics.http-floor=true" : "")
            + (profile == null
                ? ""
                : " -XX:StartFlightRecording=name=load,settings=profile,filename=" + profile.resolve("service.jfr")
                    + " -XX:FlightRecorderOptions:stackdepth=128");

    List<byte[]> advice = SITUATIONS.stream().map(LoadTest::advicePost).toList();
    // --floors=false leaves out the two HTTP floors (HttpFloorController in the service): the same
    // bodies posted where the service answers a fixed answer without evaluating.
    List<byte[]> floorBytes =
        SITUATIONS.stream().map(body -> post("/api/v1/diagnostics/http-floor/bytes", body)).toList();
    List<byte[]> floorJson =
        SITUATIONS.stream().map(body -> post("/api/v1/diagnostics/http-floor/json", body)).toList();
    List<byte[]> ping = List.of(ascii("GET /api/v1/ping HTTP/1.1\r\nHost: " + HOST + "\r\n\r\n"));

    System.out.printf(
        "%d processors, load average before: %s%n",
        Runtime.getRuntime().availableProcessors(), loadAverage());
    Process[] running = new Process[1];
    // Interrupted (Ctrl-C, a timeout): the service must not outlive the test.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (running[0] != null) {
                    running[0].destroyForcibly();
                  }
                }));
    Process service = null;
    try {
      List<Long> startupMillis = new ArrayList<>();
      // The CPU time the service's JVM used up to its first answer, all its threads together: less
      // dependent than the elapsed time on what else the machine runs.
      List<Long> startupCpuMillis = new ArrayList<>();
      for (int run = 1; run <= startups; run++) {
        long launched = System.nanoTime();
        service = launch(start, jvmOptions, port, pidFile, log);
        running[0] = service;
        awaitFirstAnswer(service, port, advice.get(0));
        startupMillis.add((System.nanoTime() - launched) / 1_000_000);
        startupCpuMillis.add(
            service.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
        if (run < startups) {
          stop(service);
        }
      }
      System.out.printf("Start-up, launch to first advice (ms): %s%n", startupMillis);
      System.out.printf("Start-up, CPU time of the service to first advice (ms): %s%n", startupCpuMillis);
      if (Boolean.parseBoolean(options.getOrDefault("startup-only", "false"))) {
        return;
      }

      for (byte[] request : advice) {
        Connection connection = new Connection(port);
        int status = connection.exchange(request);
        connection.close();
        if (status != 200) {
          throw new IllegalStateException("A situation of the mix answers " + status);
        }
      }

      System.out.println("Warming up…");
      closedLoop("warm-up advice", port, advice, warmUpConnections, warmUp);
      closedLoop("warm-up ping", port, ping, warmUpConnections, Math.max(3, warmUp / 6));

      List<Result> results = new ArrayList<>();
      System.out.println("Measuring…");
      // Per number of connections: ping, the two floors (when measured), advice.
      List<Result[]> pingFloorsAdvice = new ArrayList<>();
      for (int connections : connectionCounts) {
        Result pingResult = closedLoop("GET /api/v1/ping, closed loop", port, ping, connections, seconds);
        results.add(pingResult);
        Result bytesFloor = null;
        Result jsonFloor = null;
        if (floors) {
          bytesFloor = closedLoop("POST, HTTP floor: bytes in, fixed bytes out", port, floorBytes, connections, seconds);
          jsonFloor = closedLoop("POST, HTTP floor: JSON in, fixed answer out", port, floorJson, connections, seconds);
          results.add(bytesFloor);
          results.add(jsonFloor);
        }
        long began = System.currentTimeMillis();
        Result adviceResult =
            closedLoop("POST /api/v1/advice, closed loop", port, advice, connections, seconds);
        Profile.phase(profile, "advice-" + connections, began, adviceResult);
        results.add(adviceResult);
        pingFloorsAdvice.add(new Result[] {pingResult, bytesFloor, jsonFloor, adviceResult});
      }
      // The other side of the floors: the same situations evaluated in the service's JVM without
      // HTTP, all processors busy, nothing else running (this client waits for the answer).
      double evaluationAlone = floors ? evaluationAlone(port, seconds) : Double.NaN;
      long began = System.currentTimeMillis();
      Result fixedResult =
          fixedRate("POST /api/v1/advice at " + rate + " req/s", port, advice, rate, seconds);
      Profile.phase(profile, "fixed-rate", began, fixedResult);
      Profile.dump(profile, service);
      results.add(fixedResult);
      results.add(
          closedLoop(
              "POST /api/v1/advice, overload",
              port,
              advice,
              overloadConnections,
              Math.max(5, seconds / 2)));

      String memory = peakMemory(service);
      System.out.println();
      System.out.println(
          "| phase | connections | requests | req/s | p50 ms | p99 ms | p99.9 ms | max ms | 200 |"
              + " 503 | errors |");
      System.out.println(
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (Result result : results) {
        System.out.println(result.row());
      }
      System.out.println();
      long median = startupMillis.stream().sorted().toList().get(startupMillis.size() / 2);
      System.out.printf(
          "Start-up, launch to first advice: median %d ms of %s%n", median, startupMillis);
      for (Result[] phases : pingFloorsAdvice) {
        Result pingResult = phases[0];
        Result adviceResult = phases[3];
        System.out.printf(
            "Advice throughput / ping throughput, %d connections: %.1f %% (target at least 35 %%)%n",
            adviceResult.connections, 100.0 * adviceResult.perSecond() / pingResult.perSecond());
        if (phases[1] != null) {
          // The machine's CPU per request (both cores over the throughput, load generator included)
          // above ping's: what the body and its bytes cost, what JSON adds, what the evaluation adds.
          double pingMicros = pingResult.cpuMicros();
          System.out.printf(
              "  of which, %d connections: HTTP floor with bytes %.1f %%, with JSON %.1f %% of ping;"
                  + " machine CPU per request above ping's: bytes +%.0f µs, JSON +%.0f µs,"
                  + " evaluation +%.0f µs (ping %.0f µs)%n",
              adviceResult.connections,
              100.0 * phases[1].perSecond() / pingResult.perSecond(),
              100.0 * phases[2].perSecond() / pingResult.perSecond(),
              phases[1].cpuMicros() - pingMicros,
              phases[2].cpuMicros() - phases[1].cpuMicros(),
              adviceResult.cpuMicros() - phases[2].cpuMicros(),
              pingMicros);
          // 35 % of ping's throughput is ping's CPU per request / 0.35 for the whole advice; what
          // the JSON floor takes of it leaves the evaluation's share, against the evaluation alone.
          double whole = pingMicros / 0.35;
          double allowed = whole - phases[2].cpuMicros();
          System.out.printf(
              "  35 %% of ping leaves the evaluation %.0f µs of machine CPU per request (%.0f µs for the"
                  + " whole request, the JSON floor's %.0f µs taken off); the evaluation takes %.0f µs"
                  + " here and %.0f µs alone, without HTTP: it would have to cost %.2f of what it costs"
                  + " alone%n",
              allowed,
              whole,
              phases[2].cpuMicros(),
              adviceResult.cpuMicros() - phases[2].cpuMicros(),
              evaluationAlone,
              allowed / evaluationAlone);
        }
      }
      Result fixed = results.get(results.size() - 2);
      // At a fixed rate every answer but 200 counts against the target, 503 included.
      System.out.printf(
          "p99 at %d req/s: %.2f ms, %d answers other than 200 (%d of them 503)"
              + " (target under 10 ms, 0 errors)%n",
          rate, fixed.percentile(99), fixed.errors() + fixed.refused(), fixed.refused());
      Result overload = results.get(results.size() - 1);
      System.out.printf(
          "Overload: %d of %d answered 503, p99 of the 503s %.2f ms%n",
          overload.refused(), overload.count(), overload.refusedPercentile(99));
      System.out.printf(
          "Service %s, JVM options %s, %s%n",
          service.isAlive() ? "alive" : "DEAD", jvmOptions, memory);
      System.out.printf(
          "Load average after (1, 5, 15 min; other work on the machine skews the figures): %s%n",
          loadAverage());
    } finally {
      if (service != null) {
        stop(service);
      }
    }
  }

  // --- the service ------------------------------------------------------------------------------

  /** The recording from the service's launch and the phases' windows, for Stages.java. */
  static final class Profile {

    /** The phase's window (epoch milliseconds) and the requests it answered. */
    static void phase(Path dir, String name, long beganMillis, Result result) throws IOException {
      if (dir != null) {
        Files.writeString(
            dir.resolve(name + ".requests"),
            result.count() + " " + beganMillis + " " + System.currentTimeMillis() + " " + result.name
                + ", " + result.connections + " connections" + System.lineSeparator());
      }
    }

    /**
     * Writes the recording so far to its file, with the jcmd of the JDK the service runs on (start.sh
     * may pick another JDK than the one running this test, see java.sh).
     */
    static void dump(Path dir, Process service) throws IOException, InterruptedException {
      if (dir != null) {
        jcmd(service, "JFR.dump", "name=load", "filename=" + dir.resolve("service.jfr"));
      }
    }

    private static void jcmd(Process service, String... arguments) throws IOException, InterruptedException {
      Path java =
          Path.of(
              service
                  .toHandle()
                  .info()
                  .command()
                  .or(() -> ProcessHandle.current().info().command())
                  .orElse("java"));
      List<String> command = new ArrayList<>();
      command.add(java.resolveSibling("jcmd").toString());
      command.add(Long.toString(service.pid()));
      command.addAll(List.of(arguments));
      Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(jcmd.getInputStream().readAllBytes());
      if (jcmd.waitFor() != 0) {
        throw new IllegalStateException("jcmd " + String.join(" ", arguments) + " failed: " + output);
      }
    }
  }

  /** The start script execs java, so the process started is the service's JVM itself. */
  static Process launch(Path start, String jvmOptions, int port, Path pidFile, Path log)
      throws IOException {
    List<String> command =
        List.of(start.toString(), "--server.port=" + port, "--server.address=" + HOST);
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("JAVA_OPTS", jvmOptions);
    Process process =
        builder
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Files.writeString(pidFile, Long.toString(process.pid()));
    return process;
  }

  /**
   * The machine's CPU per evaluation of the situations of the mix in the service's JVM without
   * HTTP ({@code HttpFloorController}), in µs.
   */
  static double evaluationAlone(int port, int seconds) throws IOException, InterruptedException {
    String body = "[" + String.join(",", SITUATIONS) + "]";
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://" + HOST + ":" + port + "/api/v1/diagnostics/http-floor/evaluations?seconds=" + seconds))
                    .header("X-API-Key", "gesprekswijzer-dev")
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(seconds + 60L))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher cost = Pattern.compile("\"machineCpuMicros\"\\s*:\\s*([0-9.Ee+-]+)").matcher(response.body());
    if (response.statusCode() != 200 || !cost.find()) {
      throw new IllegalStateException("The evaluation floor answered " + response.statusCode() + ": " + response.body());
    }
    System.out.printf("Evaluation alone, without HTTP (%d s): %s%n", seconds, response.body());
    return Double.parseDouble(cost.group(1));
  }

  static void awaitFirstAnswer(Process service, int port, byte[] request)
      throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new IllegalStateException("The service exited; see its log");
      }
      Connection connection = new Connection(port);
      try {
        if (connection.exchange(request) == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } finally {
        connection.close();
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("No answer from the service within 120 s");
  }

  /** SIGTERM, then SIGKILL if it has not exited after 30 s. */
  static void stop(Process service) throws InterruptedException {
    service.toHandle().destroy();
    if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      service.destroyForcibly().waitFor();
    }
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String peakMemory(Process service) {
    try {
      return Files.readAllLines(Path.of("/proc/" + service.pid() + "/status")).stream()
          .filter(line -> line.startsWith("VmHWM"))
          .map(line -> "peak resident memory " + line.substring(6).trim())
          .findFirst()
          .orElse("peak memory unknown");
    } catch (IOException e) {
      return "peak memory unknown";
    }
  }

  // --- load ---------------------------------------------------------------------------------

  /** Every connection sends its next request as soon as the previous one is answered. */
  static Result closedLoop(
      String name, int port, List<byte[]> requests, int connections, int seconds)
      throws InterruptedException {
    Result result = new Result(name, connections);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int offset = c;
      Thread thread =
          new Thread(
              () -> {
                Recorder recorder = result.recorder();
                Connection connection = new Connection(port);
                for (int i = offset; System.nanoTime() < end; i++) {
                  long start = System.nanoTime();
                  int status = connection.exchangeOrError(requests.get(i % requests.size()));
                  recorder.record(status, System.nanoTime() - start);
                }
                connection.close();
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return result.finish(System.nanoTime() - started);
  }

  /**
   * Requests due at a fixed rate, spread over enough connections that none has to wait for another;
   * latency counts from when the request was due, not from when it was sent.
   */
  static Result fixedRate(String name, int port, List<byte[]> requests, int rate, int seconds)
      throws InterruptedException {
    int connections = 64;
    Result result = new Result(name, connections);
    long total = (long) rate * seconds;
    long intervalNanos = 1_000_000_000L / rate;
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime() + 50_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      Thread thread =
          new Thread(
              () -> {
                Recorder recorder = result.recorder();
                Connection connection = new Connection(port);
                for (long i; (i = next.getAndIncrement()) < total; ) {
                  long due = start + i * intervalNanos;
                  for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                  }
                  int status =
                      connection.exchangeOrError(requests.get((int) (i % requests.size())));
                  recorder.record(status, System.nanoTime() - due);
                }
                connection.close();
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return result.finish(System.nanoTime() - start);
  }

  // --- results --------------------------------------------------------------------------------

  /** One thread's latencies, merged when the phase ends. */
  static final class Recorder {
    long[] ok = new long[1 << 14];
    int okCount;
    long[] refused = new long[1 << 10];
    int refusedCount;
    final Map<Integer, Long> statuses = new HashMap<>();

    void record(int status, long nanos) {
      statuses.merge(status, 1L, Long::sum);
      if (status == 503) {
        if (refusedCount == refused.length) {
          refused = Arrays.copyOf(refused, refusedCount * 2);
        }
        refused[refusedCount++] = nanos;
      } else {
        if (okCount == ok.length) {
          ok = Arrays.copyOf(ok, okCount * 2);
        }
        ok[okCount++] = nanos;
      }
    }
  }

  static final class Result {
    final String name;
    final int connections;
    final List<Recorder> recorders = new ArrayList<>();
    long[] latencies;
    long[] refusedLatencies;
    final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
    long elapsedNanos;

    Result(String name, int connections) {
      this.name = name;
      this.connections = connections;
    }

    synchronized Recorder recorder() {
      Recorder recorder = new Recorder();
      recorders.add(recorder);
      return recorder;
    }

    synchronized Result finish(long elapsedNanos) {
      this.elapsedNanos = elapsedNanos;
      latencies =
          recorders.stream()
              .flatMapToLong(r -> Arrays.stream(r.ok, 0, r.okCount))
              .sorted()
              .toArray();
      refusedLatencies =
          recorders.stream()
              .flatMapToLong(r -> Arrays.stream(r.refused, 0, r.refusedCount))
              .sorted()
              .toArray();
      recorders.forEach(
          r -> r.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum)));
      return this;
    }

    long count() {
      return latencies.length + refusedLatencies.length;
    }

    double perSecond() {
      return statuses.getOrDefault(200, 0L) * 1e9 / elapsedNanos;
    }

    /** The machine's CPU per answer in a closed loop that keeps every processor busy, in µs. */
    double cpuMicros() {
      return Runtime.getRuntime().availableProcessors() * 1e6 / perSecond();
    }

    long refused() {
      return statuses.getOrDefault(503, 0L);
    }

    /** Anything but 200 and 503, including connections that failed (status 0). */
    long errors() {
      return statuses.entrySet().stream()
          .filter(e -> e.getKey() != 200 && e.getKey() != 503)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    double percentile(double p) {
      return percentile(latencies, p);
    }

    double refusedPercentile(double p) {
      return percentile(refusedLatencies, p);
    }

    static double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %d | %d |",
          name,
          connections,
          count(),
          perSecond(),
          percentile(50),
          percentile(99),
          percentile(99.9),
          percentile(100),
          statuses.getOrDefault(200, 0L),
          refused(),
          errors());
    }
  }

  // --- HTTP/1.1 on a socket
  // -----------------------------------------------------------------------

  static byte[] advicePost(String json) {
    return post("/api/v1/advice", json);
  }

  static byte[] post(String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ascii(
            "POST " + path + " HTTP/1.1\r\nHost: "
                + HOST
                // The development key: the service runs on this machine with no key configured.
                + "\r\nX-API-Key: gesprekswijzer-dev"
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n");
    byte[] request = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    return request;
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** One keep-alive connection; reconnects when the server closes it. */
  static final class Connection {
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final StringBuilder line = new StringBuilder();

    Connection(int port) {
      this.port = port;
    }

    /** The status, or 0 when the connection failed. */
    int exchangeOrError(byte[] request) {
      try {
        return exchange(request);
      } catch (IOException e) {
        close();
        return 0;
      }
    }

    int exchange(byte[] request) throws IOException {
      if (socket == null) {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress(HOST, port), 10_000);
        in = new BufferedInputStream(socket.getInputStream(), 16384);
        out = socket.getOutputStream();
      }
      out.write(request);
      out.flush();
      String statusLine = readLine();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String header; !(header = readLine()).isEmpty(); ) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      if (chunked) {
        for (long size; (size = Long.parseLong(readLine().split(";")[0].trim(), 16)) > 0; ) {
          skip(size);
          readLine();
        }
        while (!readLine().isEmpty()) {
          // Trailers.
        }
      } else if (length > 0) {
        skip(length);
      }
      if (close) {
        close();
      }
      return status;
    }

    private String readLine() throws IOException {
      line.setLength(0);
      for (int b; (b = in.read()) != '\n'; ) {
        if (b < 0) {
          throw new IOException("Connection closed by the server");
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        long skipped = in.skip(n);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new IOException("Connection closed in the body");
          }
          skipped = 1;
        }
        n -= skipped;
      }
    }

    void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // Closing anyway.
        }
      }
      socket = null;
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Options are --name=value, not " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }
}
