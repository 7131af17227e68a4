package nl.gesprekswijzer.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.assertj.core.api.ThrowingConsumer;

/** Reading and checking the security configuration: every problem named at its property. */
class SecuritySettingsTests {

  private static final String KEYS = "gesprekswijzer.security.keys.";
  private static final String OAUTH2 = "gesprekswijzer.security.oauth2.";
  private static final String SHA256_OF_SECRET = HexFormat.of().formatHex(ApiKeys.sha256("s3cret-key"));

  private final MockEnvironment environment = new MockEnvironment();

  @Test
  void acceptsTheDevelopmentKeyWhileNothingIsConfigured() {
    SecuritySettings settings = read();

    assertThat(settings.developmentKeyAccepted()).isTrue();
    assertThat(settings.keys().isEmpty()).isTrue();
    assertThat(settings.oauth2()).isNull();
  }

  @Test
  void readsAKeyByTheHashOfItsValueAndSwitchesTheDevelopmentKeyOff() {
    environment
        .withProperty(KEYS + "acme.sha256", SHA256_OF_SECRET.toUpperCase())
        .withProperty(KEYS + "acme.tenant", "acme")
        .withProperty(KEYS + "acme.roles", "advice, rules-admin");

    SecuritySettings settings = read();

    assertThat(settings.developmentKeyAccepted()).isFalse();
    assertThat(settings.keys().match("s3cret-key"))
        .hasValueSatisfying(
            key -> {
              assertThat(key.name()).isEqualTo("acme");
              assertThat(key.tenant()).isEqualTo("acme");
              assertThat(key.roles()).containsExactlyInAnyOrder(Role.ADVICE, Role.RULES_ADMIN);
            });
    assertThat(settings.keys().match("s3cret-key ")).isEmpty();
    assertThat(settings.keys().match(SHA256_OF_SECRET)).as("the hash is not the key").isEmpty();
  }

  @Test
  void namesEveryProblemOfEveryKeyAtItsPropertyWithoutQuotingAHash() {
    environment
        .withProperty(KEYS + "pasted-key.sha256", "s3cret-key")
        .withProperty(KEYS + "pasted-key.tenant", "acme")
        .withProperty(KEYS + "pasted-key.roles", "advice")
        .withProperty(KEYS + "incomplete.roles", "admin, advice")
        .withProperty(KEYS + "bad-tenant.sha256", HexFormat.of().formatHex(ApiKeys.sha256("other")))
        .withProperty(KEYS + "bad-tenant.tenant", "acme corp")
        .withProperty(KEYS + "bad-tenant.roles", " ");

    List<String> problems = problems();

    assertThat(problems)
        .anySatisfy(startsWith(KEYS + "pasted-key.sha256 must be 64 hexadecimal digits"))
        .anySatisfy(startsWith(KEYS + "incomplete.sha256 is missing"))
        .anySatisfy(startsWith(KEYS + "incomplete.tenant is missing"))
        .anySatisfy(startsWith(KEYS + "incomplete.roles: 'admin' is not a role; the roles are advice, rules-admin"))
        .anySatisfy(startsWith(KEYS + "bad-tenant.tenant 'acme corp' is not a tenant id"))
        .anySatisfy(startsWith(KEYS + "bad-tenant.roles is missing"))
        .hasSize(6)
        .noneSatisfy(problem -> assertThat(problem).contains("s3cret-key"));
  }

  @Test
  void refusesOneKeyForTwoPlatforms() {
    for (String name : List.of("acme", "globex")) {
      environment
          .withProperty(KEYS + name + ".sha256", SHA256_OF_SECRET)
          .withProperty(KEYS + name + ".tenant", name)
          .withProperty(KEYS + name + ".roles", "advice");
    }

    assertThat(problems())
        .containsExactly(
            KEYS + "acme.sha256 and " + KEYS + "globex.sha256 are the same key;"
                + " give each platform a key of its own");
  }

  @Test
  void refusesASettingItDoesNotKnowSoThatATypoCannotLeaveTheDevelopmentKeyOn() {
    environment
        .withProperty(OAUTH2 + "issuer", "https://login.example.test")
        .withProperty("gesprekswijzer.security.key.acme.sha256", SHA256_OF_SECRET)
        .withProperty(KEYS + "acme.sha265", SHA256_OF_SECRET)
        .withProperty(KEYS + "acme.tenant", "acme")
        .withProperty(KEYS + "acme.roles[0]", "advice");

    assertThat(problems())
        .anySatisfy(startsWith(OAUTH2 + "issuer is not a setting of this service"))
        .anySatisfy(startsWith("gesprekswijzer.security.key.acme.sha256 is not a setting"))
        .anySatisfy(startsWith(KEYS + "acme.sha265 is not a setting"))
        .anySatisfy(startsWith(KEYS + "acme.sha256 is missing"))
        .hasSize(4);
  }

