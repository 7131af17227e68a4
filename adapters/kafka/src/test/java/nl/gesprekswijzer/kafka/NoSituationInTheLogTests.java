package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.logging.TraceLog;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE, Kafka Streams' and Drools' included, situations valid, invalid and
 * failing go through the topology: no log line holds a value of a situation or of an event. The
 * lines are kept, not printed, and the levels given back afterwards.
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
        TraceLog.capture(() -> {
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
}
