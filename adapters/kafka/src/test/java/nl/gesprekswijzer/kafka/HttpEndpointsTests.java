package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.engine.publish.RuleSetStatus;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/** {@code /health} follows Kafka Streams' state; {@code /metrics} is Prometheus' text. */
class HttpEndpointsTests {

  private static final RuleSetStatus RULES =
      new RuleSetStatus("gesprekswijzer-default", "1.2.0+abc", "1.2.0", "abc", "the rules jar",
          Instant.parse("2026-11-23T09:00:00Z"), false, null);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void isUpWhileRunningOrRebalancingAndDownOtherwise() throws Exception {
    AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (HttpEndpoints endpoints = new HttpEndpoints(0, state::get, () -> RULES, registry)) {
      for (KafkaStreams.State each : KafkaStreams.State.values()) {
        state.set(each);
        HttpResponse<String> health = get(endpoints, "/health", "GET");
        boolean up = each == KafkaStreams.State.RUNNING || each == KafkaStreams.State.REBALANCING;
        assertThat(health.statusCode()).as(each.name()).isEqualTo(up ? 200 : 503);
        assertThat(health.body())
            .startsWith("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"streams\":\"" + each + "\"")
            .contains("\"rulesetVersion\":\"1.2.0+abc\"", "\"source\":\"the rules jar\"");
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
      }
    }
  }

  @Test
  void servesTheMetricsAndRefusesOtherMethodsAndPaths() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new AdviceMetrics(registry).handled(ConversationType.CAREER, AdviceMetrics.Outcome.OK, 2_000_000);
    try (HttpEndpoints endpoints = new HttpEndpoints(0, () -> KafkaStreams.State.RUNNING, () -> RULES, registry)) {
      HttpResponse<String> metrics = get(endpoints, "/metrics", "GET");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("gesprekswijzer_advice_seconds_count{outcome=\"ok\",type=\"CAREER\"} 1");
      assertThat(get(endpoints, "/metrics", "POST").statusCode()).isEqualTo(405);
      assertThat(get(endpoints, "/health", "HEAD").statusCode()).isEqualTo(200);
      assertThat(get(endpoints, "/healthz", "GET").statusCode()).isEqualTo(404);
      assertThat(get(endpoints, "/", "GET").statusCode()).isEqualTo(404);
    }
  }

  private HttpResponse<String> get(HttpEndpoints endpoints, String path, String method) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + endpoints.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
