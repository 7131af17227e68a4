package nl.gesprekswijzer.spi;

import java.time.Instant;
import java.util.Objects;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import org.jspecify.annotations.Nullable;

/**
 * One advice, as an {@link AdviceListener} receives it.
 *
 * @param tenant the tenant the advice was given for: the one of the credential that asked, or
 *     {@link #DEFAULT_TENANT} where there are no tenants (a library, a single-tenant service)
 * @param employeeRef the platform's own reference of the employee, opaque to us, when the platform
 *     gave one; never a name or a personal number
 * @param request the situation as it was asked about
 * @param response the advice given
 * @param at when the advice was given
 */
public record AdviceEvent(
    String tenant, @Nullable String employeeRef, AdviceRequest request, AdviceResponse response, Instant at) {

  /** The tenant of an application without tenants. */
  public static final String DEFAULT_TENANT = "default";

  public AdviceEvent {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(at, "at");
  }
}
