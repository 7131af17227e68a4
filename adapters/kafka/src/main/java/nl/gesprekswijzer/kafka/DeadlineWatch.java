package nl.gesprekswijzer.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.gesprekswijzer.kafka.WatchedDates.Date;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Watches each employee's deadlines and follow-up date and announces each once, {@code daysAhead}
 * days before it.
 *
 * <p>Two stores, both persistent and changelogged, so that they survive a restart and move with
 * their task in a rebalance: {@value #WATCHED} holds each employee's dates ({@link WatchedDates})
 * and whether each was announced; {@value #AGENDA} is its index by the day a date next needs
 * attention ({@code day|tenant/employeeRef|kind|id|dueDate}), so that the punctuator reads only
 * what is due instead of every employee. Under exactly-once processing an announcement, its mark in
 * the store and the input offsets commit in one transaction: an event is never sent twice, and
 * never lost when an instance stops between sending and committing.
 *
 * <p>The punctuator runs on wall-clock time; "today" comes from the injected {@link Clock}.
 */
final class DeadlineWatch implements Processor<String, WatchUpdate, String, byte[]> {

  static final String WATCHED = "watched-dates";
  static final String AGENDA = "watched-dates-by-day";

  /** Sorts after {@code |}, so {@code day + "}"} bounds every key of that day. */
  private static final String AFTER_DAY = "}";

  private static final String NO_ID = "-";

  private final Settings settings;
  private final Clock clock;
  private final AdviceMetrics metrics;
  private @Nullable ProcessorContext<String, byte[]> context;
  private @Nullable KeyValueStore<String, WatchedDates> watched;
  private @Nullable KeyValueStore<String, String> agenda;

  DeadlineWatch(Settings settings, Clock clock, AdviceMetrics metrics) {
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.watched = context.getStateStore(WATCHED);
    this.agenda = context.getStateStore(AGENDA);
    context.schedule(settings.watchInterval(), PunctuationType.WALL_CLOCK_TIME, timestamp -> announceDue(timestamp));
  }

  @Override
  public void process(Record<String, WatchUpdate> record) {
    String key = record.key();
    WatchedDates previous = watched().get(key);
    if (previous != null) {
      for (Date date : previous.dates()) {
        agenda().delete(agendaKey(key, date));
      }
    }
    if (record.value() instanceof WatchUpdate.Advised advised) {
      WatchedDates next =
          WatchedDates.of(
              advised.tenant(), advised.employeeRef(), advised.type(), advised.advice(), previous,
              LocalDate.now(clock), settings.daysAhead());
      store(key, next);
    } else {
      watched().delete(key);
    }
  }

  /** Sends every announcement due by today, in the order of their days; forgets dates gone by. */
  void announceDue(long timestamp) {
    LocalDate today = LocalDate.now(clock);
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> entries = agenda().range("", today + AFTER_DAY)) {
      entries.forEachRemaining(due::add);
    }
    Map<String, WatchedDates> changed = new LinkedHashMap<>();
    for (KeyValue<String, String> entry : due) {
      agenda().delete(entry.key);
      String employee = entry.value;
      WatchedDates dates = changed.containsKey(employee) ? changed.get(employee) : watched().get(employee);
      if (dates == null) {
        continue;
      }
      List<Date> kept = new ArrayList<>();
      for (Date date : dates.dates()) {
        if (!agendaKey(employee, date).equals(entry.key)) {
          kept.add(date);
        } else if (!date.announced()) {
          announce(employee, dates, date, timestamp);
          kept.add(date.markAnnounced());
        } // else: announced and now past, so forgotten
      }
      changed.put(employee, dates.withDates(kept));
    }
    changed.forEach(this::store);
  }

  private void announce(String employee, WatchedDates dates, Date date, long timestamp) {
    boolean deadline = date.kind() == WatchedDates.Kind.DEADLINE;
    String type = date.kind().eventType;
    DateDueEvent event =
        new DateDueEvent(
            UUID.nameUUIDFromBytes(
                (type + "|" + employee + "|" + date.deadlineId() + "|" + date.dueDate()).getBytes(StandardCharsets.UTF_8)),
            type,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            dates.tenant(),
            dates.employeeRef(),
            dates.conversationType(),
            deadline ? new DateDueEvent.Deadline(date.deadlineId(), date.dueDate()) : null,
            deadline ? null : date.dueDate(),
            dates.rulesetVersion());
    RecordHeaders headers = new RecordHeaders();
    headers.add(AdviceTopology.EVENT_TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
    context().forward(new Record<>(employee, Json.EVENTS.writeValueAsBytes(event), timestamp, headers));
    metrics.announced(type);
  }

  /** Keeps the dates and indexes each by its next day; an employee without dates is forgotten. */
  private void store(String key, WatchedDates dates) {
    if (dates.dates().isEmpty()) {
      watched().delete(key);
      return;
    }
    watched().put(key, dates);
    for (Date date : dates.dates()) {
      agenda().put(agendaKey(key, date), key);
    }
  }

  static String agendaKey(String employee, Date date) {
    return date.nextAction()
        + "|" + employee
        + "|" + date.kind()
        + "|" + (date.deadlineId() == null ? NO_ID : date.deadlineId())
        + "|" + date.dueDate();
  }

  private ProcessorContext<String, byte[]> context() {
    if (context == null) {
      throw new IllegalStateException("not initialised");
    }
    return context;
  }

  private KeyValueStore<String, WatchedDates> watched() {
    if (watched == null) {
      throw new IllegalStateException("not initialised");
    }
    return watched;
  }

  private KeyValueStore<String, String> agenda() {
    if (agenda == null) {
      throw new IllegalStateException("not initialised");
    }
    return agenda;
  }
}
