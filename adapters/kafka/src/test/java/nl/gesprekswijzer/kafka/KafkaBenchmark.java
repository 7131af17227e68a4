package nl.gesprekswijzer.kafka;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.events.AdviceGivenEvent;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Throughput and end-to-end latency on this machine, with the engine's in-process throughput beside
 * it, measured in the same run:
 *
 * <pre>mvn -B -q -pl adapters/kafka -am -Pkafka-benchmark -DskipTests verify</pre>
 *
 * <ol>
 *   <li>In process: the same situations (the four typical cases in turn) advised in a plain loop on
 *       2 threads, first through the engine's API alone, then as the topology handles each (read
 *       the JSON, advise, write the dataless event).
 *   <li>Kafka: a single-node KRaft broker in this JVM, a 4-partition input topic, 2 Kafka Streams
 *       instances (1 stream thread each, exactly-once) of the application's topology, 1,000,000
 *       situations of as many employees pushed as fast as the producer goes: events/s from the
 *       first send to the last advice event read (read_committed), and the end-to-end latency of
 *       each (its produce timestamp to its advice event's arrival) while the backlog drains.
 *   <li>Latency below capacity: then situations at half that rate for {@code benchmark.paced}
 *       events: end-to-end latency p50/p99 when nothing queues.
 * </ol>
 *
 * Everything shares this machine's cores: broker, both instances, producer and consumer. Sizes:
 * {@code -Dbenchmark.events=1000000 -Dbenchmark.inprocess=200000 -Dbenchmark.paced=60000}.
 */
final class KafkaBenchmark {

  private static final int EVENTS = Integer.getInteger("benchmark.events", 1_000_000);
  private static final int IN_PROCESS = Integer.getInteger("benchmark.inprocess", 200_000);
  private static final int PACED = Integer.getInteger("benchmark.paced", 60_000);
  private static final int PARTITIONS = 4;
  private static final int THREADS = 2;
  /** Today, so that the watch has dates to announce: a sick-leave case's action plan is due within 14 days. */
  private static final LocalDate REFERENCE_DATE = LocalDate.now(TestClock.DUTCH);
  private static final Topics TOPICS = Topics.DEFAULTS;

  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "Kafka benchmark, %s; %d processors, %s; load %s%n",
        ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"), load());
    RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().build();
    System.out.printf(Locale.ROOT, "rule set %s%n", engine.rulesetVersion());

    inProcess(engine, false, IN_PROCESS / 10); // warm-up of both
    inProcess(engine, true, IN_PROCESS / 10);
    double engineAlone = inProcess(engine, false, IN_PROCESS);
    double asTheTopology = inProcess(engine, true, IN_PROCESS);
    System.out.printf(Locale.ROOT,
        "in process, %,d situations on %d threads: engine API alone %,.0f/s; read JSON + advise + write event %,.0f/s%n",
        IN_PROCESS, THREADS, engineAlone, asTheTopology);

    try (LocalKafka kafka = LocalKafka.start()) {
      kafka.createTopics(PARTITIONS, TOPICS.situations(), TOPICS.advice(), TOPICS.deadlines(), TOPICS.deadLetters());
      AdviceMetrics metrics = AdviceMetrics.none();
      List<KafkaStreams> instances = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        instances.add(streams(kafka, engine, metrics, i));
      }
      awaitRunning(instances);
      System.out.printf(Locale.ROOT, "broker and 2 Streams instances running; load %s%n", load());

      Result flood = run(kafka, EVENTS, 0, 0);
      System.out.printf(Locale.ROOT,
          "Kafka, %,d situations through %d partitions, 2 instances: %,.0f events/s (%.1f s); latency while"
              + " the backlog drains p50 %,d ms, p99 %,d ms; %,d deadline events, %d dead letters%n",
          EVENTS, PARTITIONS, flood.perSecond(), flood.seconds(), flood.p(50), flood.p(99),
          count(kafka, TOPICS.deadlines()), count(kafka, TOPICS.deadLetters()));

      System.out.printf(Locale.ROOT, "average value: situation %,d B, advice event %,d B%n",
          flood.situationBytes() / EVENTS, flood.adviceBytes() / EVENTS);
      for (var topic : kafka.bytesOnDisk().entrySet()) {
        if (topic.getValue() > EVENTS) {
          System.out.printf(Locale.ROOT, "on disk: %-55s %,6d MB, %,5d B per situation%n",
              topic.getKey(), topic.getValue() / 1_000_000, topic.getValue() / EVENTS);
        }
      }

      double rate = Math.max(100, flood.perSecond() / 2);
      Result paced = run(kafka, PACED, EVENTS, rate);
      System.out.printf(Locale.ROOT,
          "Kafka at %,.0f events/s (half of that) for %,d situations: latency p50 %,d ms, p99 %,d ms, max %,d ms%n",
          rate, PACED, paced.p(50), paced.p(99), paced.p(100));
      System.out.printf(Locale.ROOT, "load at the end %s; Kafka / engine API alone: %.0f %%; Kafka / as the topology in process: %.0f %%%n",
          load(), 100 * flood.perSecond() / engineAlone, 100 * flood.perSecond() / asTheTopology);
      for (KafkaStreams streams : instances) {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(Duration.ofSeconds(30)));
      }
    }
    engine.close();
    System.exit(0);
  }

  /** The four cases in turn, each for another employee, as the Kafka run sends them. */
  private static double inProcess(RulesAdvisoryEngine engine, boolean asTheTopology, int count) throws Exception {
    List<AdviceRequest> requests = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      requests.add(AdviceTopologyTests.request(Situations.inTurn(i, "e" + i, REFERENCE_DATE)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      long start = System.nanoTime();
      loop(pool, engine, requests, count, asTheTopology);
      return count / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  private static void loop(
      ExecutorService pool, RulesAdvisoryEngine engine, List<AdviceRequest> requests, int count, boolean asTheTopology)
      throws Exception {
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int first = t;
      done.add(pool.submit(() -> {
        for (int i = first; i < count; i += THREADS) {
          if (asTheTopology) {
            String employee = "e" + i;
            Situation situation = SituationReader.read(Situations.key(employee),
                Situations.bytes(Situations.inTurn(i, employee, REFERENCE_DATE)));
            var advice = engine.advise(situation.request(), situation.tenant());
            var event = new nl.gesprekswijzer.spi.AdviceEvent(
                situation.tenant(), situation.employeeRef(), situation.request(), advice, java.time.Instant.now());
            Json.EVENTS.writeValueAsBytes(AdviceGivenEvent.of(event, java.util.UUID.randomUUID()));
          } else {
            engine.advise(requests.get(i % 4), Situations.TENANT);
          }
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
  }

  record Result(double perSecond, double seconds, long[] latencies, long situationBytes, long adviceBytes) {
    long p(int percentile) {
      if (latencies.length == 0) {
        return -1;
      }
      int index = (int) Math.ceil(percentile / 100.0 * latencies.length) - 1;
      return latencies[Math.max(0, Math.min(latencies.length - 1, index))];
    }
  }

  /**
   * Sends {@code count} situations of employees {@code from}, {@code from + 1}, ...: as fast as
   * possible for {@code rate} 0, else at that rate; reads the advice events until all are there.
   */
  private static Result run(LocalKafka kafka, int count, int from, double rate) throws Exception {
    long[] latencies = new long[count];
    AtomicLong received = new AtomicLong();
    AtomicLong adviceBytes = new AtomicLong();
    long situationBytes = 0;
    AtomicLong lastAt = new AtomicLong();
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (KafkaConsumer<String, byte[]> consumer = consumer(kafka)) {
        // From the end of every partition as it is now: only this run's advice events are read.
        List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
          partitions.add(new org.apache.kafka.common.TopicPartition(TOPICS.advice(), p));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        ready.countDown();
        int seen = 0;
        while (seen < count) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            long now = System.currentTimeMillis();
            if (seen < count) {
              latencies[seen++] = now - record.timestamp();
              adviceBytes.addAndGet(record.serializedValueSize());
            }
            lastAt.set(System.nanoTime());
          }
          received.set(seen);
        }
      }
    }, "benchmark-reader");
    reader.setDaemon(true);
    reader.start();
    ready.await();

    long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      for (int i = 0; i < count; i++) {
        if (rate > 0) {
          long due = start + (long) (i / rate * 1e9);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
        }
        String employee = "e" + (from + i);
        byte[] situation = Situations.inTurn(from + i, employee, REFERENCE_DATE).getBytes(StandardCharsets.UTF_8);
        situationBytes += situation.length;
        producer.send(new ProducerRecord<>(TOPICS.situations(), Situations.key(employee), situation));
      }
    }
    reader.join(Duration.ofMinutes(30).toMillis());
    if (received.get() < count) {
      throw new IllegalStateException("only " + received.get() + " of " + count + " advice events arrived");
    }
    double seconds = (lastAt.get() - start) / 1e9;
    Arrays.sort(latencies);
    return new Result(count / seconds, seconds, latencies, situationBytes, adviceBytes.get());
  }

  private static KafkaStreams streams(LocalKafka kafka, RulesAdvisoryEngine engine, AdviceMetrics metrics, int i)
      throws Exception {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "gesprekswijzer-benchmark");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    Path state = Files.createDirectories(Path.of("target", "benchmark-state"));
    properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(state, "instance-" + i).toString());
    properties.putAll(Application.QUIET);
    KafkaStreams streams =
        new KafkaStreams(AdviceTopology.build(new Settings(TOPICS, AdviceForm.DATALESS, 14, Duration.ofSeconds(10)),
            () -> engine, Clock.systemDefaultZone(), metrics), properties);
    streams.start();
    return streams;
  }

  private static void awaitRunning(List<KafkaStreams> instances) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (instances.stream().anyMatch(s -> s.state() != KafkaStreams.State.RUNNING)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Streams instances not running");
      }
      Thread.sleep(100);
    }
  }

  private static KafkaProducer<String, byte[]> producer(LocalKafka kafka) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(128 * 1024));
    return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, byte[]> consumer(LocalKafka kafka) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());

    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static long count(LocalKafka kafka, String topic) throws Exception {
    try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topic)) {
      return LocalKafka.readToEnd(consumer, Duration.ofMinutes(2)).size();
    }
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll(" [0-9]+/.*", "");
    } catch (Exception e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private KafkaBenchmark() {}
}
