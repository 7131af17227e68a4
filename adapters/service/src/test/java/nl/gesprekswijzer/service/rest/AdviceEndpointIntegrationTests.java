package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.rest.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.rest.ServiceClient.contentType;
import static nl.gesprekswijzer.service.rest.ServiceClient.exampleWith;
import static nl.gesprekswijzer.service.rest.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
