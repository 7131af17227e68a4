package nl.gesprekswijzer.service.security;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsUtils;

/**
 * Who may call what. Health and ping are open; the rules (status, catalogue, the {@code /rules} and
 * {@code /playground} pages and their files) need {@link Role#RULES_ADMIN}; advice needs {@link
 * Role#ADVICE} or {@link Role#RULES_ADMIN}; everything else (OpenAPI, Swagger UI, metrics, info)
 * any credential.
 *
 * <p>Stateless: no session, no login form, no remembered request; each request carries its
 * credential. CSRF protection is off because nothing that changes anything accepts a credential a
 * browser sends by itself (the key cookie counts only for GET and HEAD, see {@link ApiKeyFilter}).
 *
 * <p>Everything is decided when the application starts, from the configuration it finds then: the
 * context prepared ahead of time at build has no conditions left to evaluate.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  static final String[] OPEN = {
    "/actuator/health", "/actuator/health/**", "/api/v1/ping", SignInPage.SCRIPT, SignInPage.STYLES
  };

  static final String[] RULES = {
    "/api/v1/rules", "/api/v1/rules/**",
    "/rules", "/rules/**", "/rules.js", "/rules.css",
    "/playground", "/playground/**", "/playground.js", "/playground.css"
  };

  static final String[] ADVICE = {"/api/v1/advice", "/api/v1/advice/**"};

  @Bean
  SecuritySettings securitySettings(Environment environment, ResourceLoader resources) {
    SecuritySettings settings = SecuritySettings.read(environment, resources);
    describe(settings);
    return settings;
  }

  @Bean
  CurrentTenant currentTenant() {
    return new CurrentTenant();
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, SecuritySettings settings, SignInPage signInPage) {
    Refusals refusals = new Refusals(settings, signInPage);
    RequestMatcher open =
        new OrRequestMatcher(
            Arrays.stream(OPEN)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        // Every page states frame-ancestors in its Content-Security-Policy, which decides whether
        // it may be framed (the manager's view may be, by the platforms configured for it); a
        // blanket X-Frame-Options: DENY would contradict that.
        .headers(headers -> headers.frameOptions(frame -> frame.disable()))
        .exceptionHandling(
            exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .addFilterBefore(
            new ApiKeyFilter(settings, refusals, open), BearerTokenAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    // The error page of a request that was already let in (or refused).
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    // A browser's CORS preflight carries no credential; Spring MVC answers it for
                    // the configured origins only.
                    .requestMatchers(CorsUtils::isPreFlightRequest)
                    .permitAll()
                    .requestMatchers(open)
                    .permitAll()
                    .requestMatchers(RULES)
                    .hasAuthority(Role.RULES_ADMIN.id())
                    .requestMatchers(ADVICE)
                    .hasAnyAuthority(Role.ADVICE.id(), Role.RULES_ADMIN.id())
                    .anyRequest()
                    .authenticated());
    OAuth2Settings oauth2 = settings.oauth2();
    if (oauth2 != null) {
      http.oauth2ResourceServer(
          server ->
              server
                  .authenticationEntryPoint(refusals)
                  .accessDeniedHandler(refusals)
                  .jwt(
                      jwt ->
                          jwt.decoder(oauth2.decoder())
                              .jwtAuthenticationConverter(
                                  token ->
                                      new Caller(
                                          token.getSubject() == null ? "token" : token.getSubject(),
                                          oauth2.tenant(token),
                                          oauth2.roles(token),
                                          Caller.Kind.BEARER_TOKEN))));
    }
    return http.build();
  }

  /** One line at start saying which credentials are accepted; never a key or its hash. */
  private static void describe(SecuritySettings settings) {
    if (settings.developmentKeyAccepted()) {
      log.warn(
          "No API key and no OAuth2 issuer is configured, so the development key of the README is"
              + " accepted in the X-API-Key header from this machine only (loopback: 127.0.0.0/8, ::1), with"
              + " the roles advice and rules-admin, for tenant 'default'. Configure real keys with"
              + " gesprekswijzer.security.keys.<name>.sha256 (printf %s \"$KEY\" | sha256sum),"
              + " .tenant and .roles, or bearer tokens with gesprekswijzer.security.oauth2.issuer-uri;"
              + " either switches the development key off.");
      return;
    }
    StringBuilder line = new StringBuilder("Accepting ");
    if (!settings.keys().isEmpty()) {
      line.append(settings.keys().size()).append(" API key(s) in X-API-Key");
    }
    OAuth2Settings oauth2 = settings.oauth2();
    if (oauth2 != null) {
      line.append(settings.keys().isEmpty() ? "" : " and ")
          .append("bearer tokens signed by ")
          .append(oauth2.keySource())
          .append(", tenant from the claim '")
          .append(oauth2.tenantClaim())
          .append("', roles from '")
          .append(oauth2.rolesClaim())
          .append("'");
    }
    log.info(line.append("; the development key is off.").toString());
  }
}
