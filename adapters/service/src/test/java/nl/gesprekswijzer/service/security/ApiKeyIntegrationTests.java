package nl.gesprekswijzer.service.security;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE_IN_ENGLISH;
import static nl.gesprekswijzer.service.ServiceClient.challenges;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.gesprekswijzer.service.CapturedLog;
import nl.gesprekswijzer.service.ServiceClient;
import nl.gesprekswijzer.service.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with API keys configured, as an operator sets it up for two HR platforms and the
 * policy team, each key by the SHA-256 of a random key: a platform's key asks for advice for its
 * tenant and may not see the rules, the policy team's may, and the development key is off.
 */
// TRACE for Spring Security and the service: not even the most talkative log shows a key.
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.org.springframework.security=TRACE",
      "logging.level.nl.gesprekswijzer=TRACE"
    })
@Import(TenantEcho.class)
class ApiKeyIntegrationTests {

  @RegisterExtension
  static final CapturedLog LOG = new CapturedLog("org.springframework.security", "nl.gesprekswijzer");

  private static final String KEY = "X-API-Key";
  private static final String PROBLEM_JSON = "application/problem+json";

  private static final String PLATFORM_KEY = TestCredentials.randomKey();
  private static final String OTHER_PLATFORM_KEY = TestCredentials.randomKey();
  private static final String POLICY_KEY = TestCredentials.randomKey();
  private static final String RULES_ONLY_KEY = TestCredentials.randomKey();

  @LocalServerPort int port;

  private ServiceClient http;

  @DynamicPropertySource
  static void keys(DynamicPropertyRegistry properties) {
    TestCredentials.configureKey(properties, "acme-platform", PLATFORM_KEY, "acme", "advice");
    TestCredentials.configureKey(properties, "globex-platform", OTHER_PLATFORM_KEY, "globex", "advice");
    TestCredentials.configureKey(properties, "policy-team", POLICY_KEY, "acme", "advice, rules-admin");
    TestCredentials.configureKey(properties, "rules-only", RULES_ONLY_KEY, "acme", "rules-admin");
  }

  @BeforeEach
  void connect() {
    http = new ServiceClient(port, null);
  }

  @Test
  void givesAPlatformKeyAdviceForItsTenant() {
    HttpResponse<String> advice = http.withHeaders(KEY, PLATFORM_KEY).postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(advice.statusCode()).as(advice.body()).isEqualTo(200);
    assertThat(json(advice).path("agenda").isArray()).isTrue();
    assertThat(http.withHeaders(KEY, PLATFORM_KEY).get("/test/tenant").body()).isEqualTo("acme");
    assertThat(http.withHeaders(KEY, OTHER_PLATFORM_KEY).get("/test/tenant").body()).isEqualTo("globex");
    assertThat(http.withHeaders(KEY, PLATFORM_KEY).get("/actuator/info").statusCode())
        .as("any credential may read the info")
        .isEqualTo(200);
  }

  @Test
  void refusesAPlatformKeyOnEveryRulesEndpointWith403() {
    for (String path :
        List.of("/api/v1/rules/status", "/api/v1/rules/catalogue", "/rules", "/rules.js", "/playground", "/playground.js")) {
      HttpResponse<String> response = http.withHeaders(KEY, PLATFORM_KEY).get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(403);
      assertThat(contentType(response)).as(path).startsWith(PROBLEM_JSON);
      assertThat(json(response).path("type").asString()).isEqualTo("/problems/forbidden");
      assertThat(json(response).path("title").asString()).isEqualTo("Forbidden");
      assertThat(json(response).path("status").asInt()).isEqualTo(403);
      assertThat(json(response).path("detail").asString()).contains("rules-admin");
    }
  }

