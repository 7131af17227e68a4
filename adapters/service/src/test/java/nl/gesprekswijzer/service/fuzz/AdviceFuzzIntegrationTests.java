package nl.gesprekswijzer.service.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import nl.gesprekswijzer.engine.fuzz.AdviceInvariants;
import nl.gesprekswijzer.engine.fuzz.FuzzSettings;
import nl.gesprekswijzer.service.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property-based fuzzing of {@code POST /api/v1/advice} over real HTTP: whatever the body, the
 * answer is never a 5xx; a refusal is a problem document naming fields; an advice keeps the
 * invariants. Seeded, so every build sends the same bodies and a failure names the case to replay;
 * {@code -Dfuzz.tries} and {@code -Dfuzz.seed} run a longer or another campaign (see FUZZING.md).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdviceFuzzIntegrationTests {

  /** The body size above which the service may refuse with 413 (or drop the connection). */
  private static final int LIMIT = 64 * 1024;

  private static final int MAX_REPORTED = 10;

  // HTTP/1.1 as platforms send it; the default HTTP/2 upgrade attempt would be on every request.
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private final Map<Integer, Integer> statuses = new TreeMap<>();

  private final FuzzSettings settings = FuzzSettings.of(1_000);

  @Test
  void neverFailsOnRandomDocuments() {
    assertThat(fuzz(RandomDocuments::next, false)).as("failures with " + settings).isEmpty();
  }

  @Test
  void refusesOrAdvisesMutatedRequestsCorrectly() {
    assertThat(fuzz(MutatedRequests::next, false)).as("failures with " + settings).isEmpty();
  }

  @Test
  void advisesEveryValidSituationWithinTheInvariants() {
    assertThat(fuzz(MutatedRequests::valid, true)).as("failures with " + settings).isEmpty();
  }

  /** Sends a body per try and collects what is wrong with each answer, naming the case. */
  private List<String> fuzz(Function<Random, byte[]> bodies, boolean valid) {
    List<String> failures = new ArrayList<>();
    statuses.clear();
    for (int i = 0; i < settings.tries() && failures.size() < MAX_REPORTED; i++) {
      byte[] body = bodies.apply(settings.random(i));
      for (String failure : check(body, valid)) {
        failures.add("case " + i + ": " + failure + "\n    body: " + excerpt(body));
      }
    }
    // How the answers were spread (0: connection closed), so that a campaign shows it reached the
    // engine, not only the parser.
    System.out.println("fuzz " + settings + ": answers by status " + statuses);
    return failures;
  }

  private List<String> check(byte[] body, boolean valid) {
    HttpResponse<String> response;
    try {
      response = post(body);
    } catch (IOException e) {
      // A server may close the connection on a body over its limit instead of reading it all.
      statuses.merge(0, 1, Integer::sum);
      return body.length > LIMIT ? List.of() : List.of("no answer: " + e);
    }
    int status = response.statusCode();
    statuses.merge(status, 1, Integer::sum);
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (status >= 500 || valid && status != 200) {
      return List.of("status " + status + ": " + excerpt(response.body().getBytes(StandardCharsets.UTF_8)));
    }
    if (status == 200) {
      return AdviceInvariants.check(JSON.readTree(response.body()));
    }
    if (!type.startsWith("application/problem+json")) {
      return List.of("status " + status + " with content type " + type);
    }
    if (status == 413 && body.length > LIMIT) {
      return List.of();
    }
    JsonNode errors = JSON.readTree(response.body()).path("errors");
    List<String> failures = new ArrayList<>();
    if (errors.isEmpty()) {
      failures.add("status " + status + " names no field: " + response.body());
    }
    errors.forEach(error -> {
      if (error.path("field").asString("").isBlank()) {
        failures.add("status " + status + " has an error without a field: " + response.body());
      }
    });
    return failures;
  }

  private HttpResponse<String> post(byte[] body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advice"))
            .header("Content-Type", "application/json")
            .header(TestCredentials.HEADER, TestCredentials.DEVELOPMENT_KEY)
            .POST(BodyPublishers.ofByteArray(body))
            .build();
    try {
      return CLIENT.send(request, BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text;
  }
}
