package nl.gesprekswijzer.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running service over real HTTP, as an HR platform and an operator would, with an API
 * key: the development key unless {@link #withKey} gives another.
 */
record ServiceCalls(int port, HttpClient client, String key) {

  /** A career talk: the answer's follow-up interval is the parameter the tests change. */
  static final String CAREER =
      """
      {
        "referenceDate": "2026-11-23",
        "conversation": { "type": "CAREER" },
        "employee": { "weeklyHours": 36, "employedSince": "2021-03-01" },
        "employer": { "size": 240 }
      }
      """;

  /** The contract's example: a carer. */
  static final String CARE =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "nl",
        "conversation": { "type": "CARE_BALANCE", "lastHeldOn": "2026-08-10" },
        "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
        "employer": { "size": 240 },
        "caregiving": [
          { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
            "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
        ],
        "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
      }
      """;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  ServiceCalls(int port) {
    this(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), TestCredentials.DEVELOPMENT_KEY);
  }

  /** The same calls with another API key. */
  ServiceCalls withKey(String otherKey) {
    return new ServiceCalls(port, client, otherKey);
  }

  HttpResponse<String> advise(String body) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri("/api/v1/advice"))
            .header("Content-Type", "application/json")
            .header(TestCredentials.HEADER, key)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The advice as JSON; fails unless the service answered 200. */
  JsonNode advice(String body) {
    try {
      HttpResponse<String> response = advise(body);
      if (response.statusCode() != 200) {
        throw new AssertionError("advice answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** {@code GET} of a path, with the key. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header(TestCredentials.HEADER, key)
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** {@code GET /api/v1/rules/status}; fails unless the service answered 200 with JSON. */
  JsonNode status() {
    try {
      HttpResponse<String> response = get("/api/v1/rules/status");
      if (response.statusCode() != 200
          || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
        throw new AssertionError("status answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
