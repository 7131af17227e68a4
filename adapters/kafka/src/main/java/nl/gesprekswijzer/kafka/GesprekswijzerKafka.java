package nl.gesprekswijzer.kafka;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gesprekswijzer-kafka}: advice on situation events from Kafka, with health and metrics over
 * HTTP. Runs until stopped (SIGTERM, Ctrl-C), then leaves its consumer group and commits.
 */
@Command(
    name = "gesprekswijzer-kafka",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Reads situation events (the advice request as JSON, with 'tenant', keyed tenant/employeeRef),",
      "advises on each with the same engine as the service, and writes an advice event per situation,",
      "a dead letter per situation that got no advice, and deadline.due / followup.due events",
      "--days-ahead days before each watched date. Exactly once (exactly_once_v2).",
      "Health: GET /health (200 while running or rebalancing, else 503); metrics: GET /metrics."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped when asked to",
      "1:Kafka Streams stopped with an error",
      "2:could not start: a wrong option, rules that cannot be used, topics that cannot be made"
    })
public final class GesprekswijzerKafka implements Callable<Integer> {

  @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,...]",
      description = "The Kafka brokers to connect to.")
  String bootstrapServers = "";

  @Option(names = "--application-id", defaultValue = "gesprekswijzer",
      description = "Kafka Streams' application id: the consumer group, and the prefix of the state"
          + " stores' changelog topics. Default: ${DEFAULT-VALUE}.")
  String applicationId = "gesprekswijzer";

  @Option(names = "--situations-topic", defaultValue = "gesprekswijzer.situations",
      description = "Situation events in. Default: ${DEFAULT-VALUE}.")
  String situationsTopic = "";

  @Option(names = "--advice-topic", defaultValue = "gesprekswijzer.advice",
      description = "Advice events out. Default: ${DEFAULT-VALUE}.")
  String adviceTopic = "";

  @Option(names = "--deadlines-topic", defaultValue = "gesprekswijzer.deadlines",
      description = "deadline.due and followup.due events out. Default: ${DEFAULT-VALUE}.")
  String deadlinesTopic = "";

  @Option(names = "--dead-letter-topic", defaultValue = "gesprekswijzer.dead-letters",
      description = "Situations that got no advice, with the problem and without the situation."
          + " Default: ${DEFAULT-VALUE}.")
  String deadLetterTopic = "";

  @Option(names = "--advice-form", defaultValue = "dataless", paramLabel = "dataless|full",
      converter = AdviceFormConverter.class,
      description = "dataless: the webhook's advice.given event, without the situation and without"
          + " texts; full: the same with the whole advice in 'advice', only for a topic the platform"
          + " owns. Default: ${DEFAULT-VALUE}.")
  AdviceForm adviceForm = AdviceForm.DATALESS;

  @Option(names = "--days-ahead", defaultValue = "14",
      description = "Days before a deadline or the follow-up date its event is sent (the advice's"
          + " DUE_SOON period). Default: ${DEFAULT-VALUE}.")
  int daysAhead = Settings.DEFAULT_DAYS_AHEAD;

  @Option(names = "--watch-interval", defaultValue = "PT1M", paramLabel = "DURATION",
      description = "How often the watch looks for dates to announce, as ISO-8601. Default: ${DEFAULT-VALUE}.")
  Duration watchInterval = Settings.DEFAULT_WATCH_INTERVAL;

  @Option(names = "--zone", defaultValue = "Europe/Amsterdam",
      description = "The time zone whose midnight starts a new day for the watch. Default: ${DEFAULT-VALUE}.")
  ZoneId zone = ZoneId.of("Europe/Amsterdam");

  @Option(names = "--rules-dir", paramLabel = "DIR",
      description = "Advise with the rule set in this folder (policy staff's, see 'gesprekswijzer"
          + " rules export'), checked at start. Default: the rule set built in.")
  @Nullable Path rulesDir;

  @Option(names = "--rules-watch", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "With --rules-dir: check each saved change of the folder and publish it when it"
          + " passes, without a restart (--no-rules-watch: read the folder once). Default: ${DEFAULT-VALUE}.")
  boolean rulesWatch = true;

  @Option(names = "--rules-quiet-period", defaultValue = "PT0.5S", paramLabel = "DURATION",
      description = "How long the folder must be left alone after a change before it is checked."
          + " Default: ${DEFAULT-VALUE}.")
  Duration rulesQuietPeriod = Duration.ofMillis(500);

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Where Kafka Streams keeps its local state (the watched dates; the changelog"
          + " topics hold them too). Default: Kafka Streams' own, under java.io.tmpdir.")
  @Nullable Path stateDir;

  @Option(names = "--threads", paramLabel = "N",
      description = "Stream threads. Default: one per processor (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--http-port", defaultValue = "8081",
      description = "Port of /health and /metrics; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int httpPort = 8081;

  @Option(names = "--create-topics", paramLabel = "PARTITIONS",
      description = "Create the four topics first, where missing, with this many partitions and the"
          + " broker's default replication factor.")
  @Nullable Integer createTopics;

  @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE",
      description = "Any Kafka Streams, consumer or producer setting, for example"
          + " -c security.protocol=SASL_SSL. May be repeated.")
  Map<String, String> kafka = new LinkedHashMap<>();

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new GesprekswijzerKafka());
  }

  Application.Config config() {
    Topics topics = new Topics(situationsTopic, adviceTopic, deadlinesTopic, deadLetterTopic);
    return new Application.Config(
        bootstrapServers,
        applicationId,
        new Settings(topics, adviceForm, daysAhead, watchInterval),
        rulesDir,
        rulesWatch,
        rulesQuietPeriod,
        stateDir,
        threads,
        httpPort,
        createTopics,
        kafka);
  }

  @Override
  public Integer call() throws Exception {
    Application application;
    try {
      application = Application.start(config(), Clock.system(zone));
    } catch (RuleSetException e) {
      System.err.println((rulesDir == null ? "the built-in rules" : rulesDir) + ": cannot be used:");
      e.findings().forEach(System.err::println);
      return 2;
    } catch (RuntimeException e) {
      System.err.println("Could not start: " + e.getMessage());
      return 2;
    }
    Thread hook = new Thread(application::close, "gesprekswijzer-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean failed = application.awaitFailure();
    if (failed) {
      Runtime.getRuntime().removeShutdownHook(hook);
      application.close();
      return 1;
    }
    return 0;
  }

  /** {@code dataless} or {@code full}, in any case. */
  static final class AdviceFormConverter implements CommandLine.ITypeConverter<AdviceForm> {
    @Override
    public AdviceForm convert(String value) {
      for (AdviceForm form : AdviceForm.values()) {
        if (form.name().equalsIgnoreCase(value)) {
          return form;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not dataless or full");
    }
  }
}
