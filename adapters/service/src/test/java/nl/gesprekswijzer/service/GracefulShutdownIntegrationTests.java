package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * On SIGTERM the service refuses new connections, finishes every request in flight and exits. The
 * service runs in a process of its own ({@link HeldRequestsApplication}, the real application with
 * an engine that holds requests until released), so the signal is a real one: on Linux and macOS
 * {@link ProcessHandle#destroy()} sends SIGTERM.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class GracefulShutdownIntegrationTests {

  private static final int IN_FLIGHT = 4;
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final String REQUEST =
      """
      {"referenceDate": "2026-11-23", "conversation": {"type": "WELLBEING"},
       "employee": {"weeklyHours": 36, "employedSince": "2020-01-01"}, "employer": {"size": 50}}
      """;

  private final LinkedBlockingQueue<String> output = new LinkedBlockingQueue<>();
  private Process service;

  @AfterEach
  void stopService() throws InterruptedException {
    if (service != null && service.isAlive()) {
      service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void finishesEveryRequestInFlightAndRefusesNewConnectionsOnSigterm() throws Exception {
    int port = freePort();
    service = start(port);
    awaitLine(line -> line.contains("Started "), "start-up");

    // One connection per request, so that each is a separate request in flight.
    List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
    for (int i = 0; i < IN_FLIGHT; i++) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
      inFlight.add(
          client.sendAsync(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/advice"))
                  .timeout(WAIT)
                  .header("Content-Type", "application/json")
                  .header(TestCredentials.HEADER, TestCredentials.DEVELOPMENT_KEY)
                  .POST(BodyPublishers.ofString(REQUEST))
                  .build(),
              BodyHandlers.ofString()));
    }
    for (int i = 0; i < IN_FLIGHT; i++) {
      awaitLine(line -> line.equals(HeldRequestsApplication.IN_FLIGHT), "request in flight");
    }

    // SIGTERM. Not Process.destroy(), which also closes the pipes to the process.
    service.toHandle().destroy();

    awaitLine(line -> line.contains("Commencing graceful shutdown"), "graceful shutdown");
    awaitConnectionsRefused(port);
    assertThat(inFlight).noneMatch(CompletableFuture::isDone);

    release();
    for (CompletableFuture<HttpResponse<String>> request : inFlight) {
      HttpResponse<String> response = request.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body()).contains("\"rulesetVersion\"");
    }
    assertThat(service.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("service exited").isTrue();
    awaitLine(line -> line.contains("Graceful shutdown complete"), "graceful shutdown complete");
  }

  private Process start(int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Surefire puts the real test class path here; its own java.class.path is a manifest jar.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                classPath,
                HeldRequestsApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1")
            .redirectErrorStream(true)
            .start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                  System.out.println("[service] " + line);
                  output.add(line);
                }
              } catch (IOException ended) {
                // The process is gone.
              }
            },
            "service-output");
    reader.setDaemon(true);
    reader.start();
    return process;
  }

  private void awaitLine(java.util.function.Predicate<String> wanted, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      String line = output.poll(1, TimeUnit.SECONDS);
      if (line != null && wanted.test(line)) {
        return;
      }
      if (line == null && !service.isAlive() && output.isEmpty()) {
        fail("The service exited before " + what);
      }
    }
    fail("No " + what + " within " + WAIT);
  }

  /** Tomcat closes its listening socket right after logging; retry briefly until it has. */
  private static void awaitConnectionsRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      } catch (ConnectException refused) {
        return;
      } catch (IOException other) {
        // A timeout or reset: not the refusal we wait for, try again.
      }
      Thread.sleep(100);
    }
    fail("New connections were still accepted " + WAIT + " after SIGTERM");
  }

  private void release() throws IOException {
    OutputStream stdin = service.getOutputStream();
    stdin.write("release\n".getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
