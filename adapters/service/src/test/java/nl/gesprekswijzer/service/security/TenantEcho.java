package nl.gesprekswijzer.service.security;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /test/tenant}: the {@link CurrentTenant} of the request, for the tests that check
 * which tenant a credential acts for. Only in the contexts that import it (a test component is left
 * out of component scanning).
 */
@TestComponent
@RestController
class TenantEcho {

  private final CurrentTenant tenant;

  TenantEcho(CurrentTenant tenant) {
    this.tenant = tenant;
  }

  @GetMapping(path = "/test/tenant", produces = "text/plain")
  String tenant() {
    return tenant.id();
  }
}
