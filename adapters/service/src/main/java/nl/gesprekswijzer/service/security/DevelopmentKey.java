package nl.gesprekswijzer.service.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import nl.gesprekswijzer.spi.AdviceEvent;

/**
 * The development key: a newcomer's first {@code curl} works in one step. It is accepted only
 * while no key and no issuer is configured ({@link SecuritySettings#developmentKeyAccepted()}),
 * and only from this machine: from a loopback address (127.0.0.0/8, ::1), and not through a proxy,
 * since a proxy on the same machine would make every client look local.
 */
final class DevelopmentKey {

  /** Public by design (the README shows it); it opens nothing but a service on one's own machine. */
  static final String VALUE = "gesprekswijzer-dev";

  static final String NAME = "development";

  private static final byte[] HASH = ApiKeys.sha256(VALUE);

  /** What a proxy adds; their presence means the request did not start on this machine. */
  private static final List<String> PROXY_HEADERS =
      List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP");

  /**
   * An IP address as a servlet container reports it: four decimal parts, or hex parts with colons
   * (and a zone); {@link InetAddress#getByName} parses these without a look-up.
   */
  private static final Pattern IP_LITERAL =
      Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f.]*:[0-9A-Fa-f.:]*(%[\\w.-]+)?");

  private DevelopmentKey() {}

  /** Compared as the configured keys are: by hash, in constant time. */
  static boolean is(String presented) {
    return MessageDigest.isEqual(ApiKeys.sha256(presented), HASH);
  }

  /** True for a request from this machine that no proxy passed on. */
  static boolean fromThisMachine(HttpServletRequest request) {
    return isLoopback(request.getRemoteAddr())
        && PROXY_HEADERS.stream().allMatch(header -> request.getHeader(header) == null);
  }

  /**
   * True for 127.0.0.0/8, ::1 and an IPv4-mapped 127.x address (::ffff:127.0.0.1). Only a literal
   * address counts: a name is never looked up.
   */
  static boolean isLoopback(String address) {
    if (address == null || address.isEmpty() || !IP_LITERAL.matcher(address).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static Caller caller() {
    return new Caller(
        NAME, AdviceEvent.DEFAULT_TENANT, EnumSet.allOf(Role.class), Caller.Kind.DEVELOPMENT_KEY);
  }
}
