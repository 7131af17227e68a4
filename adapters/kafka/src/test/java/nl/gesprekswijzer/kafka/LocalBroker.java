package nl.gesprekswijzer.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker (controller and broker in one process) on {@code localhost:9092}, for
 * trying the application on one machine: the broker of Kafka's quickstart, run from the jars the
 * tests use, without a Kafka download or Docker.
 *
 * <pre>mvn -B -q -pl adapters/kafka -am -Plocal-broker -DskipTests verify</pre>
 *
 * Its data lives in {@code adapters/kafka/target/local-broker} (formatted at the first start, kept
 * across restarts, removed by {@code mvn clean}). Ctrl-C stops it. {@code -Dlocal-broker.port=9192}
 * moves it (the controller listens on the next port).
 */
final class LocalBroker {

  public static void main(String[] args) throws IOException {
    int port = Integer.getInteger("local-broker.port", 9092);
    Path dir = Path.of(System.getProperty("local-broker.dir", "target/local-broker")).toAbsolutePath();
    Path logs = Files.createDirectories(dir.resolve("data"));
    Path config = dir.resolve("server.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "# A single-node KRaft broker for trying Gesprekswijzer on one machine; written by LocalBroker.",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.bootstrap.servers=localhost:" + (port + 1),
            "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1),
            "advertised.listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1),
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "log.dirs=" + logs,
            "num.partitions=4",
            "offsets.topic.replication.factor=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            ""),
        StandardCharsets.UTF_8);
    if (!Files.exists(logs.resolve("meta.properties"))) {
      ByteArrayOutputStream said = new ByteArrayOutputStream();
      int formatted =
          StorageTool.execute(
              new String[] {"format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
              new PrintStream(said, true, StandardCharsets.UTF_8));
      if (formatted != 0) {
        System.err.print(said.toString(StandardCharsets.UTF_8));
        System.exit(formatted);
      }
    }
    System.out.println(
        "Kafka broker (KRaft, single node) on localhost:" + port + ", data in " + dir + "; Ctrl-C stops it.");
    Kafka.main(new String[] {config.toString()});
  }

  private LocalBroker() {}
}
