package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.errorFields;
import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import nl.gesprekswijzer.service.ServiceClient;
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
 * Every failure is an RFC 9457 problem document; bad input is a 400 that names the field, never a
 * 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProblemResponsesIntegrationTests {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        argumentSet(
            "weekly hours of 0",
            exampleWith("\"weeklyHours\": 32", "\"weeklyHours\": 0"),
            "employee.weeklyHours"),
        argumentSet(
            "weekly hours above 60",
            exampleWith("\"weeklyHours\": 32", "\"weeklyHours\": 61"),
            "employee.weeklyHours"),
        argumentSet(
            "care hours above 168",
            exampleWith("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 169"),
            "caregiving[0].hoursPerWeek"),
        argumentSet(
            "an employer of 0 employees",
            exampleWith("\"size\": 240", "\"size\": 0"),
            "employer.size"),
        argumentSet(
            "an employment that starts after the reference date",
            exampleWith("\"employedSince\": \"2019-04-01\"", "\"employedSince\": \"2026-11-24\""),
            "employee.employedSince"),
        argumentSet(
            "care that starts after the reference date",
            exampleWith("\"since\": \"2026-03-01\"", "\"since\": \"2027-01-01\""),
            "caregiving[0].since"),
        argumentSet(
            "a diagnosis",
            exampleWith(
                "\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"burn-out\","),
            "diagnosis"),
        argumentSet(
            "a diagnosis of the person cared for",
            exampleWith("\"childAge\": 6,", "\"childAge\": 6, \"diagnosis\": \"leukemia\","),
            "caregiving[0].diagnosis"),
        argumentSet(
            "weekly hours in range but with a billion decimals",
            exampleWith("\"weeklyHours\": 32", "\"weeklyHours\": 0.1e-999999999"),
            "employee.weeklyHours"),
        argumentSet(
            "a reference date before the rule set has any figures",
            exampleWith("\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"1999-12-31\"")
                .replace("2026-08-10", "1999-08-10")
                .replace("2019-04-01", "1990-04-01")
                .replace("2026-03-01", "1999-03-01"),
            "referenceDate"),
        argumentSet(
            "a field with an empty name",
            exampleWith("\"language\": \"nl\",", "\"language\": \"nl\", \"\": 1,"),
            "\"\""),
        argumentSet(
            "a field with a blank name in a list entry",
            exampleWith("\"childAge\": 6,", "\"childAge\": 6, \" \": 1,"),
            "caregiving[0].\" \""),
        argumentSet(
            "an unknown relation",
            exampleWith("\"CHILD\"", "\"COUSIN\""),
            "caregiving[0].relation"),
        argumentSet(
            "an unknown conversation type",
            exampleWith("\"CARE_BALANCE\"", "\"X\""),
            "conversation.type"),
        argumentSet(
            "an enum value given as a number",
            exampleWith("\"CHILD\"", "1"),
            "caregiving[0].relation"),
        argumentSet("malformed JSON", "{", "request"),
        argumentSet(
            "JSON that breaks off after a field name", "{\"referenceDate\": ", "referenceDate"),
        argumentSet(
            "JSON with an unquoted value",
            exampleWith("\"relation\": \"CHILD\"", "\"relation\": CHILD"),
            "caregiving[0].relation"),
        argumentSet("an empty body", "", "request"),
        argumentSet("the JSON literal null", "null", "request"),
        argumentSet("an array instead of an object", "[" + EXAMPLE + "]", "request"),
        argumentSet("a second document after the request", EXAMPLE + " {}", "request"),
        argumentSet(
            "a child without an age",
            exampleWith("\"childAge\": 6,", ""),
            "caregiving[0].childAge"),
        argumentSet(
            "a date in the wrong format",
            exampleWith("\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"23-11-2026\""),
            "referenceDate"),
        argumentSet(
            "a number out of range",
            exampleWith("\"size\": 240", "\"size\": 1e30"),
            "employer.size"),
        argumentSet(
            "a whole number too large for the type",
            exampleWith("\"size\": 240", "\"size\": 99999999999"),
            "employer.size"),
        argumentSet(
            "a number with a fraction where a whole number is expected",
            exampleWith("\"size\": 240", "\"size\": 240.5"),
            "employer.size"),
        argumentSet(
            "text where a number is expected",
            exampleWith("\"size\": 240", "\"size\": \"abc\""),
            "employer.size"),
        argumentSet(
            "a number written as text",
            exampleWith("\"size\": 240", "\"size\": \"240\""),
            "employer.size"),
        argumentSet(
            "an object where a list is expected",
            exampleWith("\"wishes\": [\"FLEXIBLE_TIMES\", \"FEWER_HOURS\"]", "\"wishes\": {}"),
            "wishes"),
        argumentSet(
            "a field given twice",
            exampleWith("\"language\": \"nl\",", "\"language\": \"nl\", \"language\": \"en\","),
            "language"),
        argumentSet(
            "no employee",
            exampleWith(
                "\"employee\": { \"weeklyHours\": 32, \"employedSince\": \"2019-04-01\" },", ""),
            "employee"),
        argumentSet(
            "a language the contract does not offer",
            exampleWith("\"language\": \"nl\"", "\"language\": \"de\""),
            "language"),
        argumentSet(
            "an unknown CAO",
            exampleWith("\"size\": 240", "\"size\": 240, \"cao\": \"no-such-cao\""),
            "employer.cao"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void refusesBadInputWithAProblemNamingTheField(String body, String field) {
    HttpResponse<String> response = client.postAdvice(body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-request");
    assertThat(problem.path("title").asString()).isEqualTo("Invalid advice request");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("detail").asString()).contains(field);
    assertThat(errorFields(response)).as(response.body()).contains(field);
    problem
        .path("errors")
        .forEach(error -> assertThat(error.path("problem").asString()).isNotBlank());
  }

  @Test
  void explainsThatHealthDetailsAreDeliberatelyNotAccepted() {
    HttpResponse<String> response =
        client.postAdvice(
            exampleWith(
                "\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"burn-out\","));

    assertThat(json(response).path("errors").get(0).path("problem").asString())
        .contains("not a field of the contract", "diagnosis", "deliberately not accepted");
  }

  @Test
  void listsTheAllowedValuesOfAnUnknownEnumValue() {
    HttpResponse<String> response = client.postAdvice(exampleWith("\"CHILD\"", "\"COUSIN\""));

    assertThat(json(response).path("errors").get(0).path("problem").asString())
        .contains("PARTNER", "CHILD", "PARENT", "HOUSEMATE", "OTHER_FAMILY", "SOCIAL")
        .doesNotContain("COUSIN");
  }

  @Test
  void namesEveryOffendingFieldTheEngineFinds() {
    String body =
        exampleWith("\"weeklyHours\": 32", "\"weeklyHours\": 0")
            .replace("\"size\": 240", "\"size\": 0");

    assertThat(errorFields(client.postAdvice(body)))
        .contains("employee.weeklyHours", "employer.size");
  }

  @Test
  void refusesAnotherContentTypeWith415() {
    HttpResponse<String> response = client.postAdvice("text/plain", EXAMPLE);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    assertThat(json(response).path("type").asString())
        .isEqualTo("/problems/unsupported-media-type");
  }

  @Test
  void refusesGetOnTheAdviceEndpointWith405() {
    HttpResponse<String> response = client.get("/api/v1/advice");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    assertThat(response.headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    assertThat(json(response).path("type").asString()).isEqualTo("/problems/method-not-allowed");
  }

  @Test
  void answersAnUnacceptableAcceptHeaderWith406() {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/v1/advice"))
                .header("Content-Type", "application/json")
                .header("Accept", "image/png")
                .POST(BodyPublishers.ofString(EXAMPLE)));

    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
  }

  @Test
  void answersAnUnknownPathWith404ForEveryMethod() {
    HttpResponse<String> get = client.get("/api/v1/no-such-thing");
    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/v1/no-such-thing"))
                .POST(BodyPublishers.ofString("{}")));

    for (HttpResponse<String> response : List.of(get, post)) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(contentType(response)).startsWith(PROBLEM_JSON);
      assertThat(json(response).path("type").asString()).isEqualTo("/problems/not-found");
    }
  }

  @Test
  void answersTheErrorPathWithAProblemToo() {
    HttpResponse<String> response = client.get("/error");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
  }

  @Test
  void reportsHealthUp() {
    HttpResponse<String> response = client.get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("status").asString()).isEqualTo("UP");
  }

  @Test
  void tellsTheDeployedRulesetVersion() {
    HttpResponse<String> response = client.get("/actuator/info");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("rulesetVersion").asString()).isNotBlank();
  }

  @Test
  void exposesNoOtherActuatorEndpoints() {
    for (String endpoint :
        List.of(
            "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
      HttpResponse<String> response = client.get(endpoint);

      assertThat(response.statusCode()).as(endpoint).isEqualTo(404);
      assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    }
  }
}
