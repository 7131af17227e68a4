package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load test's HTTP floors, switched on as the load test does: whatever situation is posted,
 * both answer the advice for the contract's example, the one as the bytes Jackson wrote once, the
 * other written again; off they answer 404 ({@link AdviceEndpointIntegrationTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = HttpFloorController.ENABLED + "=true")
class HttpFloorIntegrationTests {

  static final String BYTES = "/api/v1/diagnostics/http-floor/bytes";
  static final String JSON = "/api/v1/diagnostics/http-floor/json";

  @LocalServerPort int port;

  @Test
  void bothFloorsAnswerTheContractExamplesAdviceWhateverIsPosted() {
    ServiceClient client = new ServiceClient(port);
    String other = ServiceClient.CAREER;

    HttpResponse<String> bytes = post(client, BYTES, other);
    HttpResponse<String> parsed = post(client, JSON, other);

    assertThat(bytes.statusCode()).as(bytes.body()).isEqualTo(200);
    assertThat(parsed.statusCode()).as(parsed.body()).isEqualTo(200);
    assertThat(ServiceClient.contentType(bytes)).startsWith("application/json");
    assertThat(json(bytes)).isEqualTo(json(parsed)).isEqualTo(client.advice(ApiExamples.ADVICE_REQUEST));
  }

  @Test
  void theJsonFloorReadsTheBodyAsAnAdviceRequest() {
    HttpResponse<String> response = post(new ServiceClient(port), JSON, "{\"employee\": 7}");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void theFloorsNeedACredentialLikeAdvice() {
    assertThat(post(new ServiceClient(port, null), BYTES, ServiceClient.EXAMPLE).statusCode()).isEqualTo(401);
  }

  static HttpResponse<String> post(ServiceClient client, String path, String body) {
    return client.send(
        HttpRequest.newBuilder(client.uri(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }
}
