package nl.gesprekswijzer.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.ConversationType;
import org.jspecify.annotations.Nullable;

/**
 * {@code gesprekswijzer_advice_seconds{type, outcome}}, as the service names it, for every situation
 * handled (reading, checking, evaluating and writing the event), and {@code
 * gesprekswijzer_watch_events_total{type}} for every date announced.
 *
 * <p>Tags hold values from fixed lists only (the conversation types and {@code UNKNOWN}, three
 * outcomes, two event types), never a value a situation carries.
 */
final class AdviceMetrics {

  static final String ADVICE = "gesprekswijzer.advice";
  static final String ANNOUNCED = "gesprekswijzer.watch.events";
  static final String UNKNOWN_TYPE = "UNKNOWN";

  /** How a situation ended. */
  enum Outcome {
    /** Advice given and sent. */
    OK,
    /** Refused as invalid: a dead letter with the fields. */
    INVALID,
    /** The evaluation failed: a dead letter without detail. */
    ERROR;

    final String tag = name().toLowerCase(Locale.ROOT);
  }

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
    Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
    Duration.ofSeconds(1)
  };

  private final MeterRegistry registry;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  AdviceMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Metrics nobody reads, for tests and the benchmark's plain loop. */
  static AdviceMetrics none() {
    return new AdviceMetrics(new SimpleMeterRegistry());
  }

  void handled(@Nullable ConversationType type, Outcome outcome, long nanos) {
    String typeTag = type == null ? UNKNOWN_TYPE : type.name();
    timers
        .computeIfAbsent(
            typeTag + "|" + outcome.tag,
            k ->
                Timer.builder(ADVICE)
                    .description("Situations handled: reading, evaluating and writing the event")
                    .tag("type", typeTag)
                    .tag("outcome", outcome.tag)
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** How many situations of this type ended so: for tests. */
  long count(String type, Outcome outcome) {
    Timer timer = timers.get(type + "|" + outcome.tag);
    return timer == null ? 0 : timer.count();
  }

  /** How many events of this type were announced: for tests. */
  long announcedCount(String eventType) {
    Counter counter = counters.get(eventType);
    return counter == null ? 0 : (long) counter.count();
  }

  void announced(String eventType) {
    counters
        .computeIfAbsent(
            eventType,
            k ->
                Counter.builder(ANNOUNCED)
                    .description("Watched dates announced: deadline.due and followup.due events sent")
                    .tag("type", eventType)
                    .register(registry))
        .increment();
  }
}
