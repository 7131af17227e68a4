package nl.gesprekswijzer.service.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook, in the header {@value #HEADER}: {@code t=<unix seconds>,v1=<hex>},
 * where {@code v1} is the lower-case hex HMAC-SHA256, keyed with the secret's UTF-8 bytes, of the
 * timestamp, a full stop and the body's bytes exactly as sent. Signed afresh for every attempt, so a
 * retry carries a new timestamp.
 */
final class WebhookSignature {

  static final String HEADER = "Gesprekswijzer-Signature";

  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {}

  /** The header's value for {@code body} sent at {@code timestamp} (unix seconds). */
  static String header(String secret, long timestamp, byte[] body) {
    return "t=" + timestamp + ",v1=" + hex(secret, timestamp, body);
  }

  /**
   * Whether {@code header} is a valid signature of {@code body} with {@code secret}, made at most
   * {@code tolerance} before or after {@code now}: what a receiver checks. Accepts a header with
   * more than one {@code v1} (as during a change of secret) when any of them matches.
   */
  static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
    Long timestamp = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length != 2) {
        return false;
      }
      if (pair[0].equals("t")) {
        try {
          timestamp = Long.parseLong(pair[1]);
        } catch (NumberFormatException e) {
          return false;
        }
      } else if (pair[0].equals("v1")) {
        signatures.add(pair[1]);
      }
    }
    if (timestamp == null || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
      return false;
    }
    byte[] expected = hex(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    boolean matches = false;
    for (String signature : signatures) {
      // Constant time, so that a forger learns nothing from how long a refusal takes.
      matches |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
    return matches;
  }

  private static String hex(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java platform has HmacSHA256, and it takes a key of any length but none.
      throw new IllegalStateException("Cannot sign a webhook with " + ALGORITHM, e);
    }
  }
}
