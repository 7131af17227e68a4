package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.service.TestCredentials;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the service over real HTTP, as an HR platform would: with an API key in {@code
 * X-API-Key}, the development key unless another is given ({@code null} for none).
 */
record ServiceClient(int port, @Nullable String apiKey) {

  /** The contract's example request without {@code employer.cao} and {@code sickness}. */
  static final String EXAMPLE =
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

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  ServiceClient(int port) {
    this(port, TestCredentials.DEVELOPMENT_KEY);
  }

  /** The example with one piece of text replaced; fails if the example does not contain it. */
  static String exampleWith(String original, String replacement) {
    assertThat(EXAMPLE).as("the example request").contains(original);
    return EXAMPLE.replace(original, replacement);
  }

  HttpResponse<String> postAdvice(String body) {
    return postAdvice("application/json", body);
  }

  HttpResponse<String> postAdvice(String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/advice"))
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body)));
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    if (apiKey != null) {
      request.setHeader(TestCredentials.HEADER, apiKey);
    }
    try {
      return CLIENT.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The {@code field} of every entry of a problem document's {@code errors}. */
  static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    json(response).path("errors").forEach(error -> fields.add(error.path("field").asString()));
    return fields;
  }
}
