package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browsers on the configured origins may call the API; browsers elsewhere get no CORS headers. */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties =
        "gesprekswijzer.cors.allowed-origins=https://hr.example.com, https://portal.example.nl")
class CorsIntegrationTests {

  static final String ALLOWED = "https://hr.example.com";

  @LocalServerPort int port;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  /** A browser's preflight carries no credential: it must be answered without one. */
  @Test
  void answersAPreflightFromAConfiguredOrigin() {
    HttpResponse<String> preflight = preflight(client, ALLOWED, "POST", "content-type,x-api-key,accept-language");

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
        .contains("POST");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
        .contains("content-type", "x-api-key", "accept-language");
    assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
  }

  @Test
  void letsTheConfiguredOriginReadTheAnswer() {
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/v1/advice"))
                .header("Origin", "https://portal.example.nl")
                .header("X-API-Key", ApiCalls.DEV_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ServiceClient.EXAMPLE)));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("https://portal.example.nl");
    assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
        .contains("Retry-After");
  }

  @Test
  void refusesAPreflightFromAnotherOrigin() {
    HttpResponse<String> preflight = preflight(client, "https://evil.example.org", "POST", "content-type");

    assertThat(preflight.statusCode()).isEqualTo(403);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  static HttpResponse<String> preflight(ServiceClient client, String origin, String method, String headers) {
    return client.send(
        HttpRequest.newBuilder(client.uri("/api/v1/advice"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .header("Access-Control-Request-Headers", headers)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }
}
