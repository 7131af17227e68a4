package nl.gesprekswijzer.service.security;

import java.util.regex.Pattern;
import nl.gesprekswijzer.spi.AdviceEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant of the request being handled: the one configured with its API key, the one its
 * bearer token names, {@link AdviceEvent#DEFAULT_TENANT} for the development key and outside a
 * request. The one way the rest of the service learns the tenant (for its rule set, its CAO
 * overlays, the events it sends), so that tenants stay apart.
 *
 * <p>Read it on the thread that handles the request (Spring Security keeps the caller there), and
 * pass the value on to work done elsewhere.
 */
public final class CurrentTenant {

  /**
   * A tenant id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit. It
   * reaches webhooks, metrics and file names, so it stays plain.
   */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  CurrentTenant() {}

  /** The tenant id: 1 to 64 letters, digits, '.', '_' or '-'. */
  public String id() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof Caller caller ? caller.tenant() : AdviceEvent.DEFAULT_TENANT;
  }
}
