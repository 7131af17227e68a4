package nl.gesprekswijzer.kafka;

import java.time.Clock;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The whole topology, made by one function from its settings:
 *
 * <pre>
 * situations ──► advise ──► advice
 *                  │  └───► dead-letters
 *                  ▼
 *                watch (stores: watched-dates, watched-dates-by-day; wall-clock punctuator) ──► deadlines
 * </pre>
 *
 * Keys decide ordering: every record, in and out, is keyed {@code tenant/employeeRef}, so one
 * employee's situations are handled in order by the task that also owns their watched dates.
 * Nothing is repartitioned. Values in and out are JSON, read and written here; every record out
 * carries a {@value #EVENT_TYPE_HEADER} header with its event type.
 */
final class AdviceTopology {

  static final String SITUATIONS_IN = "situations";
  static final String ADVISE = "advise";
  static final String WATCH = "watch";
  static final String ADVICE_OUT = "advice-out";
  static final String DEAD_LETTERS_OUT = "dead-letters-out";
  static final String DEADLINES_OUT = "deadlines-out";

  static final String EVENT_TYPE_HEADER = "gesprekswijzer-event-type";

  private AdviceTopology() {}

  /**
   * @param engine asked for the engine at every situation, so that a rule set published while the
   *     application runs answers the next situation
   * @param clock "today" for the deadline watch, and the events' {@code occurredAt}
   */
  static Topology build(Settings settings, Supplier<? extends AdvisoryEngine> engine, Clock clock, AdviceMetrics metrics) {
    Topics topics = settings.topics();
    Topology topology = new Topology();
    topology.addSource(SITUATIONS_IN, new StringDeserializer(), new ByteArrayDeserializer(), topics.situations());
    topology.addProcessor(ADVISE, () -> new AdviseProcessor(settings, engine, clock, metrics), SITUATIONS_IN);
    topology.addProcessor(WATCH, () -> new DeadlineWatch(settings, clock, metrics), ADVISE);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DeadlineWatch.WATCHED), Serdes.String(), WatchedDates.serde()),
        WATCH);
    topology.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DeadlineWatch.AGENDA), Serdes.String(), Serdes.String()),
        WATCH);
    topology.addSink(ADVICE_OUT, topics.advice(), new StringSerializer(), new ByteArraySerializer(), ADVISE);
    topology.addSink(DEAD_LETTERS_OUT, topics.deadLetters(), new StringSerializer(), new ByteArraySerializer(), ADVISE);
    topology.addSink(DEADLINES_OUT, topics.deadlines(), new StringSerializer(), new ByteArraySerializer(), WATCH);
    return topology;
  }
}
