package nl.gesprekswijzer.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.service.TestCredentials;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import nl.gesprekswijzer.spi.CaoCatalog;
import nl.gesprekswijzer.spi.CaoFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each tenant sees only its own CAO figures: a platform's {@link CaoCatalog} (found with {@code
 * ServiceLoader}, here the test's {@code META-INF/services}) gives one tenant better short-term care
 * leave under the Cao Sociaal Werk; asked with that tenant's key the advice has it, asked with
 * another tenant's key the CAO table's figures. The listeners hear each advice under its tenant.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TenantCaoIntegrationTests {

  static final String TENANT = "tenant-cao-test";
  private static final String OWN_KEY = TestCredentials.randomKey();
  private static final String OTHER_KEY = TestCredentials.randomKey();
  // The Cao Sociaal Werk scenario of the default rules: 1.4 times 32 hours is 44.8 hours.
  private static final String REQUEST =
      """
      {"referenceDate": "2026-11-23", "language": "en",
       "conversation": {"type": "CARE_BALANCE"},
       "employee": {"weeklyHours": 32, "employedSince": "2019-04-01"},
       "employer": {"size": 240, "cao": "sociaal-werk"},
       "caregiving": [{"relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
                       "since": "2026-03-01", "situation": "SERIOUS_ILLNESS"}]}
      """;

  /** Twice the weekly hours at full pay, for {@link #TENANT} alone. */
  public static final class OneTenantsCaoFigures implements CaoCatalog {
    @Override
    public List<CaoFigures> figures(String tenant) {
      if (!TENANT.equals(tenant)) {
        return List.of();
      }
      return List.of(
          CaoFigures.timesWeeklyHours(
                  "sociaal-werk", "SHORT_TERM_CARE_LEAVE", LocalDate.of(2026, 1, 1), new BigDecimal("2"), 100,
                  "Huisregeling 2026, art. 4", "the tenant's own arrangement (test)")
              .withPeriodMonths(12)
              .forCare(Set.of(Relation.CHILD), Set.of(CareSituation.SERIOUS_ILLNESS)));
    }
  }

  @TestConfiguration
  static class Listening {
    static final List<String> TENANTS = new CopyOnWriteArrayList<>();

    @Bean
    AdviceListener tenantsHeard() {
      return event -> TENANTS.add(event.tenant());
    }
  }

  @LocalServerPort int port;

  @Autowired CurrentTenant currentTenant;

  @DynamicPropertySource
  static void keys(DynamicPropertyRegistry properties) {
    TestCredentials.configureKey(properties, "own", OWN_KEY, TENANT, "advice");
    TestCredentials.configureKey(properties, "other", OTHER_KEY, "another-tenant", "advice");
  }

  @Test
  void aTenantsOwnCaoFiguresReplaceTheTablesForThatTenantOnly() throws Exception {
    JsonNode own = advice(OWN_KEY);
    JsonNode other = advice(OTHER_KEY);

    assertThat(shortTermCareLeave(own).path("maxHours").decimalValue()).isEqualByComparingTo("64");
    assertThat(shortTermCareLeave(own).path("legalBasis").asString()).isEqualTo("Huisregeling 2026, art. 4");
    assertThat(shortTermCareLeave(other).path("maxHours").decimalValue()).isEqualByComparingTo("44.8");
    assertThat(Listening.TENANTS).containsSubsequence(TENANT, "another-tenant");
    assertThat(Listening.TENANTS).doesNotContain(AdviceEvent.DEFAULT_TENANT);
  }

  private JsonNode advice(String key) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advice"))
                    .header("X-API-Key", key)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(REQUEST))
                    .build(),
                BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(response.body());
  }

  private static JsonNode shortTermCareLeave(JsonNode advice) {
    for (JsonNode entitlement : advice.path("entitlements")) {
      if ("SHORT_TERM_CARE_LEAVE".equals(entitlement.path("id").asString())) {
        return entitlement;
      }
    }
    throw new AssertionError("no SHORT_TERM_CARE_LEAVE in " + advice);
  }
}
