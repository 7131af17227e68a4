package nl.gesprekswijzer.service.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * OAuth2 bearer tokens (JWT), the alternative to API keys: who signs them and where the tenant and
 * the roles are in them.
 *
 * <pre>
 * gesprekswijzer.security.oauth2.issuer-uri          = the issuer (iss); its signing keys are found
 *                                                      through its OpenID discovery document
 * gesprekswijzer.security.oauth2.jwk-set-uri         = the signing keys (JWK set), instead of discovery
 * gesprekswijzer.security.oauth2.public-key-location = one RSA public key (PEM), e.g. file:/etc/gw/idp.pem
 * gesprekswijzer.security.oauth2.audience            = the audience (aud) tokens must name, optional
 * gesprekswijzer.security.oauth2.tenant-claim        = the claim naming the tenant, default tenant
 * gesprekswijzer.security.oauth2.roles-claim         = the claim listing the roles, default roles
 * </pre>
 *
 * Spring Boot's own {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code
 * jwk-set-uri}, {@code public-key-location} and {@code audiences} are read where ours are absent.
 * A claim name with dots that is not itself a claim is a path into nested claims ({@code
 * realm_access.roles}, as Keycloak writes the roles).
 */
record OAuth2Settings(
    @Nullable String issuerUri,
    @Nullable String jwkSetUri,
    @Nullable String publicKeyLocation,
    @Nullable String audience,
    String tenantClaim,
    String rolesClaim,
    JwtDecoder decoder) {

  static final String PREFIX = SecuritySettings.PREFIX + ".oauth2";
  static final List<String> SETTINGS =
      List.of("issuer-uri", "jwk-set-uri", "public-key-location", "audience", "tenant-claim", "roles-claim");

  private static final String SPRING = "spring.security.oauth2.resourceserver.jwt.";
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  /** Every asymmetric signature; never a shared secret (HS256) and never none. */
  private static final Set<SignatureAlgorithm> ALGORITHMS = EnumSet.allOf(SignatureAlgorithm.class);

  /** Bearer tokens as configured, or null when no issuer, JWK set or public key is. */
  static @Nullable OAuth2Settings read(
      Environment environment, ResourceLoader resources, List<String> problems) {
    String issuer = setting(environment, "issuer-uri", SPRING + "issuer-uri");
    String jwkSet = setting(environment, "jwk-set-uri", SPRING + "jwk-set-uri");
    String publicKey = setting(environment, "public-key-location", SPRING + "public-key-location");
    String audience = setting(environment, "audience", SPRING + "audiences");
    String tenantClaim = setting(environment, "tenant-claim", null);
    String rolesClaim = setting(environment, "roles-claim", null);
    if (issuer == null && jwkSet == null && publicKey == null) {
      if (audience != null || tenantClaim != null || rolesClaim != null) {
        problems.add(
            PREFIX + ".audience, .tenant-claim and .roles-claim need " + PREFIX
                + ".issuer-uri, .jwk-set-uri or .public-key-location: without one no token can be checked");
      }
      return null;
    }
    int before = problems.size();
    url(PREFIX + ".issuer-uri", issuer, problems);
    url(PREFIX + ".jwk-set-uri", jwkSet, problems);
    if (jwkSet != null && publicKey != null) {
      problems.add(
          PREFIX + ".jwk-set-uri and .public-key-location are both set: give the one that holds"
              + " the issuer's signing keys");
    }
    RSAPublicKey key = publicKey == null ? null : publicKey(publicKey, resources, problems);
    if (problems.size() > before) {
      return null;
    }
    String tenant = tenantClaim == null ? "tenant" : tenantClaim;
    String roles = rolesClaim == null ? "roles" : rolesClaim;
    OAuth2TokenValidator<Jwt> validator = validator(issuer, audience, tenant);
    JwtDecoder decoder;
    if (key != null) {
      NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(key).signatureAlgorithm(SignatureAlgorithm.RS256).build();
      nimbus.setJwtValidator(validator);
      decoder = nimbus;
    } else if (jwkSet != null) {
      NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSetUri(jwkSet).jwsAlgorithms(a -> a.addAll(ALGORITHMS)).build();
      nimbus.setJwtValidator(validator);
      decoder = nimbus;
    } else {
      // Discovery asks the issuer at the first token, not at start: the service starts while the
      // identity provider is down, and only tokens fail until it is back.
      String location = issuer;
      decoder =
          new SupplierJwtDecoder(
              () -> {
                NimbusJwtDecoder nimbus =
                    NimbusJwtDecoder.withIssuerLocation(location).jwsAlgorithms(a -> a.addAll(ALGORITHMS)).build();
                nimbus.setJwtValidator(validator);
                return nimbus;
              });
    }
    return new OAuth2Settings(issuer, jwkSet, publicKey, audience, tenant, roles, decoder);
  }

  /** Where the signing keys come from, for the log line at start. */
  String keySource() {
    if (publicKeyLocation != null) {
      return "the public key at " + publicKeyLocation;
    }
    if (jwkSetUri != null) {
      return "the JWK set at " + jwkSetUri;
    }
    return "the issuer " + issuerUri;
  }

  /** The tenant a valid token names ({@link #validator} has checked that it names one). */
  String tenant(Jwt jwt) {
    return String.valueOf(claim(jwt, tenantClaim)).strip();
  }

  /**
   * The roles a token lists, as a JSON array or a string separated by spaces or commas (as
   * {@code scope} is). Names this service does not know are the identity provider's business and
   * are passed over: a token may carry roles for other applications.
   */
  Set<Role> roles(Jwt jwt) {
    Object claim = claim(jwt, rolesClaim);
    Collection<?> names =
        claim instanceof Collection<?> list
            ? list
            : claim instanceof String text ? List.of(SEPARATORS.split(text.strip())) : List.of();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(name -> Role.named(String.valueOf(name)).ifPresent(roles::add));
    return roles;
  }

  static @Nullable Object claim(Jwt jwt, String name) {
    if (jwt.hasClaim(name)) {
      return jwt.getClaim(name);
    }
    Object value = jwt.getClaims();
    for (String part : name.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(part);
    }
    return value;
  }

  private static OAuth2TokenValidator<Jwt> validator(
      @Nullable String issuer, @Nullable String audience, String tenantClaim) {
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    if (issuer != null) {
      validators.add(new JwtIssuerValidator(issuer));
    }
    if (audience != null) {
      validators.add(new JwtAudienceValidator(audience));
    }
    validators.add(
        jwt -> {
          Object tenant = claim(jwt, tenantClaim);
          return tenant instanceof String id && CurrentTenant.ID.matcher(id.strip()).matches()
              ? OAuth2TokenValidatorResult.success()
              : OAuth2TokenValidatorResult.failure(
                  new OAuth2Error(
                      OAuth2ErrorCodes.INVALID_TOKEN,
                      "The token names no tenant in its claim '" + tenantClaim + "'",
                      null));
        });
    // The defaults check the expiry and not-before times (with a minute of clock skew).
    return JwtValidators.createDefaultWithValidators(validators);
  }

  private static @Nullable String setting(
      Environment environment, String name, @Nullable String springName) {
    String value = environment.getProperty(PREFIX + "." + name);
    if ((value == null || value.isBlank()) && springName != null) {
      value = environment.getProperty(springName);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void url(String property, @Nullable String value, List<String> problems) {
    if (value == null) {
      return;
    }
    try {
      URI uri = URI.create(value);
      if (uri.isAbsolute()
          && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null) {
        return;
      }
    } catch (IllegalArgumentException notAUri) {
      // named below
    }
    problems.add(property + " must be an http or https URL, e.g. https://login.example.com/realms/hr");
  }

  private static @Nullable RSAPublicKey publicKey(
      String location, ResourceLoader resources, List<String> problems) {
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      problems.add(
          PREFIX + ".public-key-location: " + location
              + " does not exist (a file is written file:/path/to/key.pem)");
      return null;
    }
    try (InputStream in = resource.getInputStream()) {
      return RsaKeyConverters.x509().convert(in);
    } catch (IOException | IllegalArgumentException e) {
      problems.add(
          PREFIX + ".public-key-location: " + location
              + " is not an RSA public key in PEM form (-----BEGIN PUBLIC KEY-----)");
      return null;
    }
  }
}
