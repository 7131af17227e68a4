package nl.gesprekswijzer.service.security;

import static nl.gesprekswijzer.service.security.Http.challenges;
import static nl.gesprekswijzer.service.security.Http.contentType;
import static nl.gesprekswijzer.service.security.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.gesprekswijzer.service.CapturedLog;
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

  private Http http;

  @DynamicPropertySource
  static void keys(DynamicPropertyRegistry properties) {
    TestCredentials.configureKey(properties, "acme-platform", PLATFORM_KEY, "acme", "advice");
    TestCredentials.configureKey(properties, "globex-platform", OTHER_PLATFORM_KEY, "globex", "advice");
    TestCredentials.configureKey(properties, "policy-team", POLICY_KEY, "acme", "advice, rules-admin");
    TestCredentials.configureKey(properties, "rules-only", RULES_ONLY_KEY, "acme", "rules-admin");
  }

  @BeforeEach
  void connect() {
    http = Http.localhost(port);
  }

  @Test
  void givesAPlatformKeyAdviceForItsTenant() {
    HttpResponse<String> advice = http.postAdvice(KEY, PLATFORM_KEY);

    assertThat(advice.statusCode()).as(advice.body()).isEqualTo(200);
    assertThat(json(advice).path("agenda").isArray()).isTrue();
    assertThat(http.get("/test/tenant", KEY, PLATFORM_KEY).body()).isEqualTo("acme");
    assertThat(http.get("/test/tenant", KEY, OTHER_PLATFORM_KEY).body()).isEqualTo("globex");
    assertThat(http.get("/actuator/info", KEY, PLATFORM_KEY).statusCode())
        .as("any credential may read the info")
        .isEqualTo(200);
  }

  @Test
  void refusesAPlatformKeyOnEveryRulesEndpointWith403() {
    for (String path :
        List.of("/api/v1/rules/status", "/api/v1/rules/catalogue", "/rules", "/rules.js", "/playground", "/playground.js")) {
      HttpResponse<String> response = http.get(path, KEY, PLATFORM_KEY);

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
    assertThat(http.get("/api/v1/rules/status", KEY, POLICY_KEY).statusCode()).isEqualTo(200);
    assertThat(http.get("/rules", KEY, POLICY_KEY).statusCode()).isEqualTo(200);
    assertThat(http.get("/playground.js", KEY, POLICY_KEY).statusCode()).isEqualTo(200);
    assertThat(http.postAdvice(KEY, POLICY_KEY).statusCode()).isEqualTo(200);
    assertThat(http.postAdvice(KEY, RULES_ONLY_KEY).statusCode())
        .as("rules-admin may do what advice may")
        .isEqualTo(200);
  }

  @Test
  void refusesARequestWithoutACredentialWith401() {
    HttpResponse<String> response = http.postAdvice();

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
    HttpResponse<String> response = http.postAdvice(KEY, "gesprekswijzer-dev");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    assertThat(json(response).path("detail").asString()).contains("development key is switched off");
  }

  @Test
  void refusesAnUnknownKeyAndAKeyWithABearerTokenBeside() {
    HttpResponse<String> unknown = http.postAdvice(KEY, PLATFORM_KEY + "x");
    HttpResponse<String> hashInsteadOfKey =
        http.postAdvice(KEY, TestCredentials.sha256(PLATFORM_KEY));
    HttpResponse<String> both = http.postAdvice(KEY, PLATFORM_KEY, "Authorization", "Bearer abc");

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(hashInsteadOfKey.statusCode()).isEqualTo(401);
    assertThat(both.statusCode()).isEqualTo(401);
    assertThat(json(both).path("detail").asString()).contains("not both");
  }

  @Test
  void showsABrowserTheSignInPageWithTheReason() {
    String browser = "text/html,application/xhtml+xml,*/*;q=0.8";

    HttpResponse<String> withoutKey = http.get("/playground", "Accept", browser);
    HttpResponse<String> platform =
        http.get("/playground", "Accept", browser, "Cookie", "gesprekswijzer-api-key=" + PLATFORM_KEY);
    HttpResponse<String> development =
        http.get("/playground", "Accept", browser, "Cookie", "gesprekswijzer-api-key=gesprekswijzer-dev");
    HttpResponse<String> policy =
        http.get("/playground", "Accept", browser, "Cookie", "gesprekswijzer-api-key=" + POLICY_KEY);

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
    http.postAdvice(KEY, PLATFORM_KEY);
    http.postAdvice(KEY, PLATFORM_KEY + "x");
    http.get("/api/v1/rules/status", KEY, PLATFORM_KEY);
    http.get("/rules", "Accept", "text/html", "Cookie", "gesprekswijzer-api-key=" + POLICY_KEY);
    http.get("/api/v1/no-such-thing", KEY, POLICY_KEY);

    for (String key : List.of(PLATFORM_KEY, OTHER_PLATFORM_KEY, POLICY_KEY, RULES_ONLY_KEY)) {
      assertThat(LOG.getAll()).doesNotContain(key);
    }
  }
}
