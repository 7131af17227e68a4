package nl.gesprekswijzer.service;

import static nl.gesprekswijzer.service.ExportedRules.careerWeeks;
import static nl.gesprekswijzer.service.ExportedRules.changeCareerWeeks;
import static nl.gesprekswijzer.service.ExportedRules.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import nl.gesprekswijzer.engine.TemporaryFolders;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant with a rule set of its own ({@code gesprekswijzer.tenants.acme.rules.dir}): its advice
 * comes from its folder, where its policy staff changed the weeks between career talks and the
 * version; every other tenant's from the embedded default. Each tenant's policy staff see their own
 * rule set's status and catalogue, and a change published to the tenant's folder reaches that
 * tenant only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the change to acme's folder comes last
class TenantRuleSetsIntegrationTests {

  private static final Duration CHECK_WITHIN = Duration.ofMinutes(3);
  private static final String ACME_PLATFORM = TestCredentials.randomKey();
  private static final String ACME_POLICY = TestCredentials.randomKey();
  private static final String GLOBEX_PLATFORM = TestCredentials.randomKey();
  private static final String GLOBEX_POLICY = TestCredentials.randomKey();
  private static Path acmeRules;
  private static int defaultWeeks;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void acmeHasItsOwnRules(DynamicPropertyRegistry properties) throws IOException {
    acmeRules = ExportedRules.export(TemporaryFolders.deletedAtExit("gesprekswijzer-acme"));
    defaultWeeks = careerWeeks(acmeRules);
    changeCareerWeeks(acmeRules, defaultWeeks + 4);
    edit(acmeRules.resolve("ruleset.yaml"), text -> text.replaceFirst("(?m)^version: .*$", "version: 7.0.0"));
    properties.add("gesprekswijzer.tenants.acme.rules.dir", acmeRules::toString);
    properties.add("gesprekswijzer.rules.quiet-period", () -> "200ms");
    TestCredentials.configureKey(properties, "acme-platform", ACME_PLATFORM, "acme", "advice");
    TestCredentials.configureKey(properties, "acme-policy", ACME_POLICY, "acme", "advice,rules-admin");
    TestCredentials.configureKey(properties, "globex-platform", GLOBEX_PLATFORM, "globex", "advice");
    TestCredentials.configureKey(properties, "globex-policy", GLOBEX_POLICY, "globex", "advice,rules-admin");
  }

  @Test
  @Order(1)
  void eachTenantIsAdvisedWithItsOwnRuleSetOrTheDefault() {
    JsonNode acme = calls(ACME_PLATFORM).advice(ServiceClient.CAREER);
    JsonNode globex = calls(GLOBEX_PLATFORM).advice(ServiceClient.CAREER);

    assertThat(acme.path("rulesetVersion").asString()).startsWith("7.0.0+");
    assertThat(acme.path("followUp").path("intervalWeeks").asInt()).isEqualTo(defaultWeeks + 4);
    assertThat(globex.path("rulesetVersion").asString()).doesNotStartWith("7.0.0");
    assertThat(globex.path("followUp").path("intervalWeeks").asInt()).isEqualTo(defaultWeeks);
  }

  @Test
  @Order(2)
  void eachTenantsPolicyStaffSeeTheirOwnRuleSet() throws Exception {
    JsonNode acme = calls(ACME_POLICY).status();
    JsonNode globex = calls(GLOBEX_POLICY).status();

    assertThat(acme.path("manifestVersion").asString()).isEqualTo("7.0.0");
    assertThat(acme.path("source").asString()).contains(acmeRules.getFileName().toString());
    assertThat(acme.path("watching").asBoolean()).isTrue();
    assertThat(globex.path("manifestVersion").asString()).isNotEqualTo("7.0.0");
    assertThat(globex.path("watching").asBoolean()).isFalse();

    assertThat(catalogueVersion(ACME_POLICY)).startsWith("7.0.0+");
    assertThat(catalogueVersion(GLOBEX_POLICY)).doesNotStartWith("7.0.0");
    // A platform's key sees no rule set, its tenant's or another's.
    assertThat(calls(ACME_PLATFORM).get("/api/v1/rules/status").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(3)
  void aChangeToATenantsFolderIsPublishedForThatTenantOnly() {
    String globexBefore = calls(GLOBEX_PLATFORM).advice(ServiceClient.CAREER).path("rulesetVersion").asString();

    edit(acmeRules.resolve("ruleset.yaml"), text -> text.replaceFirst("(?m)^version: .*$", "version: 7.0.1"));

    waitUntil(() -> calls(ACME_PLATFORM).advice(ServiceClient.CAREER).path("rulesetVersion").asString().startsWith("7.0.1+"));
    assertThat(calls(GLOBEX_PLATFORM).advice(ServiceClient.CAREER).path("rulesetVersion").asString())
        .isEqualTo(globexBefore);
  }

  private String catalogueVersion(String key) throws Exception {
    HttpResponse<String> response = calls(key).get("/api/v1/rules/catalogue?date=2026-11-23&language=en");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body()).path("version").asString();
  }

  private ServiceClient calls(String key) {
    return new ServiceClient(port).withKey(key);
  }

  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + CHECK_WITHIN.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("published within " + CHECK_WITHIN).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
