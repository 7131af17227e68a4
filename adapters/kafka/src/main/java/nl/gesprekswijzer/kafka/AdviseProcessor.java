package nl.gesprekswijzer.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.engine.events.AdviceGivenEvent;
import nl.gesprekswijzer.spi.AdviceEvent;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Advises on each situation event with the rule set in service at that moment, and sends the
 * advice event, or a dead letter for a situation that got no advice; tells the deadline watch about
 * every advice and every tombstone.
 *
 * <p>Every exception of an evaluation ends in a dead letter, never in a stopped stream: one bad
 * event must not hold up the employees behind it on its partition.
 */
final class AdviseProcessor implements Processor<String, byte[], String, Object> {

  private static final Logger LOG = LoggerFactory.getLogger(AdviseProcessor.class);

  private final Settings settings;
  private final Supplier<? extends AdvisoryEngine> engine;
  private final Clock clock;
  private final AdviceMetrics metrics;
  private @Nullable ProcessorContext<String, Object> context;

  AdviseProcessor(Settings settings, Supplier<? extends AdvisoryEngine> engine, Clock clock, AdviceMetrics metrics) {
    this.settings = settings;
    this.engine = engine;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    long start = System.nanoTime();
    if (record.value() == null) {
      if (EmployeeKey.isWellFormed(record.key())) {
        forward(record.withValue(new WatchUpdate.Forget()), AdviceTopology.WATCH);
      }
      return;
    }
    Situation situation;
    try {
      situation = SituationReader.read(record.key(), record.value());
    } catch (InvalidSituationException e) {
      deadLetter(record, e.tenant(), e.employeeRef(), DeadLetter.Problem.invalid(e.violations()));
      metrics.handled(null, AdviceMetrics.Outcome.INVALID, System.nanoTime() - start);
      return;
    }
    ConversationType type = situation.request().conversation() == null ? null : situation.request().conversation().type();
    AdviceResponse advice;
    try {
      advice = engine.get().advise(situation.request(), situation.tenant());
    } catch (InvalidRequestException e) {
      deadLetter(record, situation.tenant(), situation.employeeRef(), DeadLetter.Problem.invalid(e.violations()));
      metrics.handled(type, AdviceMetrics.Outcome.INVALID, System.nanoTime() - start);
      return;
    } catch (RuntimeException e) {
      // The class and where it was thrown only: an exception's message may quote the situation.
      StackTraceElement[] trace = e.getStackTrace();
      LOG.warn(
          "A situation at {} could not be evaluated: {} at {}; sent to the dead letters",
          where(),
          e.getClass().getName(),
          trace.length == 0 ? "?" : trace[0]);
      deadLetter(record, situation.tenant(), situation.employeeRef(), DeadLetter.Problem.failed());
      metrics.handled(type, AdviceMetrics.Outcome.ERROR, System.nanoTime() - start);
      return;
    }
    Instant now = clock.instant();
    AdviceEvent given = new AdviceEvent(situation.tenant(), situation.employeeRef(), situation.request(), advice, now);
    forward(
        new Record<>(record.key(), adviceEvent(given, eventId(AdviceGivenEvent.ADVICE_GIVEN)), record.timestamp(),
            headers(AdviceGivenEvent.ADVICE_GIVEN)),
        AdviceTopology.ADVICE_OUT);
    forward(
        new Record<>(record.key(),
            new WatchUpdate.Advised(situation.tenant(), situation.employeeRef(), type, advice), record.timestamp()),
        AdviceTopology.WATCH);
    metrics.handled(type, AdviceMetrics.Outcome.OK, System.nanoTime() - start);
  }

  private byte[] adviceEvent(AdviceEvent given, UUID id) {
    AdviceGivenEvent dataless = AdviceGivenEvent.of(given, id);
    if (settings.adviceForm() == AdviceForm.DATALESS) {
      return Json.EVENTS.writeValueAsBytes(dataless);
    }
    ObjectNode full = Json.EVENTS.valueToTree(dataless);
    full.set("advice", Json.EVENTS.valueToTree(given.response()));
    return Json.EVENTS.writeValueAsBytes(full);
  }

  private void deadLetter(
      Record<String, byte[]> record, @Nullable String tenant, @Nullable String employeeRef, DeadLetter.Problem problem) {
    String key = EmployeeKey.isWellFormed(record.key()) ? record.key() : null;
    DeadLetter letter =
        new DeadLetter(
            eventId(DeadLetter.SITUATION_REFUSED),
            DeadLetter.SITUATION_REFUSED,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            key,
            tenant,
            employeeRef,
            source(),
            problem);
    forward(
        new Record<>(key, Json.EVENTS.writeValueAsBytes(letter), record.timestamp(), headers(DeadLetter.SITUATION_REFUSED)),
        AdviceTopology.DEAD_LETTERS_OUT);
  }

  /**
   * The same for every attempt to handle this record (a retry after a failed transaction sends
   * the same id), different for every record: derived from where the record is.
   */
  private UUID eventId(String type) {
    DeadLetter.Source source = source();
    String name = source == null ? UUID.randomUUID().toString() : source.topic() + "/" + source.partition() + "/" + source.offset();
    return UUID.nameUUIDFromBytes((type + "|" + name).getBytes(StandardCharsets.UTF_8));
  }

  private DeadLetter.@Nullable Source source() {
    RecordMetadata metadata = context().recordMetadata().orElse(null);
    return metadata == null ? null : new DeadLetter.Source(metadata.topic(), metadata.partition(), metadata.offset());
  }

  private String where() {
    DeadLetter.Source source = source();
    return source == null ? "an unknown offset" : source.topic() + "-" + source.partition() + "@" + source.offset();
  }

  static RecordHeaders headers(String eventType) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(AdviceTopology.EVENT_TYPE_HEADER, eventType.getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  private <V> void forward(Record<String, V> record, String child) {
    context().forward(record, child);
  }

  private ProcessorContext<String, Object> context() {
    if (context == null) {
      throw new IllegalStateException("not initialised");
    }
    return context;
  }
}
