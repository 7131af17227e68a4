package nl.gesprekswijzer.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.jspecify.annotations.Nullable;

/**
 * A real single-node KRaft broker (controller and broker in one) inside this JVM, on free ports,
 * for the integration tests and the benchmark: Kafka's own test kit, no Docker.
 */
final class LocalKafka implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private LocalKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  static LocalKafka start() throws Exception {
    KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
            // One broker: every internal topic with one replica, transactions included (exactly-once).
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "4")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("transaction.state.log.num.partitions", "4")
            // A restarted Streams instance gets its partitions at once instead of after 3 s.
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    PrintStream out = System.out;
    try {
      // Formatting prints the bootstrap metadata on standard output; the build stays quiet.
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      try {
        cluster.format();
      } finally {
        System.setOut(out);
      }
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new LocalKafka(cluster);
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /**
   * Bytes of records on the broker's disk per topic: its partitions' log segments (the index files
   * are preallocated at a fixed size, so they are left out).
   */
  java.util.SortedMap<String, Long> bytesOnDisk() throws java.io.IOException {
    java.util.SortedMap<String, Long> sizes = new java.util.TreeMap<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(cluster.nodes().baseDirectory()))) {
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".log"))::iterator) {
        String partition = file.getParent().getFileName().toString();
        int dash = partition.lastIndexOf('-');
        if (dash > 0 && partition.substring(dash + 1).matches("[0-9]+")) {
          sizes.merge(partition.substring(0, dash), java.nio.file.Files.size(file), Long::sum);
        }
      }
    }
    return sizes;
  }

  /** Producers and consumers for a broker anywhere, this one or another. */
  record Client(String bootstrapServers) implements AutoCloseable {
    KafkaProducer<String, byte[]> producer() {
      Properties properties = new Properties();
      properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      properties.put(ProducerConfig.ACKS_CONFIG, "all");
      properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
      return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    KafkaConsumer<String, byte[]> consumer(String topic) {
      Properties properties = new Properties();
      properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
      properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
      KafkaConsumer<String, byte[]> consumer =
          new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
      consumer.subscribe(List.of(topic));
      return consumer;
    }

    @Override
    public void close() {}
  }

  void createTopics(int partitions, String... names) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
      List<NewTopic> topics = new ArrayList<>();
      for (String name : names) {
        topics.add(new NewTopic(name, partitions, (short) 1));
      }
      admin.createTopics(topics).all().get();
    }
  }

  /** A producer as a platform would have one: idempotent, every record acknowledged. */
  KafkaProducer<String, byte[]> producer() {
    return new Client(bootstrapServers()).producer();
  }

  void send(String topic, @Nullable String key, @Nullable String json) throws Exception {
    try (KafkaProducer<String, byte[]> producer = producer()) {
      producer.send(new ProducerRecord<>(topic, key, json == null ? null : json.getBytes(StandardCharsets.UTF_8))).get();
    }
  }

  /** A consumer that reads committed records only, as a platform reading exactly-once output must. */
  KafkaConsumer<String, byte[]> consumer(String topic) {
    return new Client(bootstrapServers()).consumer(topic);
  }

  /**
   * Reads until {@code done} holds for what was read. The timeout only bounds a failing test; a
   * passing one returns as soon as the records are there.
   */
  static List<ConsumerRecord<String, byte[]>> readUntil(
      KafkaConsumer<String, byte[]> consumer, Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
    List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.test(read)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not there within " + timeout + "; read " + read.size() + " records");
      }
      consumer.poll(Duration.ofMillis(200)).forEach(read::add);
    }
    return read;
  }

  /**
   * Reads to the end of every partition of the consumer's topic as it is now (for read_committed,
   * the last stable offset): whatever was committed before this call is in the list.
   */
  static List<ConsumerRecord<String, byte[]>> readToEnd(KafkaConsumer<String, byte[]> consumer, Duration timeout) {
    List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (consumer.assignment().isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("No partitions assigned within " + timeout);
      }
      consumer.poll(Duration.ofMillis(100)).forEach(read::add);
    }
    Set<TopicPartition> partitions = consumer.assignment();
    Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not at the end within " + timeout + "; read " + read.size() + " records");
      }
      consumer.poll(Duration.ofMillis(100)).forEach(read::add);
    }
    return read;
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
