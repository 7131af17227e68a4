package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.gesprekswijzer.service.CapturedLog;
import nl.gesprekswijzer.service.ServiceClient;
import nl.gesprekswijzer.service.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request may contain health data, so nothing of it may reach the log: not from our code and not
 * from Spring's exception resolvers, whose messages quote Jackson's, which quote the value; nor a
 * credential. Checked with the most talkative levels an operator could turn on while diagnosing:
 * TRACE for Spring Security, Spring Web and the service itself.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.org.springframework.security=TRACE",
      "logging.level.org.springframework.web=TRACE",
      "logging.level.nl.gesprekswijzer=TRACE"
    })
class LogPrivacyIntegrationTests {

  @RegisterExtension
  static final CapturedLog LOG = new CapturedLog("org.springframework.security", "org.springframework.web", "nl.gesprekswijzer");

  /**
   * A situation whose values are markers: each occurs in no other request of the tests and in no
   * text of the rule set, in the forms a log line could show it (as sent, as Java prints it, as an
   * answer's text writes it).
   */
  private static final String MARKED =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "nl",
        "conversation": { "type": "CARE_BALANCE", "lastHeldOn": "2026-08-10" },
        "employee": { "weeklyHours": 37.25, "employedSince": "2011-11-11" },
        "employer": { "size": 240, "cao": "ziekenhuizen" },
        "caregiving": [
          { "relation": "CHILD", "childAge": 13, "hoursPerWeek": 17.75,
            "since": "2012-12-12", "situation": "SERIOUS_ILLNESS" }
        ],
        "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
      }
      """;

  private static final List<String> MARKERS =
      List.of(
          "37.25", "37,25", "17.75", "17,75", "2011-11-11", "11 november 2011", "11-11-2011",
          "2012-12-12", "12 december 2012", "childAge=13", "childAge\":13", "childAge\": 13",
          "13 jaar", "ziekenhuizen", "Ziekenhuizen",
          // Derived from them: short-term care leave is twice the weekly hours.
          "74.5", "74,5");

  /** The JDK's HTTP client, which the tests send with; its DEBUG lines show what it sends. */
  private static final String TEST_CLIENT = "jdk.internal.httpclient";

  @LocalServerPort int port;

  @Test
  void logsNoValueOfAnyRequestNorTheKeyAtAnyLevel() {
    ServiceClient client = new ServiceClient(port);
    int before = LOG.getAll().length();

    HttpResponse<String> answered = client.postAdvice(MARKED);
    HttpResponse<String> refusedByTheEngine =
        client.postAdvice(MARKED.replace("\"size\": 240", "\"size\": 0"));
    HttpResponse<String> refusedByJackson =
        client.postAdvice(MARKED.replace("\"wishes\"", "\"diagnosis\": \"MARKER_DIAGNOSIS\", \"wishes\""));
    HttpResponse<String> withoutKey = new ServiceClient(port, null).postAdvice(MARKED);

    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(answered.body())
        .as("the answer does show the situation: the markers are in the forms it writes")
        .contains("74,5");
    assertThat(refusedByTheEngine.statusCode()).isEqualTo(400);
    assertThat(refusedByJackson.statusCode()).isEqualTo(400);
    assertThat(withoutKey.statusCode()).isEqualTo(401);
    String log = LOG.getAll().substring(before);
    assertThat(log)
        .as("TRACE is on: the requests are in the log, only their values are not")
        .contains("/api/v1/advice");
    for (String marker : MARKERS) {
      assertThat(log).as("a line of the log shows " + marker).doesNotContain(marker);
    }
    assertThat(log).doesNotContain("MARKER_").doesNotContain(TestCredentials.DEVELOPMENT_KEY);
  }

  /**
   * An operator who sets the root logger to TRACE while the service runs (as {@code
   * /actuator/loggers} or {@code logging.level.root} would) turns on Tomcat, Drools, Jackson and
   * every other library at once: Tomcat's input buffer then prints the bytes it receives, Drools
   * every fact it inserts. Still no value of a request and no key in any line.
   */
  @Test
  void logsNoValueOfARequestNorTheKeyWithTheRootLoggerAtTrace() {
    ServiceClient client = new ServiceClient(port);
    LoggingSystem logging = LoggingSystem.get(LogPrivacyIntegrationTests.class.getClassLoader());
    int before = LOG.getAll().length();

    logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
    logging.setLogLevel(TEST_CLIENT, LogLevel.INFO); // the test's own HTTP client, not the service
    try {
      assertThat(client.postAdvice(MARKED).statusCode()).isEqualTo(200);
      assertThat(client.postAdvice(MARKED.replace("\"size\": 240", "\"size\": 0")).statusCode()).isEqualTo(400);
      assertThat(client.postAdvice(MARKED.replace("\"wishes\"", "\"diagnosis\": \"MARKER_DIAGNOSIS\", \"wishes\""))
              .statusCode())
          .isEqualTo(400);
    } finally {
      logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
      logging.setLogLevel(TEST_CLIENT, null);
    }

    String log = LOG.getAll().substring(before);
    assertThat(log)
        .as("the root logger really was at TRACE: Tomcat and Spring wrote their lines")
        .contains("DEBUG org.apache.coyote.")
        .contains("TRACE org.springframework.");
    for (String marker : MARKERS) {
      assertThat(log).as("a line of the log shows " + marker).doesNotContain(marker);
    }
    assertThat(log).doesNotContain("MARKER_").doesNotContain(TestCredentials.DEVELOPMENT_KEY);
  }

  @Test
  void logsNothingOfARequestThatJacksonRefuses() {
    ServiceClient client = new ServiceClient(port);

    HttpResponse<String> badEnum = client.postAdvice(exampleWith("\"CHILD\"", "\"MARKER_XYZ\""));
    HttpResponse<String> unknownField =
        client.postAdvice(
            exampleWith(
                "\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"MARKER_ABC\","));
    HttpResponse<String> badDate =
        client.postAdvice(
            exampleWith("\"referenceDate\": \"2026-11-23\"", "\"referenceDate\": \"MARKER_DATE\""));
    HttpResponse<String> malformed = client.postAdvice("{\"diagnosis\": \"MARKER_JSON");

    assertThat(badEnum.statusCode()).isEqualTo(400);
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(LOG.getAll()).doesNotContain("MARKER_");
  }

  @Test
  void logsNothingOfARequestThatTheEngineRefuses() {
    ServiceClient client = new ServiceClient(port);

    HttpResponse<String> unknownCao =
        client.postAdvice(exampleWith("\"size\": 240", "\"size\": 240, \"cao\": \"marker-cao\""));

    assertThat(unknownCao.statusCode()).isEqualTo(400);
    assertThat(LOG.getAll()).doesNotContain("marker-cao");
  }

  @Test
  void echoesNoRefusedValueInTheProblemDocument() {
    ServiceClient client = new ServiceClient(port);

    HttpResponse<String> badEnum = client.postAdvice(exampleWith("\"CHILD\"", "\"MARKER_XYZ\""));
    HttpResponse<String> unknownField =
        client.postAdvice(
            exampleWith(
                "\"language\": \"nl\",", "\"language\": \"nl\", \"diagnosis\": \"MARKER_ABC\","));

    assertThat(badEnum.body()).doesNotContain("MARKER_XYZ");
    assertThat(unknownField.body()).doesNotContain("MARKER_ABC");
  }
}
