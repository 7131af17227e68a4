package nl.gesprekswijzer.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured API keys, each known only by the SHA-256 of the key: the service never holds a
 * key itself, so neither its configuration nor a heap dump gives one away.
 */
final class ApiKeys {

  /**
   * One configured key.
   *
   * @param name the name in the configuration ({@code gesprekswijzer.security.keys.<name>}), which
   *     is what logs and the caller show
   */
  record Key(String name, byte[] sha256, String tenant, Set<Role> roles) {}

  private final List<Key> keys;

  ApiKeys(List<Key> keys) {
    this.keys = List.copyOf(keys);
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  int size() {
    return keys.size();
  }

  /**
   * The key whose hash is that of {@code presented}. Every configured hash is compared, each in
   * constant time ({@link MessageDigest#isEqual}), so the time taken tells nothing about which
   * bytes of which key matched, or whether any did.
   */
  Optional<Key> match(String presented) {
    byte[] hash = sha256(presented);
    Key found = null;
    for (Key key : keys) {
      if (MessageDigest.isEqual(hash, key.sha256()) && found == null) {
        found = key;
      }
    }
    return Optional.ofNullable(found);
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
