package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.errorFields;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/rules/catalogue} and the page {@code /rules} over real HTTP, on the embedded
 * default rules: from 1 July 2015 more relations qualify for care leave, a dated change the
 * catalogue must show on either side.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RuleCatalogueIntegrationTests {

  @LocalServerPort int port;

  @Autowired Supplier<RuleSet> activeRuleSet;

  @Autowired RuleCatalogues catalogues;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  @Test
  void listsEveryRuleOfTheActiveRuleSetByConcern() {
    HttpResponse<String> response = client.get("/api/v1/rules/catalogue?date=2026-11-23&language=nl");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(contentType(response)).startsWith("application/json");
    JsonNode catalogue = json(response);
    RuleSet ruleSet = activeRuleSet.get();
    assertThat(catalogue.path("version").asString()).isEqualTo(ruleSet.version());
    assertThat(catalogue.path("date").asString()).isEqualTo("2026-11-23");
    assertThat(catalogue.path("rules").asInt()).isEqualTo(ruleSet.ruleNames().size());
    assertThat(ruleNames(catalogue)).containsExactlyInAnyOrderElementsOf(ruleSet.ruleNames());
    JsonNode rule = rule(catalogue, "short-term-care-leave-pay-limits");
    assertThat(rule.path("file").asString()).isEqualTo("rules/care/short-term-care-leave.drl");
    assertThat(rule.path("line").asInt()).isPositive();
    assertThat(rule.path("concern").asString()).isEqualTo("care");
    assertThat(rule.path("comment").asString()).startsWith("The employer pays at least the employee's minimum wage");
    assertThat(rule.path("explanation").path("nl").asString()).startsWith("Op \u2039referenceDate\u203a is het minimumloon");
  }

  @Test
  void givesTheValueOfAParameterOnEitherSideOfItsDatedChange() {
    JsonNode before = parameter("2015-06-30", "short-term-care-leave", "care-leave.qualifying-relations");
    JsonNode after = parameter("2015-07-01", "short-term-care-leave", "care-leave.qualifying-relations");

    assertThat(before.path("value").asString()).isEqualTo("PARTNER, CHILD, PARENT");
    assertThat(before.path("from").asString()).isEqualTo("2001-12-01");
    assertThat(before.path("nextValue").asString()).isEqualTo("PARTNER, CHILD, PARENT, HOUSEMATE, OTHER_FAMILY, SOCIAL");
    assertThat(before.path("nextFrom").asString()).isEqualTo("2015-07-01");
    assertThat(before.path("legalBasis").asString()).isEqualTo("Wazo art. 5:1 lid 2");
    assertThat(before.path("status").asString()).isEqualTo("CONFIRMED");
    assertThat(before.path("source").asString()).contains("BWBR0013008");

    assertThat(after.path("value").asString()).isEqualTo("PARTNER, CHILD, PARENT, HOUSEMATE, OTHER_FAMILY, SOCIAL");
    assertThat(after.path("from").asString()).isEqualTo("2015-07-01");
    assertThat(after.has("nextValue")).isFalse();
  }

  @Test
  void namesTheScenariosThatMakeARuleFire() {
    JsonNode catalogue = json(client.get("/api/v1/rules/catalogue?date=2026-11-23"));

    List<String> scenarios = new ArrayList<>();
    rule(catalogue, "care-leave-social-relation-condition")
        .path("firedIn")
        .forEach(index -> {
          JsonNode scenario = catalogue.path("scenarios").get(index.asInt());
          scenarios.add(scenario.path("file").asString() + ": " + scenario.path("name").asString());
        });
    assertThat(scenarios)
        .contains(
            "scenarios/care-law.yaml: An employee caring for a seriously ill parent and a neighbour gets care leave"
                + " for both, each named in the conditions");
    assertThat(catalogue.path("scenarios")).allMatch(scenario -> scenario.path("passed").asBoolean());
  }

  @Test
  void putsTheChosenLanguageFirstAndTitlesTheCaoRowsInIt() {
    JsonNode catalogue = json(client.get("/api/v1/rules/catalogue?date=2026-11-23&language=en"));

    assertThat(catalogue.path("language").asString()).isEqualTo("en");
    assertThat(rule(catalogue, "short-term-care-leave").path("explanation").propertyNames()).containsExactly("en", "nl");
    List<String> rows = new ArrayList<>();
    catalogue.path("caoRows").forEach(row -> rows.add(row.path("cao").asString() + " " + row.path("entitlement").asString()));
    assertThat(rows).contains("sociaal-werk SHORT_TERM_CARE_LEAVE");
    assertThat(json(client.get("/api/v1/rules/catalogue?date=2023-06-30")).path("caoRows").toString())
        .doesNotContain("sociaal-werk");
  }

  @Test
  void refusesADateNotOnTheCalendarOrAnUnknownLanguageNamingTheParameter() {
    HttpResponse<String> noDate = client.get("/api/v1/rules/catalogue?date=2026-02-30");
    HttpResponse<String> notADate = client.get("/api/v1/rules/catalogue?date=tomorrow");
    HttpResponse<String> unknownLanguage = client.get("/api/v1/rules/catalogue?language=de");

    for (HttpResponse<String> refused : List.of(noDate, notADate, unknownLanguage)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(contentType(refused)).startsWith("application/problem+json");
      assertThat(json(refused).path("type").asString()).isEqualTo("/problems/invalid-request");
    }
    assertThat(errorFields(noDate)).containsExactly("date");
    assertThat(errorFields(notADate)).containsExactly("date");
    assertThat(errorFields(unknownLanguage)).containsExactly("language");
  }

  @Test
  void runsTheScenariosOncePerRuleSetAndKeepsEachDatesCatalogue() {
    RuleCatalogue first = catalogues.of(LocalDate.of(2026, 11, 23), "nl");
    RuleCatalogue again = catalogues.of(LocalDate.of(2026, 11, 23), "nl");
    RuleCatalogue otherDate = catalogues.of(LocalDate.of(2015, 6, 30), "nl");

    assertThat(again).isSameAs(first);
    assertThat(otherDate).isNotSameAs(first);
    // The same run of the scenarios: its list is shared, not a second one with equal contents.
    assertThat(otherDate.scenarios()).isSameAs(first.scenarios());
  }

  @Test
  void servesThePageWhoseScriptReadsTheCatalogue() {
    HttpResponse<String> page = client.get("/rules");
    HttpResponse<String> script = client.get("/rules.js");
    HttpResponse<String> styles = client.get("/rules.css");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(contentType(page)).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    assertThat(page.body())
        .contains("<html lang=\"nl\">", "<script src=\"/rules.js\" defer></script>", "href=\"/rules.css\"")
        .contains("<label for=\"date\"", "<input type=\"date\" id=\"date\"", "<label for=\"filter\"", "<input type=\"search\" id=\"filter\"")
        .contains("Regelcatalogus", "English");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(contentType(script)).startsWith("text/javascript");
    assertThat(script.body())
        .contains("'/api/v1/rules/catalogue'", "query.set('language', language)", "Rule catalogue", "Regelcatalogus")
        .doesNotContain("innerHTML");
    assertThat(styles.statusCode()).isEqualTo(200);
    assertThat(contentType(styles)).startsWith("text/css");
    assertThat(styles.body()).contains(".rule-card", "@media print");
  }

  private JsonNode parameter(String date, String rule, String name) {
    JsonNode catalogue = json(client.get("/api/v1/rules/catalogue?date=" + date));
    for (JsonNode parameter : rule(catalogue, rule).path("parameters")) {
      if (parameter.path("name").asString().equals(name)) {
        return parameter;
      }
    }
    throw new AssertionError(rule + " reads no parameter " + name + " on " + date);
  }

  private static List<String> ruleNames(JsonNode catalogue) {
    List<String> names = new ArrayList<>();
    catalogue.path("concerns").forEach(concern -> concern.path("files").forEach(file -> file.path("rules")
        .forEach(rule -> names.add(rule.path("name").asString()))));
    return names;
  }

  private static JsonNode rule(JsonNode catalogue, String name) {
    for (JsonNode concern : catalogue.path("concerns")) {
      for (JsonNode file : concern.path("files")) {
        for (JsonNode rule : file.path("rules")) {
          if (rule.path("name").asString().equals(name)) {
            return rule;
          }
        }
      }
    }
    throw new AssertionError("no rule " + name + " in the catalogue");
  }
}
