package nl.gesprekswijzer.service.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells an operator what is wrong with the security configuration, property by property, instead
 * of a stack trace (registered in {@code META-INF/spring.factories}).
 */
final class InvalidSecurityConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidSecurityConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, InvalidSecurityConfigurationException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the properties named above. An API key is configured as"
            + " gesprekswijzer.security.keys.<name>.sha256 (the key's SHA-256 in hexadecimal:"
            + " printf %s \"$KEY\" | sha256sum), .tenant and .roles (advice, rules-admin);"
            + " bearer tokens with gesprekswijzer.security.oauth2.issuer-uri or .jwk-set-uri.",
        cause);
  }
}
