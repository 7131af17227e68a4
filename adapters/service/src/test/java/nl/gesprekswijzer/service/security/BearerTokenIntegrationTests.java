package nl.gesprekswijzer.service.security;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE_IN_ENGLISH;
import static nl.gesprekswijzer.service.ServiceClient.challenges;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.gesprekswijzer.service.CapturedLog;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as an OAuth2 resource server: tokens signed by an identity provider that this test
 * plays, with an RSA key made for the run and its JWK set served over HTTP as a real provider
 * serves it. The tenant and the roles are read from claims configured as Keycloak writes them (a
 * claim of its own, and {@code realm_access.roles}).
 */
// TRACE for Spring Security and the service: not even the most talkative log shows a token.
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "logging.level.org.springframework.security=TRACE",
      "logging.level.nl.gesprekswijzer=TRACE"
    })
@Import(TenantEcho.class)
class BearerTokenIntegrationTests {

  @RegisterExtension
  static final CapturedLog LOG = new CapturedLog("org.springframework.security", "nl.gesprekswijzer");

  private static final String ISSUER = "https://login.example.test/realms/hr";
  private static final String AUDIENCE = "gesprekswijzer";
  private static final String PROBLEM_JSON = "application/problem+json";

  private static final RSAKey SIGNING_KEY = rsaKey("signing-key");
  /** Another key under the same id: what a forger would sign with. */
  private static final RSAKey FORGED_KEY = rsaKey("signing-key");

  private static final HttpServer IDENTITY_PROVIDER = serveKeys(new JWKSet(SIGNING_KEY.toPublicJWK()));
  private static final List<String> TOKENS_SENT = new ArrayList<>();

  @LocalServerPort int port;

  private ServiceClient http;

  @DynamicPropertySource
  static void oauth2(DynamicPropertyRegistry properties) {
    String prefix = "gesprekswijzer.security.oauth2.";
    properties.add(prefix + "issuer-uri", () -> ISSUER);
    properties.add(
        prefix + "jwk-set-uri",
        () -> "http://127.0.0.1:" + IDENTITY_PROVIDER.getAddress().getPort() + "/realms/hr/certs");
    properties.add(prefix + "audience", () -> AUDIENCE);
    properties.add(prefix + "tenant-claim", () -> "hr_tenant");
    properties.add(prefix + "roles-claim", () -> "realm_access.roles");
  }

  @AfterAll
  static void stopIdentityProvider() {
    IDENTITY_PROVIDER.stop(0);
  }

  @BeforeEach
  void connect() {
    http = new ServiceClient(port, null);
  }

  @Test
  void givesATokenWithTheRoleAdviceAdviceForItsTenant() {
    String token = token(SIGNING_KEY, claims -> claims);

    HttpResponse<String> advice = http.withHeaders(bearer(token)).postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(advice.statusCode()).as(advice.body()).isEqualTo(200);
    assertThat(json(advice).path("rulesetVersion").asString()).isNotBlank();
    assertThat(http.withHeaders(bearer(token)).get("/test/tenant").body()).isEqualTo("acme");
  }

  @Test
  void refusesATokenWithoutTheRoleRulesAdminOnTheRulesWith403() {
    String token = token(SIGNING_KEY, claims -> claims);

    HttpResponse<String> response = http.withHeaders(bearer(token)).get("/api/v1/rules/status");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    assertThat(json(response).path("type").asString()).isEqualTo("/problems/forbidden");
    assertThat(challenges(response)).containsExactly("Bearer realm=\"gesprekswijzer\", error=\"insufficient_scope\"");
  }

