package nl.gesprekswijzer.kafka;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running instance: the rule set, Kafka Streams with the topology, and the HTTP endpoints.
 * {@link GesprekswijzerKafka} makes one from its options; tests make one against their broker.
 */
final class Application implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  /** Everything an instance is started with. */
  record Config(
      String bootstrapServers,
      String applicationId,
      Settings settings,
      @Nullable Path rulesDir,
      boolean rulesWatch,
      Duration rulesQuietPeriod,
      @Nullable Path stateDir,
      int threads,
      int httpPort,
      @Nullable Integer createTopicsWithPartitions,
      Map<String, String> kafka) {}

  /**
   * The processing exception handler also for global state, as it will be by default from Kafka
   * 5.0; without it Kafka Streams 4.3 warns at every start and for every stream thread (whose
   * partition assignor reads the main consumer's settings, hence the second entry). This topology
   * has no global state and catches its own processing exceptions.
   */
  static final Map<String, String> QUIET =
      Map.of(
          StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true",
          StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), "true");

  private final PublishedRules rules;
  private final AdvisoryEngine engine;
  private final PrometheusMeterRegistry registry;
  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final HttpEndpoints http;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean closing;

  private Application(Config config, Clock clock) throws IOException {
    this.rules = rules(config);
    this.engine = rules.engine();
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    RuleSetVersionMetric.register(registry.getPrometheusRegistry(), engine::rulesetVersion);
    Properties properties = streamsProperties(config);
    if (config.createTopicsWithPartitions() != null) {
      createTopics(properties, config.settings().topics(), config.createTopicsWithPartitions());
    }
    AdviceMetrics metrics = new AdviceMetrics(registry);
    this.streams = new KafkaStreams(AdviceTopology.build(config.settings(), () -> engine, clock, metrics), properties);
    this.streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("Kafka Streams stopped: {}", e.toString());
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    streams.setStateListener(
        (now, before) -> {
          if (now == KafkaStreams.State.ERROR || (now == KafkaStreams.State.NOT_RUNNING && !closing)) {
            stopped.countDown();
          }
        });
    this.http = new HttpEndpoints(config.httpPort(), streams::state, rules::status, registry);
  }

  /** Starts an instance: the rule set is ready and Kafka Streams is starting when this returns. */
  static Application start(Config config, Clock clock) throws IOException {
    Application application = new Application(config, clock);
    application.streams.start();
    LOG.info(
        "Gesprekswijzer on Kafka: situations from {}, {} advice events to {}, deadlines {} days ahead to {},"
            + " dead letters to {}; rule set {}; health and metrics on http://localhost:{}/health and /metrics",
        config.settings().topics().situations(),
        config.settings().adviceForm().name().toLowerCase(java.util.Locale.ROOT),
        config.settings().topics().advice(),
        config.settings().daysAhead(),
        config.settings().topics().deadlines(),
        config.settings().topics().deadLetters(),
        application.engine.rulesetVersion(),
        application.http.port());
    return application;
  }

  /**
   * The rules jar's rule set, or policy staff's folder: checked at start (compiled, every scenario
   * run) and, when watched, each saved change checked and published, the next situation answered
   * with it; a change that fails its check is refused and the rule set in service stays.
   *
   * @throws nl.gesprekswijzer.engine.ruleset.RuleSetException when the first rule set fails its check
   */
  private static PublishedRules rules(Config config) {
    PublishedRules rules =
        config.rulesDir() == null
            ? PublishedRules.embedded()
            : PublishedRules.folder(config.rulesDir(), config.rulesWatch(), config.rulesQuietPeriod());
    return rules.start();
  }

  static Properties streamsProperties(Config config) {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
    properties.putAll(QUIET);
    if (config.stateDir() != null) {
      properties.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
    }
    properties.putAll(config.kafka());
    return properties;
  }

  private static void createTopics(Properties properties, Topics topics, int partitions) {
    try (Admin admin = Admin.create(properties)) {
      List<NewTopic> wanted = new ArrayList<>();
      for (String name : List.of(topics.situations(), topics.advice(), topics.deadlines(), topics.deadLetters())) {
        wanted.add(new NewTopic(name, Optional.of(partitions), Optional.empty()));
      }
      for (var result : admin.createTopics(wanted).values().entrySet()) {
        try {
          result.getValue().get(30, TimeUnit.SECONDS);
          LOG.info("Created topic {} with {} partitions", result.getKey(), partitions);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("Could not create topic " + result.getKey() + ": " + e.getCause(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("The broker did not create the topics within 30 s", e);
    }
  }

  KafkaStreams.State state() {
    return streams.state();
  }

  int httpPort() {
    return http.port();
  }

  AdvisoryEngine engine() {
    return engine;
  }

  /** Waits until Kafka Streams stops by itself (a fatal error); {@code false} when closed instead. */
  boolean awaitFailure() throws InterruptedException {
    stopped.await();
    return !closing;
  }

  /**
   * Stops: leaves the consumer group, so that this instance's partitions move to the others at
   * once rather than after the session timeout, and commits what was handled.
   */
  @Override
  public void close() {
    closing = true;
    boolean closed = false;
    try {
      closed =
          streams.close(
              CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                  .withTimeout(Duration.ofSeconds(30)));
    } finally {
      // Each in turn, whatever the one before did.
      quietly(streamsMetrics::close);
      quietly(http::close);
      quietly(rules::close);
      quietly(registry::close);
      if (closed) {
        LOG.info("Stopped: what was handled is committed, and this instance left its consumer group");
      } else {
        LOG.warn("Kafka Streams did not stop within 30 s; what it had not committed is handled again by the next instance");
      }
      stopped.countDown();
    }
  }

  private static void quietly(Runnable close) {
    try {
      close.run();
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("While stopping: {}", e.toString());
    }
  }
}
