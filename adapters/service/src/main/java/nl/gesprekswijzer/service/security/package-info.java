/**
 * Who may call the service, and for which tenant: API keys in the {@code X-API-Key} header
 * (configured as the SHA-256 of each key, with its tenant and roles), OAuth2 bearer tokens (JWT)
 * as the alternative, and the development key for a first try on one's own machine. Every
 * endpoint but health needs a credential; refusals are problem documents like every other error.
 * Neither a key nor a token is ever kept or logged.
 */
@NullMarked
package nl.gesprekswijzer.service.security;

import org.jspecify.annotations.NullMarked;
