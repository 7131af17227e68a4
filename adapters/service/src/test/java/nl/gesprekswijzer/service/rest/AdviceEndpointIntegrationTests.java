package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdviceEndpointIntegrationTests {

  private static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

  @LocalServerPort int port;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  @Test
  void theLoadTestsHttpFloorsAreNotThereUnlessSwitchedOn() {
    assertThat(HttpFloorIntegrationTests.post(client, HttpFloorIntegrationTests.BYTES, EXAMPLE).statusCode())
        .isEqualTo(404);
    assertThat(HttpFloorIntegrationTests.post(client, HttpFloorIntegrationTests.JSON, EXAMPLE).statusCode())
        .isEqualTo(404);
  }

  @Test
  void answersTheContractExampleWithAdviceInTheContractsShape() {
    HttpResponse<String> response = client.postAdvice(EXAMPLE);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(contentType(response)).startsWith("application/json");
    JsonNode advice = json(response);
    assertThat(advice.path("rulesetVersion").asString()).isNotBlank();
    assertThat(advice.path("referenceDate").asString()).isEqualTo("2026-11-23");
    assertThat(advice.propertyNames())
        .contains(
            "agenda",
            "solutions",
            "entitlements",
            "followUp",
            "managerTips",
            "preparation",
            "explanation");
    JsonNode followUp = advice.path("followUp");
    assertThat(followUp.path("intervalWeeks").isNumber())
        .as("followUp.intervalWeeks is a number")
        .isTrue();
    assertThat(followUp.path("nextDate").asString()).matches(ISO_DATE);
    assertThat(followUp.path("why").asString()).isNotBlank();
  }

  @Test
  void answersTheWholeContractExampleAsASickLeaveTalkWithAllSevenDeadlines() {
    String request =
        """
        {
          "referenceDate": "2026-11-23",
          "language": "nl",
          "conversation": { "type": "SICK_LEAVE", "lastHeldOn": "2026-08-10" },
          "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
          "employer": { "size": 240, "cao": "sociaal-werk" },
          "caregiving": [
            { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
              "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
          ],
          "sickness": { "firstSickDay": "2026-10-05", "workCapacityPercent": 50 },
          "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
        }
        """;

    HttpResponse<String> response = client.postAdvice(request);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode advice = json(response);
    List<String> deadlines = new ArrayList<>();
    advice
        .path("deadlines")
        .forEach(
            d ->
                deadlines.add(
                    d.path("id").asString() + " " + d.path("dueDate").asString() + " " + d.path("status").asString()));
    // firstSickDay + (7·N − 1) days; the UWV report on the first working day after week 42. On
    // 23 November, a deadline before it has passed and one within 14 days is due soon.
    assertThat(deadlines)
        .containsExactly(
            "REPORT_TO_OCCUPATIONAL_DOCTOR 2026-10-11 PASSED",
            "PROBLEM_ANALYSIS 2026-11-15 PASSED",
            "ACTION_PLAN 2026-11-29 DUE_SOON",
            "UWV_SICKNESS_REPORT 2027-07-26 UPCOMING",
            "FIRST_YEAR_EVALUATION 2027-10-03 UPCOMING",
            "WIA_APPLICATION 2028-07-16 UPCOMING",
            "END_OF_WAGE_CONTINUATION 2028-10-01 UPCOMING");
    assertThat(advice.path("followUp").path("intervalWeeks").asInt()).isEqualTo(4);
    assertThat(advice.path("followUp").path("nextDate").asString()).isEqualTo("2026-11-29");
    JsonNode shortTermLeave = advice.path("entitlements").get(1);
    assertThat(shortTermLeave.path("id").asString()).isEqualTo("SHORT_TERM_CARE_LEAVE");
    assertThat(shortTermLeave.path("source").asString()).isEqualTo("CAO");
    assertThat(shortTermLeave.path("maxHours").decimalValue()).isEqualByComparingTo("44.8");
  }

  @Test
  void fillsEveryListACareConversationNeeds() {
    JsonNode advice = json(client.postAdvice(EXAMPLE));

    for (String list :
        List.of(
            "agenda", "solutions", "entitlements", "managerTips", "preparation", "explanation")) {
      assertThat(advice.path(list).isArray()).as(list + " is an array").isTrue();
      assertThat(advice.path(list).size()).as(list + " is not empty").isPositive();
    }
    assertThat(advice.path("agenda").get(0).path("priority").isNumber()).isTrue();
    advice
        .path("entitlements")
        .forEach(
            entitlement -> {
              if (entitlement.has("maxHours")) {
                assertThat(entitlement.path("maxHours").isNumber())
                    .as("maxHours is a JSON number")
                    .isTrue();
              }
              if (entitlement.has("earliestStart")) {
                assertThat(entitlement.path("earliestStart").asString()).matches(ISO_DATE);
              }
            });
  }

  @Test
  void keepsToTheDefaultListSizesUnlessEveryDetailIsAskedFor() {
    JsonNode standard = json(client.postAdvice(EXAMPLE));
    JsonNode full = json(client.postAdvice(EXAMPLE.replaceFirst("\\{", "{ \"detail\": \"FULL\",")));

    assertThat(standard.path("agenda").size()).isLessThanOrEqualTo(8);
    assertThat(standard.path("managerTips").size()).isLessThanOrEqualTo(6);
    assertThat(standard.path("preparation").size()).isLessThanOrEqualTo(10);
    assertThat(standard.path("agenda").get(standard.path("agenda").size() - 1).path("topic").asString())
        .isEqualTo("CLOSING");
    assertThat(full.path("agenda").size()).isGreaterThan(standard.path("agenda").size());
    assertThat(full.path("preparation").size()).isGreaterThan(standard.path("preparation").size());
  }

  @Test
  void refusesAnUnknownDetail() {
    HttpResponse<String> response =
        client.postAdvice(EXAMPLE.replaceFirst("\\{", "{ \"detail\": \"EVERYTHING\","));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("detail");
  }

  @Test
  void omitsAbsentFieldsInsteadOfWritingNull() {
    JsonNode advice = json(client.postAdvice(EXAMPLE));

    assertThat(nullMembers(advice, "")).isEmpty();
  }

  @Test
  void answersInTheLanguageAskedFor() {
    JsonNode dutch = json(client.postAdvice(EXAMPLE));
    JsonNode english =
        json(client.postAdvice(exampleWith("\"language\": \"nl\"", "\"language\": \"en\"")));

    assertThat(texts(english)).isNotEmpty().isNotEqualTo(texts(dutch));
    assertThat(english.path("agenda").get(0).path("title").asString())
        .isNotEqualTo(dutch.path("agenda").get(0).path("title").asString());
  }

  @Test
  void answersInDutchWhenNoLanguageIsGiven() {
    JsonNode dutch = json(client.postAdvice(EXAMPLE));
    JsonNode unspecified = json(client.postAdvice(exampleWith("\"language\": \"nl\",", "")));

    assertThat(texts(unspecified)).isEqualTo(texts(dutch));
  }

  private static List<String> nullMembers(JsonNode node, String path) {
    List<String> nulls = new ArrayList<>();
    if (node.isNull()) {
      nulls.add(path);
    }
    node.properties()
        .forEach(
            property ->
                nulls.addAll(nullMembers(property.getValue(), path + "." + property.getKey())));
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        nulls.addAll(nullMembers(node.get(i), path + "[" + i + "]"));
      }
    }
    return nulls;
  }

  /** Every text meant for people: titles, descriptions, reasons and tips. */
  private static List<String> texts(JsonNode advice) {
    List<String> texts = new ArrayList<>();
    for (String list :
        List.of(
            "agenda", "solutions", "entitlements", "managerTips", "preparation", "explanation")) {
      advice
          .path(list)
          .forEach(
              item ->
                  item.properties()
                      .forEach(
                          property -> {
                            if (List.of(
                                    "title", "why", "description", "conditions", "text", "because")
                                .contains(property.getKey())) {
                              texts.add(property.getValue().asString());
                            }
                          }));
    }
    return texts;
  }
}
