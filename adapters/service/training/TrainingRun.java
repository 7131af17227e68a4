import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The build's training run (train.sh starts it, run as source by the JDK): starts the service
 * with the command it is given, which writes the start-up cache when the JVM exits, and makes it do
 * what a start does before its first answers: the rule set loaded, Tomcat, security, Jackson and
 * the engine used for every kind of conversation, in both languages, a refused request included.
 * Then it stops the service with SIGTERM (the JVM writes its cache on the way out) and checks that
 * the service exited.
 *
 * <p>Arguments: the number of rounds through the situations, then the service's command line; the
 * port is added here. With 0 rounds the command is only run to its end (for a service told to exit
 * once its context is refreshed: -Dspring.context.exit=onRefresh).
 */
public class TrainingRun {

  static final String KEY = "gesprekswijzer-dev";

  /** One situation of each conversation type in each language, as the load test sends them. */
  static final List<String> SITUATIONS =
      List.of(
          """
          {"referenceDate":"2026-11-23","language":"nl",
           "conversation":{"type":"CARE_BALANCE","lastHeldOn":"2026-08-10"},
           "employee":{"weeklyHours":32,"employedSince":"2019-04-01"},"employer":{"size":240},
           "caregiving":[{"relation":"CHILD","childAge":6,"hoursPerWeek":14,"since":"2026-03-01",
             "situation":"SERIOUS_ILLNESS"}],"wishes":["FLEXIBLE_TIMES","FEWER_HOURS"]}""",
          """
          {"referenceDate":"2026-11-23","language":"en","detail":"FULL",
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
          {"referenceDate":"2026-11-23","language":"en",
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

  /** Refused with 400: the problem+json path is part of a start too. */
  static final String INVALID =
      """
      {"referenceDate":"2026-02-30","language":"nl","conversation":{"type":"CAREER"},
       "employee":{"weeklyHours":-1}}""";

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("Arguments: rounds, then the service's command line");
    }
    int rounds = Integer.parseInt(args[0]);
    List<String> command = new ArrayList<>(List.of(args).subList(1, args.length));
    long started = System.nanoTime();
    if (rounds == 0) {
      Process service = new ProcessBuilder(command).inheritIO().start();
      int exit = service.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("The training run exited with " + exit);
      }
      System.out.printf("Training run: context refreshed and exited, %d ms%n", millisSince(started));
      return;
    }

    int port = freePort();
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    Process service = new ProcessBuilder(command).inheritIO().start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::destroyForcibly));
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String base = "http://127.0.0.1:" + port;
      awaitPing(client, base, service);
      long ready = System.nanoTime();
      int answers = 0;
      for (int round = 0; round < rounds; round++) {
        for (String situation : SITUATIONS) {
          expect(200, post(client, base, situation));
          answers++;
        }
        expect(400, post(client, base, INVALID));
        expect(200, get(client, base + "/api/v1/ping"));
        answers += 2;
      }
      long answered = System.nanoTime();
      service.destroy(); // SIGTERM: the JVM writes its cache as it exits
      if (!service.waitFor(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("The training run did not exit within 10 minutes of SIGTERM");
      }
      int exit = service.exitValue();
      if (exit != 0 && exit != 143) {
        throw new IllegalStateException("The training run exited with " + exit);
      }
      System.out.printf(
          "Training run: ready in %d ms, %d answers in %d ms, exit and cache %d ms%n",
          (ready - started) / 1_000_000,
          answers,
          (answered - ready) / 1_000_000,
          millisSince(answered));
    } finally {
      service.destroyForcibly();
    }
  }

  static void awaitPing(HttpClient client, String base, Process service) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (true) {
      if (!service.isAlive()) {
        throw new IllegalStateException("The training run exited with " + service.exitValue());
      }
      try {
        if (get(client, base + "/api/v1/ping") == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        if (System.nanoTime() > deadline) {
          throw notListeningYet;
        }
      }
      Thread.sleep(50);
    }
  }

  static int post(HttpClient client, String base, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/advice"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("X-API-Key", KEY)
            .POST(BodyPublishers.ofString(body))
            .build();
    return client.send(request, BodyHandlers.discarding()).statusCode();
  }

  static int get(HttpClient client, String uri) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).GET().build();
    return client.send(request, BodyHandlers.discarding()).statusCode();
  }

  static void expect(int expected, int status) {
    if (status != expected) {
      throw new IllegalStateException("The training run answered " + status + ", not " + expected);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
