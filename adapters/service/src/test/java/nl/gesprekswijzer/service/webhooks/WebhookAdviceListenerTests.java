package nl.gesprekswijzer.service.webhooks;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.service.webhooks.WebhookReceiver.Hold;
import nl.gesprekswijzer.service.webhooks.WebhookReceiver.Received;
import nl.gesprekswijzer.service.webhooks.WebhookReceiver.Status;
import nl.gesprekswijzer.spi.AdviceEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook against a real HTTP server on loopback, with advice from the real engine and the
 * default rules: what arrives, how it is signed, how failures are retried and how the queue is
 * bounded. Waits are for the delivery thread to get somewhere, never limits on how fast it is.
 */
class WebhookAdviceListenerTests {

  static final String SECRET = "whsec-test-3f9a1c7e5b2d4f6a8c0e";
  private static final String OTHER_SECRET = "whsec-other-0a1b2c3d4e5f6a7b8c9d";

  /** A sick-leave talk whose every value is one a test can look for in what is sent. */
  static final String MARKED_SITUATION =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "en",
        "conversation": { "type": "SICK_LEAVE", "lastHeldOn": "2026-08-13" },
        "employee": { "weeklyHours": 31.37, "employedSince": "2013-04-17" },
        "employer": { "size": 9876543, "cao": "sociaal-werk" },
        "caregiving": [
          { "relation": "PARENT", "hoursPerWeek": 13.77, "since": "2026-03-19", "situation": "PALLIATIVE" }
        ],
        "sickness": { "firstSickDay": "2026-09-29", "workCapacityPercent": 37 },
        "wishes": ["TASK_ADJUSTMENT", "REMOTE_WORK"],
        "employeeRef": "%s"
      }
      """;

  /**
   * Every value of {@link #MARKED_SITUATION} but the conversation type and the employee reference
   * (which the event carries), the capacity (whose two digits could be part of any number) and the
   * reference date: the day of the talk, which the advice's deadlines and the time it was given may
   * share.
   */
  static final List<String> MARKERS =
      List.of(
          "2026-08-13", "31.37", "2013-04-17", "9876543", "sociaal-werk", "PARENT", "13.77",
          "2026-03-19", "PALLIATIVE", "2026-09-29", "TASK_ADJUSTMENT", "REMOTE_WORK");

  private static final AdvisoryEngine ENGINE = quietly(() -> RulesAdvisoryEngine.builder().build());
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeEach
  void captureLog() {
    log.start();
    logger().addAppender(log);
    // Read by the tests, not printed: the failures here are made on purpose.
    logger().setAdditive(false);
  }

  @AfterEach
  void closeEverything() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    logger().detachAppender(log);
    logger().setAdditive(true);
  }

  @Test
  void postsASignedEventThatVerifiesWithItsSecretOnly() throws Exception {
    WebhookReceiver receiver = receiver(WebhookReceiver.accepting());
    WebhookAdviceListener listener = listener(properties(receiver).build());
    AdviceEvent advice = advice("hr:emp-4711");

    listener.onAdvice(advice);
    Received hook = receiver.next();

    assertThat(hook.method()).isEqualTo("POST");
    assertThat(hook.path()).isEqualTo("/hooks/gesprekswijzer");
    assertThat(hook.header("Content-Type")).isEqualTo("application/json");
    assertThat(hook.header("User-Agent")).isEqualTo("Gesprekswijzer-Webhooks/1");
    assertThat(hook.header("Gesprekswijzer-Event-Type")).isEqualTo("advice.given");
    String signature = hook.header("Gesprekswijzer-Signature");
    assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
    long timestamp = Long.parseLong(signature.substring(2, signature.indexOf(',')));
    assertThat(signature.substring(signature.indexOf("v1=") + 3))
        .as("HMAC-SHA256 of timestamp.body, computed here without the service's code")
        .isEqualTo(hmacHex(SECRET, timestamp + "." + hook.bodyText()));
    assertThat(WebhookSignature.verify(SECRET, signature, hook.body(), Instant.now(), TOLERANCE)).isTrue();
    assertThat(WebhookSignature.verify(OTHER_SECRET, signature, hook.body(), Instant.now(), TOLERANCE)).isFalse();
    byte[] tampered = hook.bodyText().replace("hr:emp-4711", "hr:emp-4712").getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookSignature.verify(SECRET, signature, tampered, Instant.now(), TOLERANCE)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, signature, hook.body(), Instant.now().plus(Duration.ofMinutes(6)), TOLERANCE))
        .as("a replay six minutes later")
        .isFalse();

    JsonNode event = JSON.readTree(hook.body());
    AdviceResponse response = advice.response();
    assertThat(event.path("id").asString()).isEqualTo(hook.header("Gesprekswijzer-Event-Id")).hasSize(36);
    assertThat(event.path("type").asString()).isEqualTo("advice.given");
    assertThat(Instant.parse(event.path("occurredAt").asString())).isEqualTo(advice.at());
    assertThat(event.path("tenant").asString()).isEqualTo("default");
    assertThat(event.path("employeeRef").asString()).isEqualTo("hr:emp-4711");
    assertThat(event.path("conversationType").asString()).isEqualTo("SICK_LEAVE");
    assertThat(event.path("rulesetVersion").asString()).isEqualTo(response.rulesetVersion());
    assertThat(texts(event.path("topics")))
        .isNotEmpty()
        .isEqualTo(response.agenda().stream().map(AgendaItem::topic).toList());
    List<String> deadlines = new ArrayList<>();
    event.path("deadlines").forEach(d -> deadlines.add(d.path("id").asString() + " " + d.path("dueDate").asString() + " " + d.path("status").asString()));
    assertThat(deadlines)
        .hasSize(7)
        .isEqualTo(response.deadlines().stream().map(d -> d.id() + " " + d.dueDate() + " " + d.status()).toList());
    assertThat(response.deadlines()).extracting(Deadline::status).contains(Deadline.Status.PASSED);
    assertThat(event.path("followUpDate").asString()).isEqualTo(response.followUp().nextDate().toString());
  }

  @Test
  void leavesTheEmployeeReferenceOutWhenThePlatformGaveNone() {
    WebhookReceiver receiver = receiver(WebhookReceiver.accepting());
    WebhookAdviceListener listener = listener(properties(receiver).build());

    listener.onAdvice(advice(null));
    JsonNode event = JSON.readTree(receiver.next().body());

    assertThat(event.has("employeeRef")).isFalse();
    assertThat(event.path("tenant").asString()).isEqualTo("default");
  }

  @Test
  void sendsNothingOfTheSituationAndNoText() {
    WebhookReceiver receiver = receiver(WebhookReceiver.accepting());
    WebhookAdviceListener listener = listener(properties(receiver).build());
    AdviceEvent advice = advice("e-1");

    listener.onAdvice(advice);
    Received hook = receiver.next();
    JsonNode event = JSON.readTree(hook.body());

    for (String marker : MARKERS) {
      assertThat(hook.bodyText()).as("the body holds the request's %s", marker).doesNotContain(marker);
    }
    assertThat(fieldNames(event))
        .containsExactlyInAnyOrder(
            "id", "type", "occurredAt", "tenant", "employeeRef", "conversationType", "rulesetVersion",
            "topics", "deadlines", "followUpDate");
    event.path("deadlines").forEach(d -> assertThat(fieldNames(d)).containsExactlyInAnyOrder("id", "dueDate", "status"));
    AdviceResponse response = advice.response();
    List<String> texts = new ArrayList<>();
    response.agenda().forEach(item -> texts.addAll(List.of(item.title(), item.why())));
    response.deadlines().forEach(d -> texts.addAll(List.of(d.title(), d.legalBasis())));
    response.managerTips().forEach(tip -> texts.add(tip.text()));
    response.warnings().forEach(warning -> texts.add(warning.text()));
    texts.add(response.followUp().why());
    assertThat(texts).hasSizeGreaterThan(10);
    for (String text : texts) {
      assertThat(hook.bodyText()).doesNotContain(text);
    }
  }

  @Test
  void deliversOnTheThirdAttemptWhenTheReceiverFailsTwice() {
    WebhookReceiver receiver = receiver(new WebhookReceiver(n -> new Status(n <= 2 ? 500 : 204)));
    WebhookAdviceListener listener = listener(properties(receiver).firstRetryDelay(Duration.ofMillis(20)).build());

    listener.onAdvice(advice("e-3"));
    List<Received> attempts = List.of(receiver.next(), receiver.next(), receiver.next());
    WebhookDelivery delivery = listener.delivery();
    await().atMost(2, MINUTES).until(() -> delivery.delivered() == 1);

    assertThat(attempts).extracting(r -> r.header("Gesprekswijzer-Event-Id")).containsOnly(attempts.get(0).header("Gesprekswijzer-Event-Id"));
    assertThat(attempts).extracting(Received::bodyText).containsOnly(attempts.get(0).bodyText());
    for (Received attempt : attempts) {
      assertThat(WebhookSignature.verify(SECRET, attempt.header("Gesprekswijzer-Signature"), attempt.body(), Instant.now(), TOLERANCE))
          .isTrue();
    }
    assertThat(attempts.get(1).at()).isAfter(attempts.get(0).at());
    assertThat(delivery.failedAttempts()).isEqualTo(2);
    assertThat(delivery.givenUp()).isZero();
    assertThat(receiver.count()).isEqualTo(3);
    assertThat(warnings()).isEmpty();
  }

  @Test
  void neverKeepsTheAdviceWaitingForTheReceiver() {
    WebhookReceiver receiver = receiver(new WebhookReceiver(n -> new Hold()));
    WebhookAdviceListener listener = listener(properties(receiver).requestTimeout(Duration.ofMinutes(1)).build());
    WebhookDelivery delivery = listener.delivery();

    listener.onAdvice(advice("e-1"));
    receiver.next();
    // The receiver holds the first event, and will until released: whatever returns now returned
    // without waiting for it.
    listener.onAdvice(advice("e-2"));
    listener.onAdvice(advice("e-3"));

    assertThat(receiver.holding()).isEqualTo(1);
    assertThat(delivery.waiting()).isEqualTo(2);
    assertThat(delivery.delivered() + delivery.failedAttempts()).isZero();

    receiver.release();
    await().atMost(2, MINUTES).until(() -> delivery.delivered() == 3);
    assertThat(receiver.all()).extracting(r -> employeeRef(r)).containsExactly("e-1", "e-2", "e-3");
  }

  @Test
  void retriesAReceiverThatNeverAnswersThenGivesUpWithAWarning() {
    WebhookReceiver receiver = receiver(new WebhookReceiver(n -> new Hold()));
    WebhookAdviceListener listener =
        listener(
            properties(receiver)
                .requestTimeout(Duration.ofMillis(300))
                .firstRetryDelay(Duration.ofMillis(20))
                .maxAttempts(3)
                .build());
    WebhookDelivery delivery = listener.delivery();

    listener.onAdvice(advice("e-never"));
    await().atMost(2, MINUTES).until(() -> delivery.givenUp() == 1);

    assertThat(receiver.count()).isEqualTo(3);
    assertThat(receiver.all()).extracting(r -> r.header("Gesprekswijzer-Event-Id")).containsOnly(receiver.all().get(0).header("Gesprekswijzer-Event-Id"));
    assertThat(delivery.failedAttempts()).isEqualTo(3);
    assertThat(delivery.delivered()).isZero();
    String id = receiver.all().get(0).header("Gesprekswijzer-Event-Id");
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains(id, "given up after 3 attempts", "no answer within PT0.3S")
        .doesNotContain("e-never", "127.0.0.1", "hooks");
  }

  @Test
  void givesUpAtOnceWhenTheReceiverRefusesTheEvent() {
    WebhookReceiver receiver = receiver(new WebhookReceiver(n -> new Status(n == 1 ? 400 : 204)));
    WebhookAdviceListener listener = listener(properties(receiver).build());
    WebhookDelivery delivery = listener.delivery();

    listener.onAdvice(advice("e-1"));
    listener.onAdvice(advice("e-2"));
    await().atMost(2, MINUTES).until(() -> delivery.delivered() == 1);

    assertThat(receiver.all()).extracting(r -> employeeRef(r)).containsExactly("e-1", "e-2");
    assertThat(delivery.givenUp()).isEqualTo(1);
    assertThat(warnings()).singleElement().asString().contains("given up after 1 attempt,", "HTTP 400");
  }

  @Test
  void triesAgainWhenNoServerListens() {
    WebhookReceiver gone = WebhookReceiver.accepting();
    String url = gone.url();
    gone.close();
    WebhookAdviceListener listener =
        listener(properties(url).firstRetryDelay(Duration.ofMillis(10)).maxAttempts(2).build());
    WebhookDelivery delivery = listener.delivery();

    listener.onAdvice(advice("e-1"));
    await().atMost(2, MINUTES).until(() -> delivery.givenUp() == 1);

    assertThat(delivery.failedAttempts()).isEqualTo(2);
    assertThat(warnings()).singleElement().asString().contains("given up after 2 attempts", "ConnectException");
  }

  @Test
  void boundsTheQueueByDroppingTheOldestAndCountsEveryDrop() {
    WebhookReceiver receiver = receiver(new WebhookReceiver(n -> n == 1 ? new Hold() : new Status(204)));
    WebhookAdviceListener listener =
        listener(properties(receiver).queueSize(2).requestTimeout(Duration.ofMinutes(1)).build());
    WebhookDelivery delivery = listener.delivery();

    listener.onAdvice(advice("e-1"));
    receiver.next();
    for (int i = 2; i <= 10; i++) {
      listener.onAdvice(advice("e-" + i));
    }

    assertThat(delivery.waiting()).isEqualTo(2);
    assertThat(delivery.dropped()).isEqualTo(7);
    assertThat(warnings())
        .as("a WARN at the 1st, 2nd and 4th drop, not at every one")
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("Webhook queue full (2 events waiting)").doesNotContain("e-"));
    assertThat(warnings().get(2)).contains("4 dropped since the start");

    receiver.release();
    await().atMost(2, MINUTES).until(() -> delivery.delivered() == 3);
    assertThat(receiver.all()).extracting(r -> employeeRef(r)).containsExactly("e-1", "e-9", "e-10");
  }

  @Test
  void deliversWhatIsQueuedWhenTheServiceStops() throws Exception {
    WebhookReceiver receiver = receiver(new WebhookReceiver(n -> n == 1 ? new Hold() : new Status(204)));
    WebhookAdviceListener listener =
        listener(properties(receiver).requestTimeout(Duration.ofMinutes(1)).shutdownGrace(Duration.ofMinutes(1)).build());
    WebhookDelivery delivery = listener.delivery();
    listener.onAdvice(advice("e-1"));
    receiver.next();
    for (int i = 2; i <= 5; i++) {
      listener.onAdvice(advice("e-" + i));
    }

    Thread stopping = new Thread(listener::close);
    stopping.start();
    await().atMost(2, MINUTES).until(delivery::closing);
    assertThat(delivery.waiting()).isEqualTo(4);
    listener.onAdvice(advice("e-late"));
    receiver.release();
    stopping.join(MINUTES.toMillis(2));

    assertThat(stopping.isAlive()).isFalse();
    assertThat(delivery.running()).isFalse();
    assertThat(delivery.delivered()).isEqualTo(5);
    assertThat(delivery.dropped()).as("the event given while stopping").isEqualTo(1);
    assertThat(receiver.all()).extracting(r -> employeeRef(r)).containsExactly("e-1", "e-2", "e-3", "e-4", "e-5");
    assertThat(warnings()).singleElement().asString().contains("dropped: the service is stopping");
  }

  @Test
  void stopsAfterTheGracePeriodAndCountsWhatWasNotDelivered() {
    WebhookReceiver receiver = receiver(new WebhookReceiver(n -> new Hold()));
    WebhookAdviceListener listener =
        listener(
            properties(receiver)
                .requestTimeout(Duration.ofMinutes(1))
                .shutdownGrace(Duration.ofMillis(200))
                .build());
    WebhookDelivery delivery = listener.delivery();
    listener.onAdvice(advice("e-1"));
    receiver.next();
    listener.onAdvice(advice("e-2"));
    listener.onAdvice(advice("e-3"));

    listener.close();

    assertThat(delivery.running()).isFalse();
    assertThat(delivery.delivered()).isZero();
    assertThat(warnings()).singleElement().asString().contains("3 events not delivered");
  }

  @Test
  void isOffWithoutAUrl() {
    WebhookAdviceListener listener = listener(properties((String) null).secret(null).build());

    listener.onAdvice(advice("e-1"));

    assertThat(listener.delivery()).as("no queue and no thread").isNull();
  }

  @Test
  void refusesASettingThatCannotWorkNamingItWithoutItsValue() {
    assertThatThrownBy(() -> properties("https://hr.example.com/hooks?token=s3cr3t").secret(null).build())
        .hasMessageContaining("gesprekswijzer.webhooks.secret must be set")
        .hasMessageNotContaining("s3cr3t");
    assertThatThrownBy(() -> properties("https://hr.example.com/hooks").secret("too-short").build())
        .hasMessageContaining("at least 16 characters")
        .hasMessageNotContaining("too-short");
    assertThatThrownBy(() -> properties("ftp://hr.example.com/s3cr3t").build())
        .hasMessageContaining("gesprekswijzer.webhooks.url must be an absolute http or https URL")
        .hasMessageNotContaining("s3cr3t");
    assertThatThrownBy(() -> properties("hooks/s3cr3t").build()).hasMessageContaining("gesprekswijzer.webhooks.url");
    assertThatThrownBy(() -> properties("https://hr.example.com/").queueSize(0).build())
        .hasMessageContaining("gesprekswijzer.webhooks.queue-size must be at least 1");
    assertThatThrownBy(() -> properties("https://hr.example.com/").maxAttempts(0).build())
        .hasMessageContaining("gesprekswijzer.webhooks.max-attempts must be at least 1");
    assertThatThrownBy(() -> properties("https://hr.example.com/").requestTimeout(Duration.ZERO).build())
        .hasMessageContaining("gesprekswijzer.webhooks.request-timeout must be more than 0");
    assertThat(properties("https://hr.example.com/").build().toString()).doesNotContain(SECRET, "hr.example.com");
  }

  @Test
  void waitsLongerAfterEachFailureWithJitterUpToTheMaximum() {
    Duration first = Duration.ofSeconds(2);
    Duration max = Duration.ofMinutes(1);
    Random random = new Random(12);
    Set<Long> seen = new java.util.HashSet<>();
    for (int run = 0; run < 200; run++) {
      for (int failed = 1; failed <= 10; failed++) {
        long full = Math.min(max.toMillis(), first.toMillis() << (failed - 1));
        long wait = WebhookDelivery.backoff(failed, first, max, random).toMillis();
        assertThat(wait).as("after %d failures", failed).isBetween(full / 2, full);
        if (failed == 3) {
          seen.add(wait);
        }
      }
    }
    assertThat(seen).as("jitter: the waits after the third failure differ").hasSizeGreaterThan(100);
    assertThat(WebhookDelivery.backoff(1000, first, max, random)).isLessThanOrEqualTo(max);
  }

  // --- helpers -------------------------------------------------------------------------------

  private WebhookReceiver receiver(WebhookReceiver receiver) {
    toClose.add(receiver);
    return receiver;
  }

  private WebhookAdviceListener listener(WebhookProperties properties) {
    WebhookAdviceListener listener = new WebhookAdviceListener(properties, Clock.systemUTC());
    toClose.add(listener);
    return listener;
  }

  static Builder properties(WebhookReceiver receiver) {
    return properties(receiver.url());
  }

  static Builder properties(@Nullable String url) {
    return new Builder(url);
  }

  /** The listener's settings: the defaults, but a short shutdown so that no test waits on it. */
  static final class Builder {
    private final @Nullable String url;
    private @Nullable String secret = SECRET;
    private int queueSize = 1000;
    private int maxAttempts = 6;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration firstRetryDelay = Duration.ofSeconds(2);
    private Duration shutdownGrace = Duration.ofSeconds(1);

    Builder(@Nullable String url) {
      this.url = url;
    }

    Builder secret(@Nullable String secret) {
      this.secret = secret;
      return this;
    }

    Builder queueSize(int queueSize) {
      this.queueSize = queueSize;
      return this;
    }

    Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    Builder firstRetryDelay(Duration firstRetryDelay) {
      this.firstRetryDelay = firstRetryDelay;
      return this;
    }

    Builder shutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = shutdownGrace;
      return this;
    }

    WebhookProperties build() {
      return new WebhookProperties(
          url, secret, queueSize, maxAttempts, Duration.ofSeconds(5), requestTimeout, firstRetryDelay,
          Duration.ofMinutes(1), shutdownGrace);
    }
  }

  /** Real advice on the marked situation, as the service would pass it on. */
  static AdviceEvent advice(@Nullable String employeeRef) {
    String json =
        employeeRef == null
            ? MARKED_SITUATION.replace(",\n  \"employeeRef\": \"%s\"", "")
            : MARKED_SITUATION.formatted(employeeRef);
    AdviceRequest request = JSON.readValue(json, AdviceRequest.class);
    assertThat(request.employeeRef()).isEqualTo(employeeRef);
    AdviceResponse response = ENGINE.advise(request);
    return new AdviceEvent(
        AdviceEvent.DEFAULT_TENANT, request.employeeRef(), request, response, Instant.parse("2026-11-23T09:15:02.123Z"));
  }

  private static String employeeRef(Received request) {
    return JSON.readTree(request.body()).path("employeeRef").asString();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asString()));
    return texts;
  }

  private static List<String> fieldNames(JsonNode node) {
    return new ArrayList<>(node.propertyNames());
  }

  static String hmacHex(String secret, String signed) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  private List<String> warnings() {
    // The appender adds under its own lock, from the delivery thread as well.
    synchronized (log) {
      return log.list.stream()
          .filter(event -> event.getLevel() == Level.WARN)
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
    }
  }

  /**
   * Builds the engine without its start-up lines: outside a Spring context nothing configured the
   * log, so everything would print. (A Spring test's context sets the levels afresh.)
   */
  private static <T> T quietly(java.util.function.Supplier<T> build) {
    List<Logger> chatty =
        List.of("org.drools", "org.kie", "nl.gesprekswijzer.engine", "org.hibernate.validator").stream()
            .map(name -> (Logger) LoggerFactory.getLogger(name))
            .toList();
    List<@Nullable Level> levels = chatty.stream().map(Logger::getLevel).toList();
    chatty.forEach(logger -> logger.setLevel(Level.WARN));
    try {
      return build.get();
    } finally {
      for (int i = 0; i < chatty.size(); i++) {
        chatty.get(i).setLevel(levels.get(i));
      }
    }
  }

  private static Logger logger() {
    return (Logger) LoggerFactory.getLogger("nl.gesprekswijzer.service.webhooks");
  }
}
