package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Against a real single-node KRaft broker started in this JVM: exactly-once processing over four
 * partitions, the application with its health and metrics, and the deadline watch across a restart
 * of the Streams instance on an empty state directory, restored from the changelog.
 */
class KafkaIntegrationTests {

  private static final Duration WITHIN = Duration.ofSeconds(60);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static LocalKafka kafka;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startBroker() throws Exception {
    kafka = LocalKafka.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void advisesEachEmployeesSituationsInOrderExactlyOnceWithHealthAndMetrics() throws Exception {
    Topics topics = new Topics("app.situations", "app.advice", "app.deadlines", "app.dead-letters");
    Application.Config config =
        new Application.Config(
            kafka.bootstrapServers(),
            "app-test",
            new Settings(topics, AdviceForm.DATALESS, 14, Duration.ofSeconds(1)),
            null,
            false,
            Duration.ofMillis(500),
            TestDirectories.create("app-state"),
            2,
            0,
            4,
            Map.of());
    try (Application application = Application.start(config, Clock.systemUTC())) {
      awaitHealth(application, 200);

      List<String> employees = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        employees.add("e" + i);
      }
      try (KafkaProducer<String, byte[]> producer = kafka.producer()) {
        for (int week = 0; week < 5; week++) {
          for (String employee : employees) {
            producer.send(new ProducerRecord<>(topics.situations(), Situations.key(employee),
                Situations.bytes(Situations.wellbeing(employee, TODAY.plusWeeks(week)))));
          }
        }
        producer.send(new ProducerRecord<>(topics.situations(), "acme/x",
            Situations.bytes(Situations.career("x", TODAY).replace("\"language\"", "\"diagnosis\": \"burn-out\", \"language\""))));
      }

      List<ConsumerRecord<String, byte[]>> advice;
      try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topics.advice())) {
        advice = LocalKafka.readUntil(consumer, read -> read.size() >= 100, WITHIN);
        advice.addAll(LocalKafka.readToEnd(consumer, WITHIN));
      }
      assertThat(advice).hasSize(100); // each once: nothing lost, nothing doubled
      Map<String, List<LocalDate>> followUps = new LinkedHashMap<>();
      Map<String, Set<Integer>> partitions = new HashMap<>();
      for (ConsumerRecord<String, byte[]> record : advice) {
        JsonNode json = Json.EVENTS.readTree(record.value());
        assertThat(json.get("employeeRef").asString()).isEqualTo(record.key().substring("acme/".length()));
        followUps.computeIfAbsent(record.key(), k -> new ArrayList<>())
            .add(LocalDate.parse(json.get("followUpDate").asString()));
        partitions.computeIfAbsent(record.key(), k -> new java.util.HashSet<>()).add(record.partition());
      }
      assertThat(followUps).hasSize(20);
      followUps.values().forEach(dates -> assertThat(dates).hasSize(5).isSorted().doesNotHaveDuplicates());
      partitions.values().forEach(used -> assertThat(used).hasSize(1));
      assertThat(partitions.values().stream().flatMap(Set::stream).collect(Collectors.toSet())).hasSizeGreaterThan(1);

