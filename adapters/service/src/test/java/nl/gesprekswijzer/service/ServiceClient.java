package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running service over real HTTP, as an HR platform, an operator or a browser would:
 * with an API key in {@code X-API-Key} (the development key unless another is given; {@code null}
 * for none) and the extra headers {@link #withHeaders} gives, and nothing else. The tests' named
 * example requests are here too.
 */
public final class ServiceClient {

  /** The contract's example request without {@code employer.cao} and {@code sickness}: a carer. */
  public static final String EXAMPLE =
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

  /** {@link #EXAMPLE} with {@code "language": "en"}. */
  public static final String EXAMPLE_IN_ENGLISH =
      EXAMPLE.replace("\"language\": \"nl\"", "\"language\": \"en\"");

  /** A career talk: the answer's follow-up interval is the parameter the tests change. */
  public static final String CAREER =
      """
      {
        "referenceDate": "2026-11-23",
        "conversation": { "type": "CAREER" },
        "employee": { "weeklyHours": 36, "employedSince": "2021-03-01" },
        "employer": { "size": 240 }
      }
      """;

  /** Generous, so that a loaded build machine never makes a test fail on time alone. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final @Nullable String apiKey;
  private final List<String> headers;

  /** The service on this machine's {@code port}, called with the development key. */
  public ServiceClient(int port) {
    this(port, TestCredentials.DEVELOPMENT_KEY);
  }

  /** The service on this machine's {@code port}, called with {@code apiKey}; {@code null}: none. */
  public ServiceClient(int port, @Nullable String apiKey) {
    this("http://localhost:" + port, apiKey, List.of());
  }

  private ServiceClient(String base, @Nullable String apiKey, List<String> headers) {
    this.base = base;
    this.apiKey = apiKey;
    this.headers = List.copyOf(headers);
  }

  /** The service at another address, such as {@code http://192.0.2.1:8080}, with {@code apiKey}. */
  public static ServiceClient at(String base, @Nullable String apiKey) {
    return new ServiceClient(base, apiKey, List.of());
  }

  /** The same calls with another API key; {@code null}: none. */
  public ServiceClient withKey(@Nullable String otherKey) {
    return new ServiceClient(base, otherKey, headers);
  }

  /** The same calls with these headers too, given as name, value, name, value... */
  public ServiceClient withHeaders(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("a value for every header name: " + List.of(namesAndValues));
    }
    List<String> more = new ArrayList<>(headers);
    more.addAll(List.of(namesAndValues));
    return new ServiceClient(base, apiKey, more);
  }

  /** {@code POST /api/v1/advice} of a JSON body. */
  public HttpResponse<String> postAdvice(String body) {
    return postAdvice("application/json", body);
  }

  public HttpResponse<String> postAdvice(String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/advice"))
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET());
  }

  /** Sends a request with the extra headers and the key; an error of the connection fails. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    if (!headers.isEmpty()) {
      request.headers(headers.toArray(String[]::new));
    }
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

  /** The advice as JSON; fails unless the service answered 200. */
  public JsonNode advice(String body) {
    HttpResponse<String> response = postAdvice(body);
    if (response.statusCode() != 200) {
      throw new AssertionError("advice answered " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  /** {@code GET /api/v1/rules/status}; fails unless the service answered 200 with JSON. */
  public JsonNode status() {
    HttpResponse<String> response = get("/api/v1/rules/status");
    if (response.statusCode() != 200 || !contentType(response).startsWith("application/json")) {
      throw new AssertionError("status answered " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  /** {@link #EXAMPLE} with one piece of text replaced; fails if the example does not contain it. */
  public static String exampleWith(String original, String replacement) {
    assertThat(EXAMPLE).as("the example request").contains(original);
    return EXAMPLE.replace(original, replacement);
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  public static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The {@code field} of every entry of a problem document's {@code errors}. */
  public static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    json(response).path("errors").forEach(error -> fields.add(error.path("field").asString()));
    return fields;
  }

  /** The {@code WWW-Authenticate} challenges of an answer. */
  public static List<String> challenges(HttpResponse<String> response) {
    return response.headers().allValues("WWW-Authenticate");
  }
}
