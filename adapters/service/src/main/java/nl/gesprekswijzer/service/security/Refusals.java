package nl.gesprekswijzer.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a refused request: 401 without a valid credential (with {@code WWW-Authenticate} naming
 * the schemes this service accepts), 403 with one that lacks the role. The answer is a problem
 * document like every other error of this API ({@code /problems/unauthorized}, {@code
 * /problems/forbidden}); a browser that navigates to a page gets the sign-in page instead, with the
 * same status, so that a person can give a key.
 *
 * <p>Nothing is logged: a refusal is the client's business, and it gets every detail in the answer.
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final String REALM = "gesprekswijzer";

  private final SecuritySettings settings;
  private final SignInPage signInPage;

  Refusals(SecuritySettings settings, SignInPage signInPage) {
    this.settings = settings;
    this.signInPage = signInPage;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    Refusal refusal = refusal(request, exception);
    String detail = detail(refusal, exception);
    if (acceptsApiKeys()) {
      response.addHeader(
          HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"" + REALM + "\", header=\"" + ApiKeyFilter.HEADER + "\"");
    }
    if (settings.oauth2() != null) {
      response.addHeader(
          HttpHeaders.WWW_AUTHENTICATE,
          refusal == Refusal.INVALID_TOKEN
              ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", error_description=\"" + quoted(detail) + "\""
              : "Bearer realm=\"" + REALM + "\"");
    }
    answer(request, response, refusal, detail);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller instanceof Caller known && known.kind() == Caller.Kind.BEARER_TOKEN) {
      // RFC 6750: a valid token without the rights the resource needs.
      response.addHeader(
          HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\"");
    }
    answer(request, response, Refusal.FORBIDDEN, detail(Refusal.FORBIDDEN, null));
  }

  private boolean acceptsApiKeys() {
    return settings.developmentKeyAccepted() || !settings.keys().isEmpty();
  }

  private Refusal refusal(HttpServletRequest request, AuthenticationException exception) {
    if (exception instanceof CredentialRefusedException refused) {
      return refused.refusal();
    }
    if (exception instanceof OAuth2AuthenticationException) {
      return Refusal.INVALID_TOKEN;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && settings.oauth2() == null) {
      return Refusal.TOKEN_NOT_ACCEPTED;
    }
    return Refusal.MISSING;
  }

  private String detail(Refusal refusal, @Nullable AuthenticationException exception) {
    return switch (refusal) {
      case MISSING ->
          "This endpoint needs a credential: "
              + String.join(" or ", credentials())
              + ". Only /actuator/health and /api/v1/ping are open.";
      case INVALID_KEY -> "The API key in " + ApiKeyFilter.HEADER + " is not valid.";
      case DEVELOPMENT_KEY_OFF ->
          "The development key is switched off: this service has its own API keys or an OAuth2"
              + " issuer configured. Ask its administrator for a key.";
      case DEVELOPMENT_KEY_NOT_LOCAL ->
          "The development key is accepted only from the machine the service runs on (a loopback"
              + " address, not through a proxy). Configure API keys to call the service from elsewhere.";
      case INVALID_TOKEN -> "The bearer token is not valid: " + tokenProblem(exception) + ".";
      case TOKEN_NOT_ACCEPTED ->
          "This service accepts no bearer tokens: no OAuth2 issuer is configured. Send an API key in"
              + " the " + ApiKeyFilter.HEADER + " header.";
      case TWO_CREDENTIALS ->
          "Send one credential: an API key in " + ApiKeyFilter.HEADER
              + " or a bearer token in Authorization, not both.";
      case FORBIDDEN ->
          "This credential may not use this endpoint: the rules (status, catalogue, playground)"
              + " need the role " + Role.RULES_ADMIN.id() + ", advice the role " + Role.ADVICE.id()
              + " or " + Role.RULES_ADMIN.id() + ".";
    };
  }

  private List<String> credentials() {
    List<String> credentials = new ArrayList<>();
    if (acceptsApiKeys()) {
      credentials.add("an API key in the " + ApiKeyFilter.HEADER + " header");
    }
    if (settings.oauth2() != null) {
      credentials.add("an OAuth2 bearer token in the Authorization header");
    }
    return credentials;
  }

  /**
   * What the validators found (expired, wrong issuer or audience, no tenant), whose descriptions
   * hold no part of the token; otherwise a fixed text, since a parser's message might quote it.
   */
  private static String tokenProblem(@Nullable AuthenticationException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JwtValidationException invalid && !invalid.getErrors().isEmpty()) {
        return invalid.getErrors().stream()
            .map(OAuth2Error::getDescription)
            .filter(description -> description != null && !description.isBlank())
            .map(description -> description.replaceAll("\\s*\\.$", ""))
            .distinct()
            .collect(Collectors.joining("; "));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return "it is not a JWT signed by a key this service trusts";
  }

  private void answer(
      HttpServletRequest request, HttpServletResponse response, Refusal refusal, String detail)
      throws IOException {
    HttpStatus status = refusal.status();
    response.setStatus(status.value());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    if (wantsAPage(request)) {
      signInPage.write(response, refusal);
      return;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "/problems/" + status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(problem));
  }

  /** A browser following a link or typing an address: it asks for HTML by name, never for JSON. */
  private static boolean wantsAPage(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return false;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(type));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static String quoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