  @Test
  void letsARulesAdminSeeTheRulesAndAskForAdvice() {
    assertThat(http.withHeaders(KEY, POLICY_KEY).get("/api/v1/rules/status").statusCode()).isEqualTo(200);
    assertThat(http.withHeaders(KEY, POLICY_KEY).get("/rules").statusCode()).isEqualTo(200);
    assertThat(http.withHeaders(KEY, POLICY_KEY).get("/playground.js").statusCode()).isEqualTo(200);
    assertThat(http.withHeaders(KEY, POLICY_KEY).postAdvice(EXAMPLE_IN_ENGLISH).statusCode()).isEqualTo(200);
    assertThat(http.withHeaders(KEY, RULES_ONLY_KEY).postAdvice(EXAMPLE_IN_ENGLISH).statusCode())
        .as("rules-admin may do what advice may")
        .isEqualTo(200);
  }

  @Test
  void refusesARequestWithoutACredentialWith401() {
    HttpResponse<String> response = http.postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    assertThat(json(response).path("type").asString()).isEqualTo("/problems/unauthorized");
    assertThat(json(response).path("title").asString()).isEqualTo("Unauthorized");
    assertThat(challenges(response)).containsExactly("ApiKey realm=\"gesprekswijzer\", header=\"X-API-Key\"");
    assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/ping").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesTheDevelopmentKeyOnceKeysAreConfigured() {
    HttpResponse<String> response = http.withHeaders(KEY, "gesprekswijzer-dev").postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    assertThat(json(response).path("detail").asString()).contains("development key is switched off");
  }

  @Test
  void refusesAnUnknownKeyAndAKeyWithABearerTokenBeside() {
    HttpResponse<String> unknown = http.withHeaders(KEY, PLATFORM_KEY + "x").postAdvice(EXAMPLE_IN_ENGLISH);
    HttpResponse<String> hashInsteadOfKey =
        http.withHeaders(KEY, TestCredentials.sha256(PLATFORM_KEY)).postAdvice(EXAMPLE_IN_ENGLISH);
    HttpResponse<String> both =
        http.withHeaders(KEY, PLATFORM_KEY, "Authorization", "Bearer abc").postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(hashInsteadOfKey.statusCode()).isEqualTo(401);
    assertThat(both.statusCode()).isEqualTo(401);
    assertThat(json(both).path("detail").asString()).contains("not both");
  }

  @Test
  void showsABrowserTheSignInPageWithTheReason() {
    String browser = "text/html,application/xhtml+xml,*/*;q=0.8";

    HttpResponse<String> withoutKey = http.withHeaders("Accept", browser).get("/playground");
    HttpResponse<String> platform =
        http.withHeaders("Accept", browser, "Cookie", "gesprekswijzer-api-key=" + PLATFORM_KEY).get("/playground");
    HttpResponse<String> development =
        http.withHeaders("Accept", browser, "Cookie", "gesprekswijzer-api-key=gesprekswijzer-dev").get("/playground");
    HttpResponse<String> policy =
        http.withHeaders("Accept", browser, "Cookie", "gesprekswijzer-api-key=" + POLICY_KEY).get("/playground");

    assertThat(withoutKey.statusCode()).isEqualTo(401);
    assertThat(withoutKey.body()).contains("data-reason=\"missing\"");
    assertThat(platform.statusCode()).isEqualTo(403);
    assertThat(platform.body()).contains("data-reason=\"forbidden\"");
    assertThat(development.statusCode()).isEqualTo(401);
    assertThat(development.body()).contains("data-reason=\"development-key-off\"");
    assertThat(policy.statusCode()).isEqualTo(200);
    assertThat(contentType(policy)).startsWith("text/html");
  }

  @Test
  void writesNoKeyToTheLog() {
    http.withHeaders(KEY, PLATFORM_KEY).postAdvice(EXAMPLE_IN_ENGLISH);
    http.withHeaders(KEY, PLATFORM_KEY + "x").postAdvice(EXAMPLE_IN_ENGLISH);
    http.withHeaders(KEY, PLATFORM_KEY).get("/api/v1/rules/status");
    http.withHeaders("Accept", "text/html", "Cookie", "gesprekswijzer-api-key=" + POLICY_KEY).get("/rules");
    http.withHeaders(KEY, POLICY_KEY).get("/api/v1/no-such-thing");

    for (String key : List.of(PLATFORM_KEY, OTHER_PLATFORM_KEY, POLICY_KEY, RULES_ONLY_KEY)) {
      assertThat(LOG.getAll()).doesNotContain(key);
    }
  }
}
