package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.kafka.Driver.Event;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The deadline watch in a {@link org.apache.kafka.streams.TopologyTestDriver}: "today" and the
 * driver's wall-clock time move on together, a day at a time, and the punctuator runs after each.
 */
class DeadlineWatchTests {

  /** A Monday; the employee has been sick since 5 October, seven weeks. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final LocalDate FIRST_SICK_DAY = LocalDate.of(2026, 10, 5);

  @Test
  void announcesEachDeadlineAndTheFollowUpOnceTheGivenDaysBeforeIt() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.sickLeave("e1", TODAY, FIRST_SICK_DAY));
      JsonNode advice = driver.advice().get(0).json();
      Map<String, LocalDate> due = new LinkedHashMap<>();
      for (JsonNode deadline : advice.get("deadlines")) {
        LocalDate date = LocalDate.parse(deadline.get("dueDate").asString());
        if (!date.isBefore(TODAY)) {
          due.put("deadline.due " + deadline.get("id").asString(), date);
        }
      }
      due.put("followup.due", LocalDate.parse(advice.get("followUpDate").asString()));
      assertThat(due).hasSizeGreaterThanOrEqualTo(5); // today's ACTION_PLAN and four later deadlines

      Map<String, List<LocalDate>> announced = new LinkedHashMap<>();
      driver.watchRunsToday();
      record(driver, announced);
      LocalDate last = due.values().stream().max(LocalDate::compareTo).orElseThrow();
      while (driver.clock.today().isBefore(last.plusDays(3))) {
        driver.advanceDays(1);
        record(driver, announced);
      }

      assertThat(announced).containsOnlyKeys(due.keySet());
      for (Map.Entry<String, LocalDate> date : due.entrySet()) {
        LocalDate expected = date.getValue().minusDays(Settings.DEFAULT_DAYS_AHEAD);
        assertThat(announced.get(date.getKey()))
            .as(date.getKey())
            .containsExactly(expected.isBefore(TODAY) ? TODAY : expected);
      }
    }
  }

  @Test
  void writesADatalessEventKeyedByEmployee() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.sickLeave("e1", TODAY, FIRST_SICK_DAY));
      JsonNode advice = driver.advice().get(0).json();
      JsonNode next = nextDeadline(advice);
      driver.watchRunsToday();

      List<Event> events = driver.deadlines();
      Event deadline = events.stream().filter(e -> e.type().equals("deadline.due")).findFirst().orElseThrow();
      assertThat(deadline.key()).isEqualTo("acme/e1");
      assertThat(deadline.typeHeader()).isEqualTo("deadline.due");
      assertThat(AdviceTopologyTests.fieldNames(deadline.json()))
          .containsExactly(
              "id", "type", "occurredAt", "tenant", "employeeRef", "conversationType", "deadline", "rulesetVersion");
      assertThat(deadline.json().get("deadline")).isEqualTo(next);
      assertThat(deadline.json().get("rulesetVersion").asString()).isEqualTo(TestEngine.get().rulesetVersion());
      Event followUp = events.stream().filter(e -> e.type().equals("followup.due")).findFirst().orElseThrow();
      assertThat(followUp.json().get("followUpDate")).isEqualTo(advice.get("followUpDate"));
      assertThat(followUp.json().has("deadline")).isFalse();
      assertThat(deadline.text() + followUp.text()).doesNotContain("2026-10-05", "sociaal-werk", "title");
      assertThat(driver.metrics.announcedCount("deadline.due")).isEqualTo(1);
      assertThat(driver.metrics.announcedCount("followup.due")).isEqualTo(1);
    }
  }

  @Test
  void announcesTheGivenNumberOfDaysAhead() {
    Settings threeDays = new Settings(Topics.DEFAULTS, AdviceForm.DATALESS, 3, Duration.ofMinutes(1));
    try (Driver driver = new Driver(threeDays, TestEngine::get, TODAY)) {
      driver.send("acme/e1", Situations.wellbeing("e1", TODAY));
      LocalDate followUp = LocalDate.parse(driver.advice().get(0).json().get("followUpDate").asString());

      Map<String, List<LocalDate>> announced = new LinkedHashMap<>();
      while (driver.clock.today().isBefore(followUp)) {
        driver.advanceDays(1);
        record(driver, announced);
      }

      assertThat(announced).containsExactly(Map.entry("followup.due", List.of(followUp.minusDays(3))));
    }
  }

  @Test
  void aLaterSituationReplacesTheWatchedDates() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.sickLeave("e1", TODAY, FIRST_SICK_DAY));
      // A week later the platform corrects the first sick day: four weeks later than it said.
      driver.advanceDays(7);
      driver.deadlines(); // what the first advice announced by now
      LocalDate corrected = FIRST_SICK_DAY.plusWeeks(4);
      driver.send("acme/e1", Situations.sickLeave("e1", driver.clock.today(), corrected));
      JsonNode second = driver.advice().get(1).json();
      List<String> secondDates = new ArrayList<>();
      for (JsonNode deadline : second.get("deadlines")) {
        secondDates.add(deadline.get("id").asString() + " " + deadline.get("dueDate").asString());
      }

      List<String> announced = new ArrayList<>();
      for (int day = 0; day < 800; day++) {
        driver.advanceDays(1);
        for (Event event : driver.deadlines()) {
          if (event.type().equals("deadline.due")) {
            JsonNode deadline = event.json().get("deadline");
            announced.add(deadline.get("id").asString() + " " + deadline.get("dueDate").asString());
          }
        }
      }

      assertThat(announced).isNotEmpty().doesNotHaveDuplicates();
      assertThat(secondDates).containsAll(announced);
    }
  }

  @Test
  void aSituationSentAgainDoesNotRepeatAnAnnouncement() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.sickLeave("e1", TODAY, FIRST_SICK_DAY));
      driver.watchRunsToday();
      assertThat(driver.deadlines()).extracting(Event::type).containsExactlyInAnyOrder("deadline.due", "followup.due");

      driver.send("acme/e1", Situations.sickLeave("e1", TODAY, FIRST_SICK_DAY));
      driver.advanceDays(1);

      assertThat(driver.advice()).hasSize(2);
      assertThat(driver.deadlines()).isEmpty();
    }
  }

  @Test
  void aTombstoneStopsTheWatch() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.sickLeave("e1", TODAY, FIRST_SICK_DAY));
      driver.send("acme/e2", Situations.wellbeing("e2", TODAY));
      driver.send("acme/e1", null);
      driver.advanceDays(120);

      assertThat(driver.deadlines()).extracting(Event::key).containsOnly("acme/e2").isNotEmpty();
      assertThat(driver.advice()).hasSize(2);
      assertThat(driver.deadLetters()).isEmpty();
    }
  }

  @Test
  void watchesNoDatesOfAnInvalidSituation() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.sickLeave("e1", TODAY, FIRST_SICK_DAY).replace("\"size\": 240", "\"size\": 0"));
      driver.advanceDays(30);

      assertThat(driver.deadLetters()).hasSize(1);
      assertThat(driver.deadlines()).isEmpty();
    }
  }

  /** The advice's first deadline from today on, as {@code {"id": ..., "dueDate": ...}}. */
  private static JsonNode nextDeadline(JsonNode advice) {
    for (JsonNode deadline : advice.get("deadlines")) {
      if (!LocalDate.parse(deadline.get("dueDate").asString()).isBefore(TODAY)) {
        tools.jackson.databind.node.ObjectNode expected = Json.EVENTS.createObjectNode();
        expected.put("id", deadline.get("id").asString());
        expected.put("dueDate", deadline.get("dueDate").asString());
        return expected;
      }
    }
    throw new AssertionError("no deadline from today on");
  }

  private static void record(Driver driver, Map<String, List<LocalDate>> announced) {
    for (Event event : driver.deadlines()) {
      String name = event.type().equals("deadline.due")
          ? "deadline.due " + event.json().get("deadline").get("id").asString()
          : event.type();
      announced.computeIfAbsent(name, k -> new ArrayList<>()).add(driver.clock.today());
    }
  }
}