  @Test
  void letsATokenWithTheRoleRulesAdminSeeTheRules() {
    String token =
        token(
            SIGNING_KEY,
            claims -> claims.claim("realm_access", Map.of("roles", List.of("offline_access", "rules-admin"))));

    assertThat(http.withHeaders(bearer(token)).get("/api/v1/rules/status").statusCode()).isEqualTo(200);
    assertThat(http.withHeaders(bearer(token)).postAdvice(EXAMPLE_IN_ENGLISH).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAnExpiredToken() {
    Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
    String token =
        token(
            SIGNING_KEY,
            claims ->
                claims
                    .issueTime(Date.from(hourAgo.minus(Duration.ofMinutes(5))))
                    .expirationTime(Date.from(hourAgo)));

    HttpResponse<String> response = http.withHeaders(bearer(token)).postAdvice(EXAMPLE_IN_ENGLISH);

    assertRefusedToken(response);
    assertThat(json(response).path("detail").asString()).contains("expired");
  }

  @Test
  void refusesATokenSignedWithAnotherKey() {
    HttpResponse<String> response =
        http.withHeaders(bearer(token(FORGED_KEY, claims -> claims))).postAdvice(EXAMPLE_IN_ENGLISH);

    assertRefusedToken(response);
    assertThat(json(response).path("detail").asString()).contains("not a JWT signed by a key this service trusts");
  }

  @Test
  void refusesATokenOfAnotherIssuerOrAudienceOrWithoutATenant() {
    List<HttpResponse<String>> responses =
        List.of(
            http.withHeaders(bearer(token(SIGNING_KEY, claims -> claims.issuer("https://elsewhere.test"))))
                .postAdvice(EXAMPLE_IN_ENGLISH),
            http.withHeaders(bearer(token(SIGNING_KEY, claims -> claims.audience("another-api"))))
                .postAdvice(EXAMPLE_IN_ENGLISH),
            http.withHeaders(bearer(token(SIGNING_KEY, claims -> claims.claim("hr_tenant", null))))
                .postAdvice(EXAMPLE_IN_ENGLISH),
            http.withHeaders(bearer("not-a-token")).postAdvice(EXAMPLE_IN_ENGLISH));

    responses.forEach(BearerTokenIntegrationTests::assertRefusedToken);
    assertThat(json(responses.get(2)).path("detail").asString()).contains("names no tenant in its claim 'hr_tenant'");
  }

  @Test
  void refusesARequestWithoutATokenAndTheDevelopmentKey() {
    HttpResponse<String> none = http.postAdvice(EXAMPLE_IN_ENGLISH);
    HttpResponse<String> development =
        http.withHeaders("X-API-Key", "gesprekswijzer-dev").postAdvice(EXAMPLE_IN_ENGLISH);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(contentType(none)).startsWith(PROBLEM_JSON);
    assertThat(challenges(none))
        .as("only bearer tokens are accepted: no API key is configured")
        .containsExactly("Bearer realm=\"gesprekswijzer\"");
    assertThat(json(none).path("detail").asString()).contains("bearer token");
    assertThat(development.statusCode()).isEqualTo(401);
    assertThat(json(development).path("detail").asString()).contains("development key is switched off");
  }

  @Test
  void writesNoTokenToTheLog() {
    http.withHeaders(bearer(token(SIGNING_KEY, claims -> claims))).postAdvice(EXAMPLE_IN_ENGLISH);
    http.withHeaders(bearer(token(FORGED_KEY, claims -> claims))).postAdvice(EXAMPLE_IN_ENGLISH);
    http.withHeaders(bearer(token(SIGNING_KEY, claims -> claims))).get("/api/v1/rules/status");

    for (String token : TOKENS_SENT) {
      assertThat(LOG.getAll()).doesNotContain(token);
      // Nor its signature alone, which is what makes it a credential.
      assertThat(LOG.getAll()).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
  }

  private static void assertRefusedToken(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    assertThat(json(response).path("type").asString()).isEqualTo("/problems/unauthorized");
    assertThat(challenges(response))
        .singleElement()
        .asString()
        .startsWith("Bearer realm=\"gesprekswijzer\", error=\"invalid_token\", error_description=\"");
  }

  private static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /**
   * A token as the identity provider issues it to an HR platform: for this service, tenant acme,
   * role advice, valid for five minutes; {@code change} alters the claims.
   */
  private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        change
            .apply(
                new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject("service-account-acme-hr")
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                    .claim("hr_tenant", "acme")
                    .claim("realm_access", Map.of("roles", List.of("offline_access", "advice"))))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    String token = jwt.serialize();
    TOKENS_SENT.add(token);
    return token;
  }

  private static RSAKey rsaKey(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The identity provider's JWK set endpoint, on loopback. */
  private static HttpServer serveKeys(JWKSet keys) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/realms/hr/certs",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
