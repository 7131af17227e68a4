package nl.gesprekswijzer.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The topology in a {@link TopologyTestDriver}, without a broker: situations in, the three output
 * topics read as JSON, and "today" moved forward together with the driver's wall-clock time, which
 * triggers the watch's punctuator.
 */
final class Driver implements AutoCloseable {

  final TestClock clock;
  final AdviceMetrics metrics = AdviceMetrics.none();
  private final Duration watchInterval;
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> situations;
  private final TestOutputTopic<String, byte[]> advice;
  private final TestOutputTopic<String, byte[]> deadlines;
  private final TestOutputTopic<String, byte[]> deadLetters;

  Driver(Settings settings, Supplier<? extends AdvisoryEngine> engine, LocalDate today) {
    this.clock = new TestClock(today);
    this.watchInterval = settings.watchInterval();
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "gesprekswijzer-test");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.putAll(Application.QUIET);
    properties.put(StreamsConfig.STATE_DIR_CONFIG, TestDirectories.create("driver-state").toString());
    this.driver =
        new TopologyTestDriver(
            AdviceTopology.build(settings, engine, clock, metrics), properties, clock.instant());
    Topics topics = settings.topics();
    situations = driver.createInputTopic(topics.situations(), new StringSerializer(), new ByteArraySerializer());
    advice = driver.createOutputTopic(topics.advice(), new StringDeserializer(), new ByteArrayDeserializer());
    deadlines = driver.createOutputTopic(topics.deadlines(), new StringDeserializer(), new ByteArrayDeserializer());
    deadLetters = driver.createOutputTopic(topics.deadLetters(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  Driver(LocalDate today) {
    this(Settings.defaults(), TestEngine::get, today);
  }

  void send(@Nullable String key, @Nullable String json) {
    situations.pipeInput(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /** Lets the punctuator run once today: the driver's wall-clock time moves on by the watch interval. */
  void watchRunsToday() {
    clock.advance(watchInterval);
    driver.advanceWallClockTime(watchInterval);
  }

  /** Moves today on by whole days, one at a time, the punctuator running after each. */
  void advanceDays(int days) {
    for (int i = 0; i < days; i++) {
      clock.advance(Duration.ofDays(1));
      driver.advanceWallClockTime(Duration.ofDays(1));
    }
  }

  List<Event> advice() {
    return read(advice);
  }

  List<Event> deadlines() {
    return read(deadlines);
  }

  List<Event> deadLetters() {
    return read(deadLetters);
  }

  /** One record out: its key, its value as JSON and as the exact text, and its type header. */
  record Event(@Nullable String key, JsonNode json, String text, @Nullable String typeHeader) {
    String type() {
      return json.get("type").asString();
    }
  }

  private static List<Event> read(TestOutputTopic<String, byte[]> topic) {
    List<Event> events = new ArrayList<>();
    for (TestRecord<String, byte[]> record : topic.readRecordsToList()) {
      String text = new String(record.value(), StandardCharsets.UTF_8);
      var header = record.headers().lastHeader(AdviceTopology.EVENT_TYPE_HEADER);
      events.add(
          new Event(
              record.key(),
              Json.EVENTS.readTree(text),
              text,
              header == null ? null : new String(header.value(), StandardCharsets.UTF_8)));
    }
    return events;
  }

  @Override
  public void close() {
    driver.close();
  }
}