      try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topics.deadLetters())) {
        List<ConsumerRecord<String, byte[]>> letters = LocalKafka.readUntil(consumer, read -> !read.isEmpty(), WITHIN);
        assertThat(letters).hasSize(1);
        String letter = new String(letters.get(0).value(), StandardCharsets.UTF_8);
        assertThat(letter).contains("\"field\":\"diagnosis\"").doesNotContain("burn-out");
      }

      HttpResponse<String> health = get(application, "/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"", "\"rulesetVersion\":\"" + TestEngine.get().rulesetVersion());
      String metrics = get(application, "/metrics").body();
      assertThat(metrics)
          .contains("gesprekswijzer_advice_seconds_count{outcome=\"ok\",type=\"WELLBEING\"} 100")
          .contains("gesprekswijzer_advice_seconds_count{outcome=\"invalid\",type=\"UNKNOWN\"} 1")
          .contains("gesprekswijzer_ruleset_info{version=\"" + TestEngine.get().rulesetVersion() + "\"} 1")
          .contains("kafka_stream_")
          .doesNotContain("burn-out", "acme/e1");
      assertThat(get(application, "/nothing").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aRestartOnAnEmptyStateDirectoryNeitherLosesNorRepeatsADeadline() throws Exception {
    Topics topics = new Topics("watch.situations", "watch.advice", "watch.deadlines", "watch.dead-letters");
    kafka.createTopics(4, topics.situations(), topics.advice(), topics.deadlines(), topics.deadLetters());
    Settings settings = new Settings(topics, AdviceForm.DATALESS, 14, Duration.ofMillis(200));
    TestClock clock = new TestClock(TODAY);

    KafkaStreams first = streams(settings, clock, "first");
    kafka.send(topics.situations(), "acme/e1", Situations.sickLeave("e1", TODAY, LocalDate.of(2026, 10, 5)));
    JsonNode advice;
    try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topics.advice())) {
      advice = Json.EVENTS.readTree(LocalKafka.readUntil(consumer, read -> !read.isEmpty(), WITHIN).get(0).value());
    }
    List<String> upcoming = new ArrayList<>();
    for (JsonNode deadline : advice.get("deadlines")) {
      if (!LocalDate.parse(deadline.get("dueDate").asString()).isBefore(TODAY)) {
        upcoming.add(deadline.get("id").asString() + " " + deadline.get("dueDate").asString());
      }
    }
    String announcedBefore = upcoming.get(0); // due within 14 days: announced today
    String announcedAfter = upcoming.get(1); // due later: announced while the instance is down
    LocalDate earlierDue = LocalDate.parse(announcedBefore.substring(announcedBefore.indexOf(' ') + 1));
    LocalDate laterDue = LocalDate.parse(announcedAfter.substring(announcedAfter.indexOf(' ') + 1));
    assertThat(earlierDue).isBeforeOrEqualTo(TODAY.plusDays(14));
    assertThat(laterDue).isAfter(TODAY.plusDays(14));

    try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topics.deadlines())) {
      LocalKafka.readUntil(consumer, read -> deadlines(read).contains(announcedBefore), WITHIN);
    }
    first.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));

    // While no instance runs, the day comes to announce the second deadline.
    clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(TODAY, laterDue.minusDays(14))));
    KafkaStreams second = streams(settings, clock, "second");
    try {
      try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topics.deadlines())) {
        LocalKafka.readUntil(consumer, read -> deadlines(read).contains(announcedAfter), WITHIN);
      }
      // The second announcement came from the restored store; a repeat of the first would have
      // come in the same punctuation, before it (the index is read in date order), in the same
      // transaction. Everything committed up to now:
      List<String> all;
      try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topics.deadlines())) {
        all = deadlines(LocalKafka.readToEnd(consumer, WITHIN));
      }
      assertThat(all).containsOnlyOnce(announcedBefore, announcedAfter);
      assertThat(all).doesNotHaveDuplicates();
      assertThat(upcoming).containsAll(all);
    } finally {
      second.close(Duration.ofSeconds(30));
    }
  }

  private static List<String> deadlines(List<ConsumerRecord<String, byte[]>> records) {
    List<String> deadlines = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      JsonNode json = Json.EVENTS.readTree(record.value());
      if (json.get("type").asString().equals("deadline.due")) {
        deadlines.add(json.get("deadline").get("id").asString() + " " + json.get("deadline").get("dueDate").asString());
      }
    }
    return deadlines;
  }

  /** A Streams instance of the topology on a fresh state directory, running when this returns. */
  private static KafkaStreams streams(Settings settings, Clock clock, String name) throws InterruptedException {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "watch-test");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, TestDirectories.create(name).toString());
    properties.putAll(Application.QUIET);
    KafkaStreams streams =
        new KafkaStreams(AdviceTopology.build(settings, TestEngine::get, clock, AdviceMetrics.none()), properties);
    streams.start();
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Streams not running within " + WITHIN + ": " + streams.state());
      }
      Thread.sleep(50);
    }
    return streams;
  }

  private void awaitHealth(Application application, int status) throws Exception {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (get(application, "/health").statusCode() != status) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("/health not " + status + " within " + WITHIN);
      }
      Thread.sleep(100);
    }
  }

  private HttpResponse<String> get(Application application, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + application.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
