package nl.gesprekswijzer.service.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests over real HTTP with exactly the headers a test gives, and nothing else. */
record Http(String base) {

  /** The contract's example: a carer. */
  static final String ADVICE_REQUEST =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "en",
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

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  static Http localhost(int port) {
    return new Http("http://localhost:" + port);
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  HttpResponse<String> postAdvice(String... headers) {
    return send(
        request("/api/v1/advice", headers)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(ADVICE_REQUEST)));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return request;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return JsonMapper.shared().readTree(response.body());
  }

  static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  static java.util.List<String> challenges(HttpResponse<String> response) {
    return response.headers().allValues("WWW-Authenticate");
  }
}
