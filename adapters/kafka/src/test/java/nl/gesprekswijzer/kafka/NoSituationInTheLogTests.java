package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With every logger at TRACE, Kafka Streams' and Drools' included (logback-test.xml installs the
 * application's {@link NoFactsInTheLog}, as its logback.xml does), situations valid, invalid and failing go
 * through the topology: no log line holds a value of a situation or of an event. The lines are
 * kept, not printed, and the levels given back afterwards.
 */
class NoSituationInTheLogTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** Values that occur only in the situations below. */
  private static final String[] MARKERS = {"31.123457", "2019-04-07", "2026-03-17", "MARKER-burn-out", "hr-secret"};

  @Test
  void logsNoValueOfASituationOrAnEventAtAnyLevel() {
    String situation =
        Situations.careBalance("e1", TODAY)
            .replace("\"weeklyHours\": 32", "\"weeklyHours\": 31.123457")
            .replace("2019-04-01", "2019-04-07")
            .replace("2026-03-01", "2026-03-17");
    AdvisoryEngine failing = new AdvisoryEngine() {
      @Override
      public AdviceResponse advise(AdviceRequest request) {
        throw new IllegalArgumentException("weeklyHours " + request.employee().weeklyHours() + " hr-secret");
      }

      @Override
      public String rulesetVersion() {
        return "0";
      }
    };

    String log =
        captured(() -> {
          try (Driver driver = new Driver(TODAY)) {
            driver.send("acme/e1", situation);
            driver.send("acme/e1", situation.replace("\"language\"", "\"diagnosis\": \"MARKER-burn-out\", \"language\""));
            driver.send("acme/e1", situation.replace("\"size\": 240", "\"size\": 0"));
            driver.send("acme/e1", situation.replace("}", "")); // not JSON
            driver.watchRunsToday();
            driver.advanceDays(3);
            assertThat(driver.advice()).hasSize(1);
            assertThat(driver.deadLetters()).hasSize(3);
          }
          try (Driver driver = new Driver(Settings.defaults(), () -> failing, TODAY)) {
            driver.send("acme/e1", situation);
            assertThat(driver.deadLetters()).hasSize(1);
          }
        });

    assertThat(log).contains("TRACE org.apache.kafka"); // the levels really were turned up
    assertThat(log).contains("could not be evaluated: java.lang.IllegalArgumentException at");
    for (String marker : MARKERS) {
      assertThat(log).as(marker).doesNotContain(marker);
    }
  }

  /** Every line logged while {@code action} runs, with every logger at TRACE. */
  private static String captured(Runnable action) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Map<Logger, Level> levels = new HashMap<>();
    for (Logger logger : context.getLoggerList()) {
      levels.put(logger, logger.getLevel());
      logger.setLevel(logger == root ? Level.TRACE : null); // every logger inherits TRACE
    }
    StringBuilder lines = new StringBuilder();
    AppenderBase<ILoggingEvent> capture =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            synchronized (lines) {
              lines.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                  .append(event.getFormattedMessage()).append('\n');
              IThrowableProxy thrown = event.getThrowableProxy();
              if (thrown != null) {
                lines.append(ThrowableProxyUtil.asString(thrown)).append('\n');
              }
            }
          }
        };
    capture.setContext(context);
    capture.start();
    var console = root.getAppender("CONSOLE");
    root.detachAppender(console);
    root.addAppender(capture);
    try {
      action.run();
    } finally {
      root.detachAppender(capture);
      root.addAppender(console);
      levels.forEach(Logger::setLevel);
    }
    synchronized (lines) {
      return lines.toString();
    }
  }
}
