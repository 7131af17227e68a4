package nl.gesprekswijzer.service.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The authenticated caller of a request: a configured API key, the development key or a bearer
 * token, with its tenant and roles. Holds no secret: neither the key nor the token is kept, so
 * nothing that prints this object (Spring Security logs it at DEBUG) can show one.
 */
final class Caller extends AbstractAuthenticationToken {

  /** How the caller proved who it is. */
  enum Kind {
    API_KEY,
    DEVELOPMENT_KEY,
    BEARER_TOKEN
  }

  private final String name;
  private final String tenant;
  private final Set<Role> roles;
  private final Kind kind;

  /**
   * @param name the key's name in the configuration, or the token's subject; never the secret
   */
  Caller(String name, String tenant, Set<Role> roles, Kind kind) {
    super(roles.stream().map(Role::authority).toList());
    this.name = name;
    this.tenant = tenant;
    this.roles = Set.copyOf(roles);
    this.kind = kind;
    setAuthenticated(true);
  }

  String tenant() {
    return tenant;
  }

  Set<Role> roles() {
    return roles;
  }

  Kind kind() {
    return kind;
  }

  /** Never the key or the token: they are not kept once checked. */
  @Override
  public @Nullable Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return name;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Caller caller
        && super.equals(other)
        && tenant.equals(caller.tenant)
        && kind == caller.kind;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + tenant.hashCode();
  }

  @Override
  public String toString() {
    return "Caller["
        + kind
        + " '"
        + name
        + "', tenant '"
        + tenant
        + "', roles "
        + roles.stream().map(Role::id).sorted().collect(Collectors.joining(", "))
        + "]";
  }
}
