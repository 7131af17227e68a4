package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

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
  static final String EVALUATIONS = "/api/v1/diagnostics/http-floor/evaluations";

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

  @Test
  void theEvaluationFloorEvaluatesThePostedSituationsForTheSecondsAskedAndSaysWhatOneCost() {
    ServiceClient client = new ServiceClient(port);
    String situations = "[" + ServiceClient.EXAMPLE + "," + ServiceClient.CAREER + "]";

    long started = System.nanoTime();
    HttpResponse<String> response = post(client, EVALUATIONS + "?seconds=1", situations);
    double elapsed = (System.nanoTime() - started) / 1e9;

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var cost = json(response);
    int threads = Runtime.getRuntime().availableProcessors();
    assertThat(cost.get("threads").asInt()).isEqualTo(threads);
    assertThat(cost.get("seconds").asDouble()).isBetween(1.0, elapsed);
    assertThat(cost.get("evaluations").asLong()).isPositive();
    assertThat(cost.get("perSecond").asDouble())
        .isCloseTo(cost.get("evaluations").asLong() / cost.get("seconds").asDouble(), withPercentage(0.1));
    assertThat(cost.get("machineCpuMicros").asDouble())
        .isCloseTo(threads * 1e6 / cost.get("perSecond").asDouble(), withPercentage(0.1));
    assertThat(cost.get("threadCpuMicros").asDouble()).isPositive();
  }

  @Test
  void theEvaluationFloorRefusesAnInvalidSituationAsAdviceDoesAndNamesTheField() {
    HttpResponse<String> response =
        post(new ServiceClient(port), EVALUATIONS + "?seconds=1", "[" + ServiceClient.EXAMPLE + ",{\"conversationType\": \"CAREER\"}]");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("employee");
  }

  @Test
  void theEvaluationFloorRefusesNoSituationsAndSecondsOutOfRange() {
    ServiceClient client = new ServiceClient(port);

    assertThat(post(client, EVALUATIONS, "[]").statusCode()).isEqualTo(400);
    assertThat(post(client, EVALUATIONS + "?seconds=0", "[" + ServiceClient.EXAMPLE + "]").statusCode()).isEqualTo(400);
    HttpResponse<String> tooLong = post(client, EVALUATIONS + "?seconds=61", "[" + ServiceClient.EXAMPLE + "]");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("seconds must be 1 to 60");
  }

  static HttpResponse<String> post(ServiceClient client, String path, String body) {
    return client.send(
        HttpRequest.newBuilder(client.uri(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
  }
}
