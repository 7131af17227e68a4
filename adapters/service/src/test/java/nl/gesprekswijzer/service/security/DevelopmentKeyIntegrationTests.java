package nl.gesprekswijzer.service.security;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE_IN_ENGLISH;
import static nl.gesprekswijzer.service.ServiceClient.challenges;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service as a newcomer starts it, with no key and no issuer configured: the development key
 * opens everything from this machine, and nothing else does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DevelopmentKeyIntegrationTests {

  private static final String KEY = "X-API-Key";
  private static final String DEVELOPMENT_KEY = "gesprekswijzer-dev";
  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;

  private ServiceClient http;

  @BeforeEach
  void connect() {
    http = new ServiceClient(port, null);
  }

  @Test
  void answersTheDevelopmentKeyFromThisMachineWithBothRoles() {
    HttpResponse<String> advice = http.withHeaders(KEY, DEVELOPMENT_KEY).postAdvice(EXAMPLE_IN_ENGLISH);
    HttpResponse<String> status = http.withHeaders(KEY, DEVELOPMENT_KEY).get("/api/v1/rules/status");
    HttpResponse<String> info = http.withHeaders(KEY, DEVELOPMENT_KEY).get("/actuator/info");

    assertThat(advice.statusCode()).as(advice.body()).isEqualTo(200);
    assertThat(json(advice).path("rulesetVersion").asString()).isNotBlank();
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    assertThat(info.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesARequestWithoutACredentialWith401AndAProblemDocument() {
    for (HttpResponse<String> response :
        List.of(
            http.postAdvice(EXAMPLE_IN_ENGLISH),
            http.get("/api/v1/rules/status"),
            http.get("/actuator/info"),
            http.get("/v3/api-docs"),
            http.get("/actuator/prometheus"),
            http.get("/api/v1/no-such-thing"))) {
      assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
      assertThat(contentType(response)).startsWith(PROBLEM_JSON);
      assertThat(json(response).path("type").asString()).isEqualTo("/problems/unauthorized");
      assertThat(json(response).path("instance").asString()).isEqualTo(response.uri().getPath());
      assertThat(json(response).path("detail").asString()).contains("X-API-Key");
      assertThat(challenges(response))
          .as("only API keys are accepted: no issuer is configured")
          .containsExactly("ApiKey realm=\"gesprekswijzer\", header=\"X-API-Key\"");
    }
  }

  @Test
  void leavesHealthAndPingOpen() {
    assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/ping").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAnyOtherKey() {
    HttpResponse<String> response = http.withHeaders(KEY, "gesprekswijzer-dev2").postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("detail").asString()).isEqualTo("The API key in X-API-Key is not valid.");
  }

  @Test
  void refusesTheDevelopmentKeyThroughAProxy() {
    // A proxy on this machine makes every client look local; what it forwarded is not local.
    HttpResponse<String> response =
        http.withHeaders(KEY, DEVELOPMENT_KEY, "X-Forwarded-For", "203.0.113.7").postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("detail").asString()).contains("only from the machine the service runs on");
  }

  @Test
  void refusesTheDevelopmentKeyFromAnotherAddressOfThisMachine() {
    // A real connection whose source is not a loopback address: to this machine's own network
    // address (the service listens on all addresses), from which the connection also comes.
    Optional<InetAddress> network = networkAddress();
    assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
    ServiceClient fromTheNetwork = ServiceClient.at("http://" + network.get().getHostAddress() + ":" + port, null);

    HttpResponse<String> response = fromTheNetwork.withHeaders(KEY, DEVELOPMENT_KEY).postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("detail").asString()).contains("only from the machine the service runs on");
    assertThat(fromTheNetwork.get("/api/v1/ping").statusCode()).as("the address itself is reachable").isEqualTo(200);
  }

  @Test
  void refusesABearerTokenWhileNoIssuerIsConfigured() {
    HttpResponse<String> response =
        http.withHeaders("Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.").postAdvice(EXAMPLE_IN_ENGLISH);
    HttpResponse<String> besideTheCookie =
        http.withHeaders(
                "Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.",
                "Cookie", "gesprekswijzer-api-key=" + DEVELOPMENT_KEY)
            .get("/api/v1/rules/status");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).path("detail").asString()).contains("accepts no bearer tokens");
    assertThat(besideTheCookie.statusCode())
        .as("a credential sent on purpose counts, not the cookie the browser adds")
        .isEqualTo(401);
  }

  @Test
  void letsABrowserSignedInWithTheKeyCookieReadSwaggerUiAndItsDescription() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    String cookie = "gesprekswijzer-api-key=" + DEVELOPMENT_KEY;

    HttpResponse<String> signIn = http.withHeaders("Accept", browser).get("/swagger-ui/index.html");
    HttpResponse<String> ui = http.withHeaders("Accept", browser, "Cookie", cookie).get("/swagger-ui/index.html");
    // What Swagger UI's script fetches next, with the cookie the browser sends along.
    ServiceClient withCookie = http.withHeaders("Accept", "application/json", "Cookie", cookie);
    HttpResponse<String> config = withCookie.get("/v3/api-docs/swagger-config");
    HttpResponse<String> description = withCookie.get("/v3/api-docs");

    assertThat(signIn.statusCode()).isEqualTo(401);
    assertThat(signIn.body()).contains("<label for=\"api-key\"");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).containsIgnoringCase("swagger");
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(description.statusCode()).isEqualTo(200);
    assertThat(description.body()).contains("\"openapi\"", "/api/v1/advice/batch");
  }

  @Test
  void showsTheSignInPageToABrowserAndServesThePageWithTheKeyCookie() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    HttpResponse<String> signIn = http.withHeaders("Accept", browser).get("/rules?lang=nl");
    HttpResponse<String> script = http.withHeaders("Cookie", "gesprekswijzer-api-key=stale").get("/sign-in.js");
    HttpResponse<String> page =
        http.withHeaders("Accept", browser, "Cookie", "gesprekswijzer-api-key=" + DEVELOPMENT_KEY)
            .get("/rules?lang=nl");
    HttpResponse<String> postWithTheCookieOnly =
        http.withHeaders("Cookie", "gesprekswijzer-api-key=" + DEVELOPMENT_KEY).postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(signIn.statusCode()).isEqualTo(401);
    assertThat(contentType(signIn)).startsWith("text/html");
    assertThat(signIn.body()).contains("data-reason=\"missing\"", "<label for=\"api-key\"", "/sign-in.js");
    assertThat(signIn.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(script.statusCode()).as("a stale key keeps no one from the sign-in page").isEqualTo(200);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Regelcatalogus");
    assertThat(postWithTheCookieOnly.statusCode())
        .as("the cookie counts for GET only: another site cannot post with it")
        .isEqualTo(401);
  }

  private static Optional<InetAddress> networkAddress() {
    try {
      return NetworkInterface.networkInterfaces()
          .filter(DevelopmentKeyIntegrationTests::up)
          .flatMap(NetworkInterface::inetAddresses)
          .filter(address -> address instanceof Inet4Address)
          .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
          .findFirst();
    } catch (SocketException e) {
      return Optional.empty();
    }
  }

  private static boolean up(NetworkInterface network) {
    try {
      return network.isUp() && !network.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
