package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without configured origins the service sends no CORS header: no other site's page may read it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NoCorsByDefaultIntegrationTests {

  @LocalServerPort int port;

  @Test
  void sendsNoCorsHeadersToAPreflightOrAnAnswer() {
    ServiceClient client = new ServiceClient(port);

    HttpResponse<String> preflight =
        CorsIntegrationTests.preflight(client, CorsIntegrationTests.ALLOWED, "POST", "content-type");
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/v1/advice"))
                .header("Origin", CorsIntegrationTests.ALLOWED)
                .header("X-API-Key", ApiCalls.DEV_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ServiceClient.EXAMPLE)));

    assertThat(preflight.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
  }
}
