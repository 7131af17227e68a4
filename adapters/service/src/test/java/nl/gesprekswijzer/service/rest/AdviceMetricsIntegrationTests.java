package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.ConversationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus} counts advice by conversation type, outcome and way in, times it, and
 * names the rule set in service; it never shows a value of a request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdviceMetricsIntegrationTests {

  private static final String CAREER =
      """
      {"referenceDate": "2026-11-23", "conversation": {"type": "CAREER"},
       "employee": {"weeklyHours": 31.4159, "employedSince": "2017-06-13"}, "employer": {"size": 240}}
      """;

  private static final Pattern SERIES =
      Pattern.compile("^gesprekswijzer_advice_seconds_count\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

  @LocalServerPort int port;

  private ApiCalls api;

  @BeforeEach
  void connect() {
    api = new ApiCalls(port);
  }

  @Test
  void countsEveryAdviceByTypeOutcomeAndWayIn() {
    double careerOk = count("CAREER", "ok", "single");
    double careInvalid = count("CARE_BALANCE", "invalid", "single");
    double unreadable = count("UNKNOWN", "invalid", "single");
    double careerBatchOk = count("CAREER", "ok", "batch");
    double wellbeingBatchInvalid = count("WELLBEING", "invalid", "batch");
    double refusedBatch = count("UNKNOWN", "invalid", "batch");

    assertThat(api.advice(CAREER, null).statusCode()).isEqualTo(200);
    assertThat(api.advice(exampleWith("\"weeklyHours\": 32", "\"weeklyHours\": 0"), null).statusCode())
        .isEqualTo(400);
    assertThat(api.advice("{\"conversation\": ", null).statusCode()).isEqualTo(400);
    assertThat(
            api.batch(
                    List.of(
                        CAREER,
                        CAREER,
                        CAREER.replace("CAREER", "WELLBEING").replace("31.4159", "0")))
                .statusCode())
        .isEqualTo(200);
    assertThat(api.batch("{}", null).statusCode()).isEqualTo(400);

    String scrape = scrape();
    assertThat(count(scrape, "CAREER", "ok", "single")).isEqualTo(careerOk + 1);
    assertThat(count(scrape, "CARE_BALANCE", "invalid", "single")).isEqualTo(careInvalid + 1);
    assertThat(count(scrape, "UNKNOWN", "invalid", "single")).isEqualTo(unreadable + 1);
    assertThat(count(scrape, "CAREER", "ok", "batch")).isEqualTo(careerBatchOk + 2);
    assertThat(count(scrape, "WELLBEING", "invalid", "batch")).isEqualTo(wellbeingBatchInvalid + 1);
    assertThat(count(scrape, "UNKNOWN", "invalid", "batch")).isEqualTo(refusedBatch + 1);
    assertThat(scrape)
        .containsPattern(
            "gesprekswijzer_advice_seconds_bucket\\{outcome=\"ok\",type=\"CAREER\",via=\"single\",le=\"0\\.1\"}")
        .containsPattern(
            "gesprekswijzer_advice_seconds_sum\\{outcome=\"ok\",type=\"CAREER\",via=\"single\"} [0-9.E-]+");
  }

  @Test
  void namesTheRuleSetInService() {
    String version = json(api.advice(EXAMPLE, null)).path("rulesetVersion").asString();

    assertThat(scrape()).contains("gesprekswijzer_ruleset_info{version=\"" + version + "\"} 1");
  }

  @Test
  void showsNoValueOfARequest() {
    api.advice(CAREER, "en");
    api.advice(exampleWith("\"size\": 240", "\"size\": 240, \"cao\": \"zzmarker-cao\""), null);
    api.advice(exampleWith("\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"zzmarker-flu\","), null);
    api.batch(List.of(CAREER, exampleWith("\"CHILD\"", "\"ZZMARKER_RELATION\"")));

    String scrape = scrape();
    assertThat(scrape)
        .doesNotContain("zzmarker", "ZZMARKER", "31.4159", "2017-06-13", "2026-11-23", "diagnosis");
    // Every label of the advice metric comes from a fixed list.
    List<String> types =
        Arrays.stream(ConversationType.values()).map(Enum::name).collect(java.util.stream.Collectors.toList());
    types.add("UNKNOWN");
    Matcher series = SERIES.matcher(scrape);
    int found = 0;
    while (series.find()) {
      found++;
      assertThat(series.group(1))
          .matches(
              "outcome=\"(ok|invalid|overloaded|error)\",type=\"("
                  + String.join("|", types)
                  + ")\",via=\"(single|batch)\"");
    }
    assertThat(found).isPositive();
  }

  private double count(String type, String outcome, String via) {
    return count(scrape(), type, outcome, via);
  }

  private static double count(String scrape, String type, String outcome, String via) {
    Matcher series = SERIES.matcher(scrape);
    String labels = "outcome=\"" + outcome + "\",type=\"" + type + "\",via=\"" + via + "\"";
    while (series.find()) {
      if (series.group(1).equals(labels)) {
        return Double.parseDouble(series.group(2));
      }
    }
    return 0;
  }

  private String scrape() {
    HttpResponse<String> response = api.get("/actuator/prometheus");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
