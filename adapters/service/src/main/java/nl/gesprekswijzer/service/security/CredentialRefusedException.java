package nl.gesprekswijzer.service.security;

import org.springframework.security.core.AuthenticationException;

/** An API key (or a pair of credentials) refused by {@link ApiKeyFilter}, with the reason. */
final class CredentialRefusedException extends AuthenticationException {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  CredentialRefusedException(Refusal refusal) {
    super(refusal.id());
    this.refusal = refusal;
  }

  Refusal refusal() {
    return refusal;
  }
}
