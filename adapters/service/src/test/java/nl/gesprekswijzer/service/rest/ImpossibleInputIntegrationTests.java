package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.gesprekswijzer.service.ServiceClient;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Input no real situation can have, sent as an HR platform would: each is a 400 that names the
 * field and says what is wrong in words a developer understands, never an answer with nonsense in
 * it and never a complaint about something else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImpossibleInputIntegrationTests {

  private static final String DATE_FORMAT = "must be a date written as yyyy-mm-dd, for example 2026-11-23";

  @LocalServerPort int port;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  @Test
  void refusesAReferenceDateCenturiesAheadNamingTheLastDateTheRuleSetAdvisesOn() {
    HttpResponse<String> response =
        client.postAdvice(exampleWith("\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"9999-12-31\""));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(errors(response)).singleElement().satisfies(error -> {
      assertThat(error.path("field").asString()).isEqualTo("referenceDate");
      assertThat(error.path("problem").asString())
          .matches("must not be after \\d{4}-\\d{2}-\\d{2}, the last date this rule set can advise on .*");
    });
    assertThat(response.body()).doesNotContain("+10000");
  }

  @Test
  void advisesOnTodayAndTheYearsAhead() {
    for (String date : List.of("2026-12-03", "2028-12-31")) {
      HttpResponse<String> response =
          client.postAdvice(exampleWith("\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"" + date + "\""));

      assertThat(response.statusCode()).as(date + ": " + response.body()).isEqualTo(200);
    }
  }

  @Test
  void refusesCareHoursThatAddUpToMoreThanTheHoursOfAWeek() {
    String care =
        "{ \"relation\": \"PARENT\", \"hoursPerWeek\": 168, \"since\": \"2026-03-01\", \"situation\": \"STABLE\" }";
    HttpResponse<String> response =
        client.postAdvice(
            exampleWith("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 168")
                .replace("\"situation\": \"SERIOUS_ILLNESS\" }", "\"situation\": \"SERIOUS_ILLNESS\" }, " + care + ", " + care));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(fieldsAndProblems(response))
        .containsExactly(
            tuple("caregiving", "the hoursPerWeek of all people cared for add up to 504, more than the 168 hours of a week"));
  }

  @Test
  void advisesCareThatFillsTheWeekExactly() {
    String care =
        "{ \"relation\": \"PARENT\", \"hoursPerWeek\": 100.5, \"since\": \"2026-03-01\", \"situation\": \"STABLE\" }";
    HttpResponse<String> response =
        client.postAdvice(
            exampleWith("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 67.5")
                .replace("\"situation\": \"SERIOUS_ILLNESS\" }", "\"situation\": \"SERIOUS_ILLNESS\" }, " + care));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  static Stream<Arguments> impossibleDates() {
    return Stream.of(
        argumentSet("the reference date", "\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"%s\"", "referenceDate"),
        argumentSet("the last talk", "\"lastHeldOn\": \"2026-08-10\"", "\"lastHeldOn\": \"%s\"", "conversation.lastHeldOn"),
        argumentSet("the employment's start", "\"employedSince\": \"2019-04-01\"", "\"employedSince\": \"%s\"",
            "employee.employedSince"),
        argumentSet("the start of care", "\"since\": \"2026-03-01\"", "\"since\": \"%s\"", "caregiving[0].since"),
        argumentSet("the first sick day", "\"size\": 240 },", "\"size\": 240 }, \"sickness\": { \"firstSickDay\": \"%s\" },",
            "sickness.firstSickDay"));
  }

  @ParameterizedTest
  @MethodSource("impossibleDates")
  void saysThatADateWhichDoesNotExistIsNotADayOfTheCalendar(String original, String replacement, String field) {
    for (String day : List.of("2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10")) {
      HttpResponse<String> response = client.postAdvice(exampleWith(original, replacement.formatted(day)));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(fieldsAndProblems(response)).as(day).containsExactly(tuple(field, day + " is not a day of the calendar"));
    }
  }

  @ParameterizedTest
  @MethodSource("impossibleDates")
  void keepsTellingABadlyWrittenDateHowToWriteIt(String original, String replacement, String field) {
    for (String written : List.of("23-11-2026", "2026-2-3", "20261123", "2026/02/30", "30-02-2026", "yesterday")) {
      HttpResponse<String> response = client.postAdvice(exampleWith(original, replacement.formatted(written)));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(fieldsAndProblems(response)).as(written).containsExactly(tuple(field, DATE_FORMAT));
    }
  }

  static Stream<Arguments> hugeNumbers() {
    return Stream.of(
        argumentSet("care hours of 1e30", "\"hoursPerWeek\": 14", "\"hoursPerWeek\": 1e30", "caregiving[0].hoursPerWeek",
            "must be at most 168"),
        argumentSet("care hours of twenty nines", "\"hoursPerWeek\": 14", "\"hoursPerWeek\": 99999999999999999999",
            "caregiving[0].hoursPerWeek", "must be at most 168"),
        argumentSet("care hours just above 168 with 21 decimals", "\"hoursPerWeek\": 14",
            "\"hoursPerWeek\": 168.000000000000000000001", "caregiving[0].hoursPerWeek", "must be at most 168"),
        argumentSet("care hours of -1e30", "\"hoursPerWeek\": 14", "\"hoursPerWeek\": -1e30", "caregiving[0].hoursPerWeek",
            "must be at least 0"),
        argumentSet("weekly hours of 1e30", "\"weeklyHours\": 32", "\"weeklyHours\": 1e30", "employee.weeklyHours",
            "must be at most 60"),
        argumentSet("weekly hours of twenty nines", "\"weeklyHours\": 32", "\"weeklyHours\": 99999999999999999999",
            "employee.weeklyHours", "must be at most 60"),
        argumentSet("weekly hours of -1e30", "\"weeklyHours\": 32", "\"weeklyHours\": -1e30", "employee.weeklyHours",
            "must be more than 0"),
        argumentSet("an employer too large for a whole number", "\"size\": 240", "\"size\": 99999999999", "employer.size",
            "must be a whole number from 1 to 10000000"),
        argumentSet("an employer too negative for a whole number", "\"size\": 240", "\"size\": -99999999999",
            "employer.size", "must be a whole number from 1 to 10000000"),
        argumentSet("a child's age too large for a whole number", "\"childAge\": 6", "\"childAge\": 99999999999999999999",
            "caregiving[0].childAge", "must be a whole number from 0 to 120"),
        argumentSet("an employer size of 1e30", "\"size\": 240", "\"size\": 1e30", "employer.size",
            "must be a whole number from 1 to 10000000, written as a JSON number"),
        argumentSet("a child's age with a fraction", "\"childAge\": 6", "\"childAge\": 6.5", "caregiving[0].childAge",
            "must be a whole number from 0 to 120, written as a JSON number"),
        argumentSet("a capacity too large for a whole number", "\"size\": 240 },",
            "\"size\": 240 }, \"sickness\": { \"firstSickDay\": \"2026-11-01\", \"workCapacityPercent\": 99999999999 },",
            "sickness.workCapacityPercent", "must be a whole number from 0 to 100"));
  }

  @ParameterizedTest
  @MethodSource("hugeNumbers")
  void tellsANumberItsRangeAndNothingAboutItsDigits(
      String original, String replacement, String field, String problem) {
    HttpResponse<String> response = client.postAdvice(exampleWith(original, replacement));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(fieldsAndProblems(response)).containsExactly(tuple(field, problem));
  }

  @Test
  void tellsANumberInRangeWithAbsurdPrecisionItsDecimals() {
    HttpResponse<String> response =
        client.postAdvice(exampleWith("\"weeklyHours\": 32", "\"weeklyHours\": 0.1e-999999999"));

    assertThat(fieldsAndProblems(response))
        .containsExactly(tuple("employee.weeklyHours", "must have at most 20 digits after the decimal point"));
  }

  private static List<JsonNode> errors(HttpResponse<String> response) {
    List<JsonNode> errors = new ArrayList<>();
    json(response).path("errors").forEach(errors::add);
    return errors;
  }

  private static List<Tuple> fieldsAndProblems(HttpResponse<String> response) {
    return errors(response).stream()
        .map(error -> tuple(error.path("field").asString(), error.path("problem").asString()))
        .toList();
  }
}
