package nl.gesprekswijzer.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends the four typical situations (and one with a diagnosis, which is refused) to a running
 * application's topics on {@code -Dbootstrap.servers=localhost:9092}, and prints the events that
 * come back, for trying the application on one machine:
 *
 * <pre>mvn -B -q -pl adapters/kafka -am -Pexample-situations -DskipTests verify</pre>
 */
final class ExampleSituations {

  public static void main(String[] args) throws Exception {
    String servers = System.getProperty("bootstrap.servers", "localhost:9092");
    Topics topics = Topics.DEFAULTS;
    LocalDate today = LocalDate.now(TestClock.DUTCH);
    try (LocalKafka.Client kafka = new LocalKafka.Client(servers)) {
      try (KafkaProducer<String, byte[]> producer = kafka.producer()) {
        for (int i = 0; i < 4; i++) {
          String employee = "example-" + i;
          producer.send(new ProducerRecord<>(topics.situations(), Situations.key(employee),
              Situations.bytes(Situations.inTurn(i, employee, today))));
        }
        producer.send(new ProducerRecord<>(topics.situations(), Situations.key("example-4"),
            Situations.bytes(Situations.career("example-4", today).replace("\"language\"", "\"diagnosis\": \"flu\", \"language\""))));
      }
      for (String topic : List.of(topics.advice(), topics.deadlines(), topics.deadLetters())) {
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(topic)) {
          List<ConsumerRecord<String, byte[]>> records =
              LocalKafka.readUntil(consumer, read -> !read.isEmpty(), Duration.ofSeconds(30));
          records.addAll(LocalKafka.readToEnd(consumer, Duration.ofSeconds(30)));
          System.out.println("== " + topic + ": " + records.size() + " events");
          for (ConsumerRecord<String, byte[]> record : records) {
            System.out.println(record.key() + "  " + new String(record.value(), StandardCharsets.UTF_8));
          }
        }
      }
    }
  }

  private ExampleSituations() {}
}
