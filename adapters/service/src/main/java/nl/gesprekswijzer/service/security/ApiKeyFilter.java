package nl.gesprekswijzer.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its API key: the {@value #HEADER} header, or for a page a browser
 * loads (GET and HEAD only, and only without an {@code Authorization} header) the {@value #COOKIE}
 * cookie the sign-in page sets, since a browser sends no header of its own when it follows a link. A key that is not valid is refused at once
 * (401); a request without a key goes on to the bearer token, if any, and otherwise is anonymous.
 *
 * <p>The cookie counts only for GET and HEAD, which change nothing, and is {@code SameSite=Strict}:
 * another site can neither send it nor make a request with it that has an effect (no CSRF).
 */
final class ApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";
  static final String COOKIE = "gesprekswijzer-api-key";

  private final SecuritySettings settings;
  private final AuthenticationEntryPoint refusals;
  private final RequestMatcher open;

  /**
   * @param open the requests that need no credential (health, ping, the sign-in page's files): a
   *     stale key in a browser's cookie must not keep the sign-in page from loading
   */
  ApiKeyFilter(SecuritySettings settings, AuthenticationEntryPoint refusals, RequestMatcher open) {
    this.settings = settings;
    this.refusals = refusals;
    this.open = open;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return open.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = key(request);
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null && request.getHeader(HEADER) != null) {
      refuse(request, response, Refusal.TWO_CREDENTIALS);
      return;
    }
    Optional<Caller> caller = authenticate(key, request);
    if (caller.isEmpty()) {
      refuse(
          request,
          response,
          !DevelopmentKey.is(key)
              ? Refusal.INVALID_KEY
              : settings.developmentKeyAccepted()
                  ? Refusal.DEVELOPMENT_KEY_NOT_LOCAL
                  : Refusal.DEVELOPMENT_KEY_OFF);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(caller.get());
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private Optional<Caller> authenticate(String key, HttpServletRequest request) {
    if (settings.developmentKeyAccepted()) {
      return DevelopmentKey.is(key) && DevelopmentKey.fromThisMachine(request)
          ? Optional.of(DevelopmentKey.caller())
          : Optional.empty();
    }
    return settings
        .keys()
        .match(key)
        .map(found -> new Caller(found.name(), found.tenant(), found.roles(), Caller.Kind.API_KEY));
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
      throws IOException, ServletException {
    SecurityContextHolder.clearContext();
    refusals.commence(request, response, new CredentialRefusedException(refusal));
  }

  private static @Nullable String key(HttpServletRequest request) {
    String header = request.getHeader(HEADER);
    if (header != null) {
      return header.strip();
    }
    // A credential the caller sends on purpose counts over one the browser adds by itself.
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return null;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
          return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }
}
