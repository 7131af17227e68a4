package nl.gesprekswijzer.service.security;

import org.springframework.http.HttpStatus;

/**
 * Why a request was refused. The {@link #id} tells the sign-in page which message to show; the
 * problem document's detail is written by {@link Refusals}, which knows what is configured.
 */
enum Refusal {
  /** No credential at all. */
  MISSING("missing", HttpStatus.UNAUTHORIZED),
  /** An API key that is not configured. */
  INVALID_KEY("invalid-key", HttpStatus.UNAUTHORIZED),
  /** The development key while keys or an issuer are configured. */
  DEVELOPMENT_KEY_OFF("development-key-off", HttpStatus.UNAUTHORIZED),
  /** The development key from another machine, or through a proxy. */
  DEVELOPMENT_KEY_NOT_LOCAL("development-key-not-local", HttpStatus.UNAUTHORIZED),
  /** A bearer token that is expired, wrongly signed, for another issuer or audience, or names no tenant. */
  INVALID_TOKEN("invalid-token", HttpStatus.UNAUTHORIZED),
  /** A bearer token while no issuer is configured. */
  TOKEN_NOT_ACCEPTED("token-not-accepted", HttpStatus.UNAUTHORIZED),
  /** An API key and a bearer token at once: which one should count is not for us to guess. */
  TWO_CREDENTIALS("two-credentials", HttpStatus.UNAUTHORIZED),
  /** A valid credential without the role the endpoint needs. */
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN);

  private final String id;
  private final HttpStatus status;

  Refusal(String id, HttpStatus status) {
    this.id = id;
    this.status = status;
  }

  String id() {
    return id;
  }

  HttpStatus status() {
    return status;
  }
}
