package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.service.ServiceClient;
import nl.gesprekswijzer.service.TestCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service as the README starts it: {@code adapters/service/start.sh} on what the build left in
 * {@code target/app}. Runs after packaging (Failsafe, in {@code mvn verify}), so it proves the
 * shipped form: the ahead-of-time context starts, the rule base is the precompiled one, the
 * training run's start-up cache is used (the ahead-of-time cache on JDK 25 or later, the class data
 * sharing archive on 17: the service's classes come from the "shared objects file" either way),
 * and the contract's example gets its advice.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PackagedServiceIntegrationTests {

  /** Failsafe runs in the module's folder, where the script is. */
  private static final Path START = Path.of("start.sh").toAbsolutePath();

  private Process service;

  @AfterEach
  void stop() throws InterruptedException {
    if (service != null && service.isAlive()) {
      service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void startsFromTheStartScriptWithEverythingPreparedAtBuildAndAnswers() throws Exception {
    int port = freePort();
    Path log = Files.createTempFile("packaged-service", ".log");
    Path classLoading = Files.createTempFile("packaged-service-classes", ".log");
    // A name only: the JVM would keep a file already there as .log.0, which nothing deletes.
    Files.delete(classLoading);
    ProcessBuilder builder =
        new ProcessBuilder(START.toString(), "--server.port=" + port, "--server.address=127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .put("JAVA_OPTS", "-Xmx256m -Xlog:class+load=info:file=" + classLoading);
    long launched = System.nanoTime();
    service = builder.start();

    HttpResponse<String> answer = firstAnswer(port);
    long millis = (System.nanoTime() - launched) / 1_000_000;
    System.out.printf("Packaged service: launch to first answer %d ms%n", millis);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"SHORT_TERM_CARE_LEAVE\"", "\"maxHours\":64", "\"nextDate\"");
    String output = Files.readString(log);
    assertThat(output)
        .contains("Starting AOT-processed GesprekswijzerApplication")
        .contains("rule base precompiled at build")
        .doesNotContain("Unable to use shared archive")
        .doesNotContain("compiling the DRL")
        .doesNotContain("[error][aot]");
    assertThat(Files.readString(classLoading))
        .as("the application's classes come from the training run's cache")
        .contains("nl.gesprekswijzer.service.GesprekswijzerApplication source: shared objects file");

    service.toHandle().destroy(); // SIGTERM
    assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("exited on SIGTERM").isTrue();
    Files.deleteIfExists(log);
    Files.deleteIfExists(classLoading);
  }

  private HttpResponse<String> firstAnswer(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/advice"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(TestCredentials.HEADER, TestCredentials.DEVELOPMENT_KEY)
            .POST(BodyPublishers.ofString(ServiceClient.EXAMPLE))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (true) {
      assertThat(service.isAlive()).as("the service is running").isTrue();
      try {
        return client.send(request, BodyHandlers.ofString());
      } catch (IOException notListeningYet) {
        if (System.nanoTime() > deadline) {
          throw notListeningYet;
        }
        Thread.sleep(20);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
