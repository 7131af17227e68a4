package nl.gesprekswijzer.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The credentials the tests send: the development key, which the service accepts from loopback
 * while no key and no issuer is configured, as in every test that does not configure its own; and
 * API keys a test configures as an operator would.
 */
public final class TestCredentials {

  public static final String HEADER = "X-API-Key";
  public static final String DEVELOPMENT_KEY = "gesprekswijzer-dev";

  private TestCredentials() {}

  /** As an operator makes one: 32 random bytes, Base64 for the URL (openssl rand -base64 32). */
  public static String randomKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Configures an API key as {@code gesprekswijzer.security.keys.<name>}: its SHA-256, the tenant
   * it acts for and its roles (comma-separated: {@code advice}, {@code rules-admin}).
   */
  public static void configureKey(
      DynamicPropertyRegistry properties, String name, String key, String tenant, String roles) {
    String at = "gesprekswijzer.security.keys." + name;
    properties.add(at + ".sha256", () -> sha256(key));
    properties.add(at + ".tenant", () -> tenant);
    properties.add(at + ".roles", () -> roles);
  }

  /** The hexadecimal SHA-256 of a key, as {@code printf %s "$KEY" | sha256sum} prints it. */
  public static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
