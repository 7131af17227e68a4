package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command's options, as an operator types them. */
class GesprekswijzerKafkaTests {

  @Test
  void turnsItsOptionsIntoTheApplicationsConfiguration() {
    GesprekswijzerKafka command = new GesprekswijzerKafka();
    new CommandLine(command).parseArgs(
        "--bootstrap-servers", "kafka-1:9092,kafka-2:9092",
        "--application-id", "gw-prod",
        "--situations-topic", "hr.situations",
        "--advice-form", "FULL",
        "--days-ahead", "7",
        "--watch-interval", "PT30S",
        "--threads", "3",
        "--http-port", "0",
        "--create-topics", "12",
        "-c", "security.protocol=SASL_SSL",
        "-c", "commit.interval.ms=200");

    Application.Config config = command.config();
    assertThat(config.bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
    assertThat(config.applicationId()).isEqualTo("gw-prod");
    assertThat(config.settings().topics())
        .isEqualTo(new Topics("hr.situations", "gesprekswijzer.advice", "gesprekswijzer.deadlines",
            "gesprekswijzer.dead-letters"));
    assertThat(config.settings().adviceForm()).isEqualTo(AdviceForm.FULL);
    assertThat(config.settings().daysAhead()).isEqualTo(7);
    assertThat(config.settings().watchInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.rulesDir()).isNull();
    assertThat(config.rulesWatch()).isTrue();
    assertThat(config.createTopicsWithPartitions()).isEqualTo(12);
    assertThat(Application.streamsProperties(config))
        .containsEntry("processing.guarantee", "exactly_once_v2")
        .containsEntry("num.stream.threads", 3)
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("commit.interval.ms", "200");
  }

  @Test
  void defaultsToTheDatalessFormFourteenDaysAheadAndTheDefaultTopics() {
    GesprekswijzerKafka command = new GesprekswijzerKafka();
    new CommandLine(command).parseArgs("--bootstrap-servers", "localhost:9092", "--advice-form", "dataless");

    Application.Config config = command.config();
    assertThat(config.settings().adviceForm()).isEqualTo(AdviceForm.DATALESS);
    assertThat(config.settings().daysAhead()).isEqualTo(14);
    assertThat(config.settings().topics()).isEqualTo(Topics.DEFAULTS);
    assertThat(config.httpPort()).isEqualTo(8081);
    assertThat(config.createTopicsWithPartitions()).isNull();
  }

  @Test
  void explainsEveryOptionInItsHelp() {
    StringWriter out = new StringWriter();
    int exit = GesprekswijzerKafka.commandLine().setOut(new PrintWriter(out)).execute("--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("--bootstrap-servers", "--advice-form", "dataless|full", "--days-ahead", "Default: 14",
            "--rules-dir", "--state-dir", "--http-port", "Default: 8081", "Exit codes:");
  }

  @Test
  void refusesAWrongOptionWithExitCodeTwo() {
    StringWriter err = new StringWriter();
    int exit = GesprekswijzerKafka.commandLine().setErr(new PrintWriter(err))
        .execute("--bootstrap-servers", "localhost:9092", "--advice-form", "complete");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("'complete' is not dataless or full");
  }

  @Test
  void refusesARulesFolderThatFailsItsCheckNamingTheProblem() throws Exception {
    Path folder = TestDirectories.create("broken-rules");
    Files.writeString(folder.resolve("ruleset.yaml"), "name: broken\n");
    StringWriter err = new StringWriter();
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    int exit;
    try {
      exit = GesprekswijzerKafka.commandLine().setErr(new PrintWriter(err))
          .execute("--bootstrap-servers", "localhost:1", "--rules-dir", folder.toString(), "--http-port", "0");
    } finally {
      System.setErr(before);
    }

    assertThat(exit).isEqualTo(2);
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(folder + ": cannot be used:");
  }
}
