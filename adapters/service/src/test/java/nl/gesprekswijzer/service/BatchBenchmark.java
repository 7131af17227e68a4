package nl.gesprekswijzer.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gesprekswijzer.engine.fuzz.Situations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput over HTTP of {@code POST /api/v1/advice/batch} beside single {@code POST
 * /api/v1/advice} requests, in one run on one service: the same 1,000 realistic situations (every
 * conversation type, CAOs, care and sickness, three reference dates) sent as single requests from
 * one connection and from several, and as batches of 1,000 from one connection. The service runs
 * in this JVM with its defaults (concurrency limit, one batch worker per processor). A benchmark,
 * not a test:
 *
 * <pre>mvn -B -q -pl adapters/service -am -Pbatch-benchmark -DskipTests verify</pre>
 *
 * Each figure is the best of {@value #ROUNDS} rounds, after a warm-up that lets the JIT compiler
 * settle; the load of the machine (other processes) is printed with it.
 */
final class BatchBenchmark {

  private static final int SITUATIONS = 1_000;
  private static final int ROUNDS = 5;
  private static final int WARM_UP_ROUNDS = 5;
  private static final String DEV_KEY = "gesprekswijzer-dev";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    JsonMapper json =
        JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    Random random = new Random(2026);
    List<LocalDate> dates =
        List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 23), LocalDate.of(2027, 3, 29));
    List<String> situations = new ArrayList<>();
    for (int i = 0; i < SITUATIONS; i++) {
      situations.add(json.writeValueAsString(Situations.on(random, dates.get(i % dates.size()))));
    }
    String batch = "[" + String.join(",", situations) + "]";

    try (ConfigurableApplicationContext service =
        new SpringApplicationBuilder(GesprekswijzerApplication.class)
            .run("--server.port=0", "--spring.jmx.enabled=false", "--logging.level.root=warn")) {
      int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
      int processors = Runtime.getRuntime().availableProcessors();
      int connections = 2 * processors;
      System.out.printf(
          "%d situations, %d processors, load average %.2f before the run%n",
          SITUATIONS, processors, loadAverage());

      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        singles(port, situations, connections);
        batches(port, batch, 1);
      }

      double singleOne = best(() -> singles(port, situations, 1));
      double singleMany = best(() -> singles(port, situations, connections));
      double batchOne = best(() -> batches(port, batch, 1));

      System.out.println();
      System.out.println("| how | situations/s (best of " + ROUNDS + ") |");
      System.out.println("| --- | --- |");
      System.out.printf("| single requests, 1 connection | %,.0f |%n", singleOne);
      System.out.printf("| single requests, %d connections | %,.0f |%n", connections, singleMany);
      System.out.printf("| batches of %,d, 1 connection | %,.0f |%n", SITUATIONS, batchOne);
      System.out.printf("load average %.2f after the run%n", loadAverage());
    }
  }

  /** Situations per second of the best round. */
  private static double best(Round round) throws Exception {
    double best = 0;
    for (int i = 0; i < ROUNDS; i++) {
      best = Math.max(best, round.situationsPerSecond());
    }
    return best;
  }

  private interface Round {
    double situationsPerSecond() throws Exception;
  }

  /** Every situation as a single request, from {@code connections} at once. */
  private static double singles(int port, List<String> situations, int connections) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(connections);
    try {
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        running.add(
            clients.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < situations.size(); i = next.getAndIncrement()) {
                    expectOk(post(port, "/api/v1/advice", situations.get(i)));
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
      return situations.size() / seconds(start);
    } finally {
      clients.shutdown();
    }
  }

  /** {@code times} batches of every situation, one after the other. */
  private static double batches(int port, String batch, int times) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      expectOk(post(port, "/api/v1/advice/batch", batch));
    }
    return times * SITUATIONS / seconds(start);
  }

  private static HttpResponse<String> post(int port, String path, String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("X-API-Key", DEV_KEY)
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  private static void expectOk(HttpResponse<String> response) {
    if (response.statusCode() != 200 || response.body().contains("\"problem\"")) {
      throw new IllegalStateException(
          "Status " + response.statusCode() + ": " + response.body().substring(0, Math.min(500, response.body().length())));
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
