package nl.gesprekswijzer.service.webhooks;

import static java.util.concurrent.TimeUnit.MINUTES;
import static nl.gesprekswijzer.service.webhooks.WebhookAdviceListenerTests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.service.webhooks.WebhookReceiver.Hold;
import nl.gesprekswijzer.service.webhooks.WebhookReceiver.Received;
import nl.gesprekswijzer.service.webhooks.WebhookReceiver.Status;
import nl.gesprekswijzer.spi.AdviceListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook through the real service: an HR platform asks for advice over HTTP and its receiver,
 * a real HTTP server, gets the signed event. A second listener bean that always throws shows that a
 * failing listener changes neither the answer nor the webhook.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WebhookIntegrationTests {

  private static final WebhookReceiver RECEIVER = WebhookReceiver.accepting();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** The contract's example, with the platform's reference of the employee. */
  private static final String SITUATION =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "nl",
        "conversation": { "type": "CARE_BALANCE", "lastHeldOn": "2026-08-10" },
        "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
        "employer": { "size": 240, "cao": "sociaal-werk" },
        "caregiving": [
          { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
            "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
        ],
        "sickness": { "firstSickDay": "2026-10-05", "workCapacityPercent": 50 },
        "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"],
        "employeeRef": "%s"
      }
      """;

  @DynamicPropertySource
  static void webhooks(DynamicPropertyRegistry registry) {
    registry.add("gesprekswijzer.webhooks.url", RECEIVER::url);
    registry.add("gesprekswijzer.webhooks.secret", () -> SECRET);
    registry.add("gesprekswijzer.webhooks.request-timeout", () -> "1m");
    // The context outlives this class (the test context cache) and the receiver does not.
    registry.add("gesprekswijzer.webhooks.shutdown-grace", () -> "1s");
  }

  @TestConfiguration
  static class AFailingListener {
    @Bean
    AdviceListener failingListener() {
      return event -> {
        throw new IllegalStateException("LISTENER-MARKER " + event.employeeRef());
      };
    }
  }

  @LocalServerPort int port;

  @Autowired WebhookAdviceListener listener;

  @Autowired MeterRegistry meters;

  @AfterEach
  void answerAtOnceAgain() {
    RECEIVER.answer(n -> new Status(204));
  }

  @AfterAll
  static void stopReceiver() {
    RECEIVER.close();
  }

  @Test
  void postsASignedWebhookWithTheEmployeeRefAfterTheAdvice(CapturedOutput output) {
    HttpResponse<String> answer = postAdvice(SITUATION.formatted("platform-ref-7f3a9"));
    Received hook = RECEIVER.next();

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode advice = JSON.readTree(answer.body());
    assertThat(WebhookSignature.verify(SECRET, hook.header(WebhookSignature.HEADER), hook.body(), Instant.now(), TOLERANCE))
        .isTrue();
    JsonNode event = JSON.readTree(hook.body());
    assertThat(event.path("type").asString()).isEqualTo("advice.given");
    assertThat(event.path("employeeRef").asString()).isEqualTo("platform-ref-7f3a9");
    assertThat(event.path("tenant").asString()).isEqualTo("default");
    assertThat(event.path("conversationType").asString()).isEqualTo("CARE_BALANCE");
    assertThat(event.path("rulesetVersion").asString()).isEqualTo(advice.path("rulesetVersion").asString());
    assertThat(values(event.path("topics"), "")).isNotEmpty().isEqualTo(values(advice.path("agenda"), "topic"));
    assertThat(values(event.path("deadlines"), "dueDate")).hasSize(7).isEqualTo(values(advice.path("deadlines"), "dueDate"));
    assertThat(event.path("followUpDate").asString()).isEqualTo(advice.path("followUp").path("nextDate").asString());
    assertThat(hook.bodyText()).doesNotContain("sociaal-werk", "SERIOUS_ILLNESS", "2026-10-05", "FEWER_HOURS");

    assertThat(output.getAll())
        .as("the failing listener is logged by class, without its message")
        .contains("Advice listener", "java.lang.IllegalStateException", "the advice was answered as usual")
        .doesNotContain("LISTENER-MARKER", "platform-ref-7f3a9");
  }

  @Test
  void answersTheAdviceWhileTheReceiverHoldsTheWebhook() {
    WebhookDelivery delivery = listener.delivery();
    long delivered = delivery.delivered();
    RECEIVER.answer(n -> new Hold());

    HttpResponse<String> first = postAdvice(SITUATION.formatted("held-1"));
    Received held = RECEIVER.next();
    // The receiver holds the first event until it is released: these answers did not wait for it.
    HttpResponse<String> second = postAdvice(SITUATION.formatted("held-2"));
    HttpResponse<String> third = postAdvice(SITUATION.formatted("held-3"));

    assertThat(List.of(first.statusCode(), second.statusCode(), third.statusCode())).containsOnly(200);
    assertThat(JSON.readTree(held.body()).path("employeeRef").asString()).isEqualTo("held-1");
    assertThat(RECEIVER.holding()).isEqualTo(1);
    assertThat(delivery.delivered()).isEqualTo(delivered);
    assertThat(delivery.waiting()).isEqualTo(2);

    RECEIVER.release();
    assertThat(JSON.readTree(RECEIVER.next().body()).path("employeeRef").asString()).isEqualTo("held-2");
    assertThat(JSON.readTree(RECEIVER.next().body()).path("employeeRef").asString()).isEqualTo("held-3");
    await().atMost(2, MINUTES).until(() -> delivery.delivered() == delivered + 3);
    assertThat(meters.get("gesprekswijzer.webhooks.events").tag("outcome", "delivered").functionCounter().count())
        .isEqualTo(delivery.delivered());
    assertThat(meters.get("gesprekswijzer.webhooks.waiting").gauge().value()).isZero();
  }

  @Test
  void refusesAnEmployeeRefThatIsNotAnOpaqueIdAndSendsNoEventForIt(CapturedOutput output) {
    HttpResponse<String> refused = postAdvice(SITUATION.formatted("Jan Jansen"));
    HttpResponse<String> accepted = postAdvice(SITUATION.formatted("after-the-refusal"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(values(problem.path("errors"), "field")).containsExactly("employeeRef");
    assertThat(refused.body()).contains("must be 1 to 64 characters").doesNotContain("Jan Jansen");
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(RECEIVER.next().body()).path("employeeRef").asString())
        .as("events arrive in order, so the refused request made none")
        .isEqualTo("after-the-refusal");
    assertThat(output.getAll()).doesNotContain("Jan Jansen");
  }

  private HttpResponse<String> postAdvice(String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advice"))
            .header("Content-Type", "application/json")
            .header("X-API-Key", "gesprekswijzer-dev")
            .POST(BodyPublishers.ofString(body))
            .build();
    try {
      return CLIENT.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Each element's {@code field}, or each element itself for an empty name. */
  private static List<String> values(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add((field.isEmpty() ? node : node.path(field)).asString()));
    return values;
  }
}
