package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gesprekswijzer.engine.fuzz.Situations;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/advice/batch}: each request answered as alone, in order, none failing another. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BatchAdviceIntegrationTests {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 23), LocalDate.of(2027, 3, 29));

  @LocalServerPort int port;

  private ApiCalls api;

  @BeforeEach
  void connect() {
    api = new ApiCalls(port);
  }

  @Test
  void answersAThousandSituationsInOrderEachAsASingleRequestIsAnswered() {
    Random random = new Random(12);
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < BatchAdviceController.MAX_ITEMS; i++) {
      requests.add(JSON.writeValueAsString(Situations.on(random, DATES.get(i % DATES.size()))));
    }

    HttpResponse<String> response = api.batch(requests);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(contentType(response)).startsWith("application/json");
    JsonNode results = json(response).path("results");
    assertThat(results.size()).isEqualTo(requests.size());
    List<Integer> different = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      HttpResponse<String> single = api.advice(requests.get(i), null);
      assertThat(single.statusCode()).as("single request %d: %s", i, single.body()).isEqualTo(200);
      if (!results.get(i).path("advice").equals(json(single))) {
        different.add(i);
      }
      assertThat(results.get(i).has("problem")).as("result %d has a problem", i).isFalse();
    }
    assertThat(different).as("results that differ from the single request's answer").isEmpty();
  }

  @Test
  void givesEachBadRequestItsOwnProblemAndTheOthersTheirAdvice() {
    List<String> requests =
        List.of(
            EXAMPLE,
            exampleWith("\"weeklyHours\": 32", "\"weeklyHours\": 0"),
            exampleWith("\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"flu\","),
            exampleWith("\"CARE_BALANCE\"", "\"CAREER\""),
            "null",
            exampleWith("\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"2026-02-30\""),
            exampleWith("\"size\": 240", "\"size\": 99999999999"),
            "[1, {\"a\": [2]}]",
            EXAMPLE);

    HttpResponse<String> response = api.batch(requests);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode results = json(response).path("results");
    assertThat(results.size()).isEqualTo(requests.size());
    for (int i : List.of(0, 3, 8)) {
      assertThat(results.get(i).path("advice")).as("result %d", i).isEqualTo(json(api.advice(requests.get(i), null)));
    }
    // Every other item gets the problem a single request gets, with its index.
    for (int i : List.of(1, 2, 5, 6, 7)) {
      HttpResponse<String> single = api.advice(requests.get(i), null);
      assertThat(single.statusCode()).as("single request %d", i).isEqualTo(400);
      ObjectNode expected = (ObjectNode) json(single);
      expected.remove("instance");
      expected.put("index", i);
      assertThat(results.get(i).path("problem")).as("result %d", i).isEqualTo(expected);
      assertThat(results.get(i).has("advice")).isFalse();
    }
    assertThat(results.at("/1/problem/errors/0/field").asString()).isEqualTo("employee.weeklyHours");
    assertThat(results.at("/2/problem/errors/0/field").asString()).isEqualTo("diagnosis");
    assertThat(results.at("/4/problem/index").asInt()).isEqualTo(4);
    assertThat(results.at("/4/problem/errors/0/field").asString()).isEqualTo("request");
    assertThat(results.at("/5/problem/errors/0/problem").asString())
        .isEqualTo("2026-02-30 is not a day of the calendar");
  }

  @Test
  void takesTheLanguageOfAcceptLanguageForEveryRequestWithoutOne() {
    String withoutLanguage = exampleWith("\"language\": \"nl\",", "");
    String dutch = EXAMPLE;

    JsonNode results = json(api.batch("[" + withoutLanguage + "," + dutch + "]", "en-GB,en;q=0.9")).path("results");

    assertThat(results.at("/0/advice"))
        .isEqualTo(json(api.advice(exampleWith("\"language\": \"nl\"", "\"language\": \"en\""), null)));
    assertThat(results.at("/1/advice")).isEqualTo(json(api.advice(dutch, null)));
  }

  @Test
  void answersAnEmptyBatchWithNoResults() {
    HttpResponse<String> response = api.batch("[]", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("results").isArray()).isTrue();
    assertThat(json(response).path("results").isEmpty()).isTrue();
  }

  @Test
  void refusesMoreThanAThousandRequestsNamingTheLimit() {
    String small =
        "{\"conversation\":{\"type\":\"CAREER\"},\"employee\":{\"weeklyHours\":36,"
            + "\"employedSince\":\"2021-03-01\"},\"employer\":{\"size\":240}}";

    HttpResponse<String> response = api.batch(ApiCalls.copies(small, BatchAdviceController.MAX_ITEMS + 1));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(contentType(response)).startsWith("application/problem+json");
    assertThat(json(response).path("maxItems").asInt()).isEqualTo(1000);
    assertThat(json(response).path("detail").asString()).contains("more than 1000 requests");
  }

  @Test
  void refusesABodyThatIsNotAnArrayOfRequestsWhole() {
    HttpResponse<String> object = api.batch(EXAMPLE, null);
    HttpResponse<String> broken = api.batch("[" + EXAMPLE + ", {\"conversation\": }]", null);
    HttpResponse<String> trailing = api.batch("[] []", null);
    HttpResponse<String> empty = api.batch("", null);

    for (HttpResponse<String> response : List.of(object, broken, trailing, empty)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(contentType(response)).startsWith("application/problem+json");
    }
    assertThat(ServiceClient.errorFields(object)).containsExactly("request");
    assertThat(ServiceClient.errorFields(broken)).containsExactly("[1].conversation");
    assertThat(ServiceClient.errorFields(trailing)).containsExactly("request");
  }

  @Test
  void acceptsABodyBeyondTheSingleLimitButNotBeyondTheBatchLimit() {
    // About 100 KB: more than a single request may be, far less than a batch may be.
    String padded = "[" + EXAMPLE + " ".repeat(100_000) + "]";
    // Declares 5 MB and sends none of it: refused at once, without waiting for the body.
    String tooLarge =
        new RawHttp(port)
            .exchange(
                RawHttp.ascii(
                    "POST " + BatchAdviceController.PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "X-API-Key: " + ApiCalls.DEV_KEY + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 5000000\r\n\r\n"));

    assertThat(api.batch(padded, null).statusCode()).isEqualTo(200);
    assertThat(tooLarge)
        .startsWith("HTTP/1.1 413")
        .contains("/problems/content-too-large")
        .contains("4194304 bytes");
  }

  @Test
  void refusesABatchThatIsNotJson() {
    HttpResponse<String> response =
        api.client().send(
            java.net.http.HttpRequest.newBuilder(api.client().uri(BatchAdviceController.PATH))
                .header("X-API-Key", ApiCalls.DEV_KEY)
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("[]")));

    assertThat(response.statusCode()).isEqualTo(415);
  }
}
