package nl.gesprekswijzer.engine.evaluation;

import static nl.gesprekswijzer.engine.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.engine.fuzz.DefaultEngine;
import nl.gesprekswijzer.engine.logging.TraceLog;
import org.junit.jupiter.api.Test;

/**
 * A situation is health data, so no log level may write it: with every logger at TRACE, Drools'
 * included (which prints each fact it inserts and each match it fires), the default rule set
 * answers a situation of each conversation type and refuses two, and no line holds a value of
 * them. This holds whatever logging back end a platform embeds the engine with, because the facts
 * themselves print no values ({@code Situation[values withheld]}).
 */
class NoSituationInTheLogTests {

  /** Each value occurs only in the situations below, in the forms a line could show it. */
  private static final List<String> MARKERS =
      List.of(
          "31.123457", "31,123457", "2011-11-11", "11 november 2011", "17.75", "17,75",
          "2012-12-12", "2026-09-17", "17 september 2026", "ziekenhuizen", "marker-cao",
          // Record components as Java prints them: any fact printed with its values.
          "weeklyHours=", "employedSince=", "childAge=", "hoursPerWeek=", "firstSickDay=",
          "workCapacityPercent=", "employerSize=", "careHoursPerWeek=");

  private static final String CARE =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "nl",
        "conversation": { "type": "%s", "lastHeldOn": "2026-08-10" },
        "employee": { "weeklyHours": 31.123457, "employedSince": "2011-11-11" },
        "employer": { "size": 240, "cao": "%s" },
        "caregiving": [
          { "relation": "CHILD", "childAge": 13, "hoursPerWeek": 17.75,
            "since": "2012-12-12", "situation": "SERIOUS_ILLNESS" }
        ],
        %s
        "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
      }
      """;

  private static final String SICKNESS = "\"sickness\": { \"firstSickDay\": \"2026-09-17\", \"workCapacityPercent\": 63 },";

  @Test
  void writesNoValueOfASituationAtAnyLevel() {
    RulesAdvisoryEngine engine = DefaultEngine.get(); // compiled before: compiling logs the rule set's own CAO names

    String log =
        TraceLog.capture(
            () -> {
              for (String type : List.of("CARE_BALANCE", "WELLBEING", "CAREER")) {
                assertThat(engine.advise(request(CARE.formatted(type, "ziekenhuizen", ""))).agenda()).isNotEmpty();
              }
              assertThat(engine.advise(request(CARE.formatted("SICK_LEAVE", "ziekenhuizen", SICKNESS))).deadlines())
                  .isNotEmpty();
              assertThatThrownBy(() -> engine.advise(request(CARE.formatted("CARE_BALANCE", "marker-cao", ""))))
                  .isInstanceOf(InvalidRequestException.class);
              assertThatThrownBy(
                      () -> engine.advise(request(CARE.formatted("CARE_BALANCE", "ziekenhuizen", "").replace("240", "0"))))
                  .isInstanceOf(InvalidRequestException.class);
            });

    assertThat(log).as("TRACE is on: Drools did write its lines").contains("TRACE org.drools");
    for (String marker : MARKERS) {
      assertThat(log).as("a line of the log shows " + marker).doesNotContain(marker);
    }
  }
}