  @Test
  void readsAnIssuerAndSwitchesTheDevelopmentKeyOff() {
    environment.withProperty(OAUTH2 + "issuer-uri", "https://login.example.test/realms/hr");

    SecuritySettings settings = read();

    assertThat(settings.developmentKeyAccepted()).isFalse();
    assertThat(settings.oauth2()).isNotNull();
    assertThat(settings.oauth2().tenantClaim()).isEqualTo("tenant");
    assertThat(settings.oauth2().rolesClaim()).isEqualTo("roles");
  }

  @Test
  void readsSpringBootsOwnResourceServerSettingsToo() {
    environment.withProperty(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "https://login.example.test/certs");

    assertThat(read().oauth2()).isNotNull().extracting(OAuth2Settings::jwkSetUri).isEqualTo("https://login.example.test/certs");
  }

  @Test
  void namesWrongOAuth2Settings() {
    environment
        .withProperty(OAUTH2 + "issuer-uri", "login.example.test")
        .withProperty(OAUTH2 + "jwk-set-uri", "ftp://login.example.test/certs")
        .withProperty(OAUTH2 + "public-key-location", "file:/no/such/key.pem");

    assertThat(problems())
        .anySatisfy(startsWith(OAUTH2 + "issuer-uri must be an http or https URL"))
        .anySatisfy(startsWith(OAUTH2 + "jwk-set-uri must be an http or https URL"))
        .anySatisfy(startsWith(OAUTH2 + "jwk-set-uri and .public-key-location are both set"))
        .anySatisfy(startsWith(OAUTH2 + "public-key-location: file:/no/such/key.pem does not exist"))
        .hasSize(4);
  }

  @Test
  void refusesClaimsWithoutAnIssuer() {
    environment.withProperty(OAUTH2 + "tenant-claim", "org");

    assertThat(problems()).singleElement().asString().contains("without one no token can be checked");
  }

  @Test
  void checksTokensWithAPublicKeyFromAFile(@TempDir Path folder) throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
    Path pem = folder.resolve("idp.pem");
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    environment
        .withProperty(OAUTH2 + "public-key-location", pem.toUri().toString())
        .withProperty(OAUTH2 + "roles-claim", "scope");

    OAuth2Settings oauth2 = read().oauth2();
    Jwt jwt = oauth2.decoder().decode(token(key, "acme", "openid advice"));

    assertThat(oauth2.tenant(jwt)).isEqualTo("acme");
    assertThat(oauth2.roles(jwt)).containsExactly(Role.ADVICE);
    RSAKey other = new RSAKeyGenerator(2048).keyID("k").generate();
    assertThat(catchThrowableOfType(JwtException.class, () -> oauth2.decoder().decode(token(other, "acme", "advice"))))
        .isNotNull();
    assertThat(catchThrowableOfType(JwtException.class, () -> oauth2.decoder().decode(token(key, "acme corp", "advice"))))
        .hasMessageContaining("names no tenant");
  }

  @Test
  void namesAFileThatIsNoPublicKey(@TempDir Path folder) throws IOException {
    Path notAKey = Files.writeString(folder.resolve("idp.pem"), "hello");
    environment.withProperty(OAUTH2 + "public-key-location", notAKey.toUri().toString());

    assertThat(problems()).singleElement().asString().endsWith("is not an RSA public key in PEM form (-----BEGIN PUBLIC KEY-----)");
  }

  private SecuritySettings read() {
    return SecuritySettings.read(environment, new DefaultResourceLoader());
  }

  private List<String> problems() {
    InvalidSecurityConfigurationException invalid =
        catchThrowableOfType(InvalidSecurityConfigurationException.class, this::read);
    assertThat(invalid).as("the configuration is refused").isNotNull();
    assertThat(invalid.getMessage()).startsWith("The security configuration is not valid:");
    return invalid.problems();
  }

  private static ThrowingConsumer<String> startsWith(String prefix) {
    return problem -> assertThat(problem).startsWith(prefix);
  }

  private static String token(RSAKey key, String tenant, String scope) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").type(JOSEObjectType.JWT).build(),
            new JWTClaimsSet.Builder()
                .subject("platform")
                .expirationTime(Date.from(Instant.now().plusSeconds(60)))
                .claim("tenant", tenant)
                .claim("scope", scope)
                .build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
