package nl.gesprekswijzer.service.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a credential may do; the names are those of the configuration and the token claims. */
enum Role {
  /** Ask for advice: single, batch, as a calendar event, the manager's view. */
  ADVICE("advice"),
  /** Everything {@link #ADVICE} may, and see and change the rules: status, catalogue, playground. */
  RULES_ADMIN("rules-admin");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  /** The name in configuration and tokens, e.g. {@code rules-admin}. */
  String id() {
    return id;
  }

  /** The authority Spring Security checks, which is the name itself. */
  GrantedAuthority authority() {
    return new SimpleGrantedAuthority(id);
  }

  static Optional<Role> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(role -> role.id.equals(wanted)).findFirst();
  }

  /** {@code advice, rules-admin}, for messages. */
  static String all() {
    return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
  }
}
