package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.errorFields;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.CARE;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.SICK_LEAVE;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.inLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/advice} in its three forms, chosen by {@code Accept}, over real HTTP as a
 * platform sends it (with the development key).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdviceFormsIntegrationTests {

  static final String API_KEY = "gesprekswijzer-dev";
  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;

  private ServiceClient client;

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  @Test
  void answersTextCalendarWithTheFollowUpTalkOnItsDay() {
    JsonNode advice = json(post(CARE, "application/json", null));

    HttpResponse<String> response = post(CARE, "text/calendar", null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo("text/calendar;charset=UTF-8");
    String nextDate = advice.path("followUp").path("nextDate").asString();
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"vervolggesprek-" + nextDate + ".ics\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Content-Language")).hasValue("nl");
    VEvent event = Biweekly.parse(response.body()).first().getEvents().get(0);
    DateTimeComponents day = event.getDateStart().getValue().getRawComponents();
    assertThat(LocalDate.of(day.getYear(), day.getMonth(), day.getDate()))
        .isEqualTo(LocalDate.parse(nextDate));
    assertThat(event.getSummary().getValue()).isEqualTo("Vervolggesprek: werk en mantelzorg");
    assertThat(event.getDescription().getValue())
        .contains("1. " + advice.path("agenda").get(0).path("title").asString());
  }

  @Test
  void speaksTheRequestsLanguageElseTheAcceptLanguageElseDutch() {
    assertThat(summary(post(CARE, "text/calendar", "en-GB,en;q=0.9,nl;q=0.5")))
        .isEqualTo("Follow-up talk: work and informal care");
    assertThat(summary(post(CARE, "text/calendar", "de-DE,de;q=0.9")))
        .as("a language the service does not speak")
        .startsWith("Vervolggesprek");
    assertThat(summary(post(inLanguage(CARE, "nl"), "text/calendar", "en")))
        .as("the request's own language wins")
        .startsWith("Vervolggesprek");
    assertThat(summary(post(inLanguage(SICK_LEAVE, "en"), "text/calendar", null)))
        .isEqualTo("Follow-up talk: sickness absence and return to work");

    HttpResponse<String> page = post(CARE, "text/html", "en");
    assertThat(page.body()).contains("<html lang=\"en\">").contains("Conversation advice");
    assertThat(page.headers().firstValue("Content-Language")).hasValue("en");
  }

  @Test
  void answersTextHtmlWithTheManagersViewOfTheSameAdvice() {
    JsonNode advice = json(post(SICK_LEAVE, "application/json", null));

    HttpResponse<String> response = post(SICK_LEAVE, "text/html", null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(contentType(response)).isEqualTo("text/html;charset=UTF-8");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    String page = response.body();
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">");
    assertThat(topics(page)).containsExactlyElementsOf(values(advice.path("agenda"), "topic"));
    for (JsonNode deadline : advice.path("deadlines")) {
      assertThat(page)
          .contains("data-deadline=\"" + deadline.path("id").asString()
              + "\" data-status=\"" + deadline.path("status").asString() + "\"");
    }
    assertThat(page).contains("href=\"data:text/calendar;charset=utf-8;base64,");
    assertThat(page)
        .as("the page loads nothing: no script, no external style sheet, image or link")
        .doesNotContain("<script", "<link", "<img", "src=", "http://", "https://");
  }

  @Test
  void allowsThePagesOneStyleSheetByItsHashAndNothingElse() {
    HttpResponse<String> response = post(CARE, "text/html", null);

    String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(response.body());
    assertThat(style.find()).isTrue();
    assertThat(policy)
        .startsWith("default-src 'none';")
        .contains("style-src '" + ManagerViewPage.sha256(style.group(1)) + "'")
        .doesNotContain("unsafe");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void answersJsonWhenTheClientAcceptsAnythingOrAsksForNothing() {
    for (String accept : new String[] {null, "*/*", "application/json", "application/*",
        "text/html;q=0.5, application/json"}) {
      HttpResponse<String> response = post(CARE, accept, null);
      assertThat(response.statusCode()).as("Accept: %s", accept).isEqualTo(200);
      assertThat(contentType(response)).as("Accept: %s", accept).startsWith("application/json");
    }
    assertThat(contentType(post(CARE, "text/*", null))).startsWith("text/");
  }

  @Test
  void answersOtherAcceptHeadersWith406AsAProblem() {
    for (String accept : new String[] {"image/png", "application/xml", "text/plain"}) {
      HttpResponse<String> response = post(CARE, accept, null);
      assertThat(response.statusCode()).as("Accept: %s", accept).isEqualTo(406);
      assertThat(contentType(response)).as("Accept: %s", accept).startsWith(PROBLEM_JSON);
      assertThat(json(response).path("type").asString()).isEqualTo("/problems/not-acceptable");
    }
  }

  @Test
  void refusesABadRequestWithAProblemNamingTheFieldWhateverTheAccept() {
    String bad = CARE.replace("\"weeklyHours\": 32", "\"weeklyHours\": 70");
    for (String accept : new String[] {"text/html", "text/calendar"}) {
      HttpResponse<String> response = post(bad, accept, null);
      assertThat(response.statusCode()).as("Accept: %s", accept).isEqualTo(400);
      assertThat(contentType(response)).as("Accept: %s", accept).startsWith(PROBLEM_JSON);
      assertThat(errorFields(response)).containsExactly("employee.weeklyHours");
    }
  }

  @Test
  void explainsAtManagerViewHowAPlatformShowsThePage() {
    HttpResponse<String> dutch = get("/manager-view", null);
    HttpResponse<String> english = get("/manager-view?lang=en", null);

    assertThat(dutch.statusCode()).isEqualTo(200);
    assertThat(contentType(dutch)).startsWith("text/html");
    assertThat(dutch.body()).contains("<html lang=\"nl\">").contains("Accept: text/html").contains("srcdoc");
    assertThat(english.body()).contains("<html lang=\"en\">").contains("Accept: text/calendar");
    assertThat(get("/manager-view", "en-US,en;q=0.8").body()).contains("<html lang=\"en\">");
  }

  // ------------------------------------------------------------------------------------------

  private HttpResponse<String> post(String body, String accept, String acceptLanguage) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(client.uri("/api/v1/advice"))
            .header("Content-Type", "application/json")
            .header("X-API-Key", API_KEY)
            .POST(BodyPublishers.ofString(body));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request);
  }

  private HttpResponse<String> get(String path, String acceptLanguage) {
    HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).header("X-API-Key", API_KEY);
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request.GET());
  }

  private static String summary(HttpResponse<String> calendar) {
    assertThat(calendar.statusCode()).as(calendar.body()).isEqualTo(200);
    return Biweekly.parse(calendar.body()).first().getEvents().get(0).getSummary().getValue();
  }

  private static List<String> topics(String page) {
    List<String> topics = new ArrayList<>();
    Matcher topic = Pattern.compile("data-topic=\"([A-Z_]+)\"").matcher(page);
    while (topic.find()) {
      topics.add(topic.group(1));
    }
    return topics;
  }

  private static List<String> values(JsonNode list, String field) {
    List<String> values = new ArrayList<>();
    list.forEach(item -> values.add(item.path(field).asString()));
    return values;
  }
}
