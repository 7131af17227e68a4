package nl.gesprekswijzer.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.gesprekswijzer.spi.AdviceEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The tenant of the caller, or the default one. */
class CurrentTenantTests {

  private final CurrentTenant tenant = new CurrentTenant();

  @AfterEach
  void forgetTheCaller() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void isTheDefaultTenantOutsideARequest() {
    assertThat(tenant.id()).isEqualTo(AdviceEvent.DEFAULT_TENANT);
  }

  @Test
  void isTheTenantOfTheCaller() {
    SecurityContextHolder.getContext()
        .setAuthentication(new Caller("acme-platform", "acme", Set.of(Role.ADVICE), Caller.Kind.API_KEY));

    assertThat(tenant.id()).isEqualTo("acme");
  }

  @Test
  void isTheDefaultTenantForAnyOtherKindOfAuthentication() {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", null, "advice"));

    assertThat(tenant.id()).isEqualTo(AdviceEvent.DEFAULT_TENANT);
  }
}
