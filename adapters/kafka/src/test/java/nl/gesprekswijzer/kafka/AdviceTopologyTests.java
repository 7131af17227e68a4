package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.kafka.Driver.Event;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The topology without a broker: advice events, their two forms, order per employee, dead letters. */
class AdviceTopologyTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void sendsTheDatalessAdviceGivenEventForEachSituation() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/hr:4711", Situations.sickLeave("hr:4711", TODAY, LocalDate.of(2026, 10, 5)));

      List<Event> advice = driver.advice();
      assertThat(advice).hasSize(1);
      Event event = advice.get(0);
      assertThat(event.key()).isEqualTo("acme/hr:4711");
      assertThat(event.typeHeader()).isEqualTo("advice.given");
      JsonNode json = event.json();
      assertThat(fieldNames(json))
          .containsExactly(
              "id", "type", "occurredAt", "tenant", "employeeRef", "conversationType", "rulesetVersion",
              "topics", "deadlines", "followUpDate");
      assertThat(json.get("type").asString()).isEqualTo("advice.given");
      assertThat(json.get("tenant").asString()).isEqualTo("acme");
      assertThat(json.get("employeeRef").asString()).isEqualTo("hr:4711");
      assertThat(json.get("conversationType").asString()).isEqualTo("SICK_LEAVE");
      assertThat(json.get("rulesetVersion").asString()).isEqualTo(TestEngine.get().rulesetVersion());
      assertThat(json.get("occurredAt").asString()).isEqualTo(driver.clock.instant().toString());
      assertThat(json.get("deadlines")).hasSize(7);
      assertThat(fieldNames(json.get("deadlines").get(0))).containsExactly("id", "dueDate", "status");
      assertThat(json.get("topics").get(0).asString()).isEqualTo("OPENING");
      // Dataless: nothing of the situation, no text.
      assertThat(event.text())
          .doesNotContain("2026-10-05", "sociaal-werk", "weeklyHours", "FLEXIBLE_TIMES", "title", "why", "advice\"");
      assertThat(driver.deadLetters()).isEmpty();
    }
  }

  @Test
  void sendsTheWholeAdviceOnlyInTheFullForm() {
    AdviceResponse expected =
        TestEngine.get().advise(request(Situations.careBalance("e1", TODAY)), Situations.TENANT);
    try (Driver driver = new Driver(Settings.defaults().withAdviceForm(AdviceForm.FULL), TestEngine::get, TODAY)) {
      driver.send("acme/e1", Situations.careBalance("e1", TODAY));

      JsonNode json = driver.advice().get(0).json();
      assertThat(json.get("type").asString()).isEqualTo("advice.given");
      assertThat(json.get("employeeRef").asString()).isEqualTo("e1");
      JsonNode advice = json.get("advice");
      assertThat(advice.get("rulesetVersion").asString()).isEqualTo(expected.rulesetVersion());
      assertThat(advice.get("agenda")).hasSize(expected.agenda().size());
      assertThat(advice.get("agenda").get(1).get("why").asString()).isEqualTo(expected.agenda().get(1).why());
      assertThat(advice.get("entitlements")).hasSize(expected.entitlements().size());
      assertThat(advice.get("followUp").get("nextDate").asString())
          .isEqualTo(expected.followUp().nextDate().toString());
    }
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.careBalance("e1", TODAY));

      assertThat(driver.advice().get(0).json().has("advice")).isFalse();
    }
  }

  @Test
  void keepsTheOrderOfEachEmployeesSituations() {
    List<String> employees = List.of("e1", "e2", "e3");
    try (Driver driver = new Driver(TODAY)) {
      // Interleaved: each employee's situations a week apart, so each next advice has a later follow-up.
      for (int week = 0; week < 5; week++) {
        for (String employee : employees) {
          driver.send(Situations.key(employee), Situations.wellbeing(employee, TODAY.plusWeeks(week)));
        }
      }

      Map<String, List<LocalDate>> followUps = new LinkedHashMap<>();
      for (Event event : driver.advice()) {
        followUps.computeIfAbsent(event.key(), k -> new ArrayList<>())
            .add(LocalDate.parse(event.json().get("followUpDate").asString()));
      }
      assertThat(followUps).containsOnlyKeys("acme/e1", "acme/e2", "acme/e3");
      for (List<LocalDate> dates : followUps.values()) {
        assertThat(dates).hasSize(5).isSorted().doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void sendsAnInvalidSituationToTheDeadLettersWithTheProblemAndWithoutTheSituation() {
    try (Driver driver = new Driver(TODAY)) {
      String withDiagnosis =
          Situations.careBalance("e1", TODAY).replace("\"language\"", "\"diagnosis\": \"burn-out\", \"language\"");
      driver.send("acme/e1", withDiagnosis);

      assertThat(driver.advice()).isEmpty();
      List<Event> letters = driver.deadLetters();
      assertThat(letters).hasSize(1);
      Event letter = letters.get(0);
      assertThat(letter.key()).isEqualTo("acme/e1");
      assertThat(letter.typeHeader()).isEqualTo("situation.refused");
      JsonNode json = letter.json();
      assertThat(fieldNames(json))
          .containsExactly("id", "type", "occurredAt", "key", "tenant", "employeeRef", "source", "problem");
      assertThat(json.get("type").asString()).isEqualTo("situation.refused");
      assertThat(json.get("tenant").asString()).isEqualTo("acme");
      assertThat(json.get("employeeRef").asString()).isEqualTo("e1");
      assertThat(json.get("source").get("topic").asString()).isEqualTo("gesprekswijzer.situations");
      assertThat(json.get("source").get("offset").asLong()).isZero();
      JsonNode problem = json.get("problem");
      assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-request");
      assertThat(problem.get("title").asString()).isEqualTo("Invalid advice request");
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("diagnosis");
      assertThat(problem.get("detail").asString())
          .startsWith("The request breaks the advice contract: diagnosis: is not a field of the contract");
      assertThat(letter.text()).doesNotContain("burn-out", "2019-04-01", "SERIOUS_ILLNESS", "weeklyHours\":");
    }
  }

  @Test
  void namesEachFieldTheEngineRefuses() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.careBalance("e1", TODAY).replace("\"weeklyHours\": 32", "\"weeklyHours\": 0")
          .replace("\"size\": 240", "\"size\": 0"));

      JsonNode problem = driver.deadLetters().get(0).json().get("problem");
      assertThat(problem.get("errors").findValuesAsString("field"))
          .containsExactly("employee.weeklyHours", "employer.size");
      assertThat(problem.get("errors").get(0).get("problem").asString()).isEqualTo("must be more than 0");
    }
  }

  @Test
  void refusesASituationWhoseKeyTenantOrEmployeeIsMissingOrDoesNotMatch() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e2", Situations.careBalance("e1", TODAY)); // key of another employee
      driver.send(null, Situations.careBalance("e1", TODAY)); // no key
      driver.send("acme/e1", Situations.careBalance("e1", TODAY).replace("\"tenant\": \"acme\", ", ""));
      driver.send("acme/e1", Situations.careBalance("e1", TODAY).replace("\"employeeRef\": \"e1\", ", ""));
      driver.send("acme/Jan de Vries", Situations.careBalance("Jan de Vries", TODAY));
      // Cut off: named where the parser stopped, as the service names it.
      driver.send("acme/e1", "{\"tenant\": \"acme\", \"employeeRef\": \"e1\", ");
      driver.send("acme/e1", "[1, 2]");

      List<Event> letters = driver.deadLetters();
      assertThat(letters).hasSize(7);
      assertThat(driver.advice()).isEmpty();
      assertThat(letters).extracting(l -> l.json().get("problem").get("errors").get(0).get("field").asString())
          .containsExactly("key", "key", "tenant", "employeeRef", "employeeRef", "employeeRef", "request");
      // A key that is not tenant/employeeRef, and an employeeRef that is not one, are never repeated.
      assertThat(letters.get(1).key()).isNull();
      assertThat(letters.get(4).key()).isNull();
      assertThat(letters.get(4).text()).doesNotContain("Jan", "Vries");
      assertThat(letters.get(5).json().get("problem").get("errors").get(0).get("problem").asString())
          .startsWith("is not valid JSON at line 1");
    }
  }

  @Test
  void handlesTheNextSituationOfAnEmployeeAfterADeadLetter() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", "not json");
      driver.send("acme/e1", Situations.career("e1", TODAY));

      assertThat(driver.deadLetters()).hasSize(1);
      assertThat(driver.advice()).extracting(Event::key).containsExactly("acme/e1");
    }
  }

  @Test
  void sendsASituationTheEngineFailsOnToTheDeadLettersWithoutDetail() {
    AdvisoryEngine failing = new AdvisoryEngine() {
      @Override
      public AdviceResponse advise(AdviceRequest request) {
        throw new IllegalStateException("something about " + request.employeeRef());
      }

      @Override
      public String rulesetVersion() {
        return "0";
      }
    };
    try (Driver driver = new Driver(Settings.defaults(), () -> failing, TODAY)) {
      driver.send("acme/e1", Situations.career("e1", TODAY));
      driver.send("acme/e2", Situations.career("e2", TODAY));

      List<Event> letters = driver.deadLetters();
      assertThat(letters).hasSize(2);
      JsonNode problem = letters.get(0).json().get("problem");
      assertThat(problem.get("status").asInt()).isEqualTo(500);
      assertThat(problem.has("errors")).isFalse();
      assertThat(letters.get(0).text()).doesNotContain("something about");
    }
  }

  @Test
  void answersWithTheRuleSetInServiceAtEachSituation() {
    AtomicReference<AdvisoryEngine> inService = new AtomicReference<>(TestEngine.get());
    try (Driver driver = new Driver(Settings.defaults(), inService::get, TODAY)) {
      driver.send("acme/e1", Situations.career("e1", TODAY));
      inService.set(new Republished(TestEngine.get(), "9.9.9+test"));
      driver.send("acme/e1", Situations.career("e1", TODAY));

      assertThat(driver.advice())
          .extracting(e -> e.json().get("rulesetVersion").asString())
          .containsExactly(TestEngine.get().rulesetVersion(), "9.9.9+test");
    }
  }

  @Test
  void countsEverySituationByTypeAndOutcome() {
    try (Driver driver = new Driver(TODAY)) {
      driver.send("acme/e1", Situations.career("e1", TODAY));
      driver.send("acme/e2", Situations.career("e2", TODAY));
      driver.send("acme/e3", Situations.career("e3", TODAY).replace("\"size\": 240", "\"size\": 0"));
      driver.send("acme/e4", "{");

      assertThat(driver.metrics.count("CAREER", AdviceMetrics.Outcome.OK)).isEqualTo(2);
      assertThat(driver.metrics.count("CAREER", AdviceMetrics.Outcome.INVALID)).isEqualTo(1);
      assertThat(driver.metrics.count(AdviceMetrics.UNKNOWN_TYPE, AdviceMetrics.Outcome.INVALID)).isEqualTo(1);
    }
  }

  /** An engine that answers as another, with another rule-set version: a publication, as the event shows it. */
  record Republished(AdvisoryEngine engine, String version) implements AdvisoryEngine {
    @Override
    public AdviceResponse advise(AdviceRequest request) {
      return advise(request, "default");
    }

    @Override
    public AdviceResponse advise(AdviceRequest request, String tenant) {
      AdviceResponse r = engine.advise(request, tenant);
      return new AdviceResponse(version, r.referenceDate(), r.agenda(), r.solutions(), r.entitlements(), r.deadlines(),
          r.followUp(), r.managerTips(), r.preparation(), r.warnings(), r.explanation());
    }

    @Override
    public String rulesetVersion() {
      return version;
    }
  }

  static AdviceRequest request(String situation) {
    tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) Json.SITUATIONS.readTree(situation);
    tree.remove("tenant");
    return Json.SITUATIONS.treeToValue(tree, AdviceRequest.class);
  }

  static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.propertyNames().forEach(names::add);
    return names;
  }
}
