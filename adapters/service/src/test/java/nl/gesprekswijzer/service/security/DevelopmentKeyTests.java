package nl.gesprekswijzer.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gesprekswijzer.spi.AdviceEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.junit.jupiter.api.Test;

/** Which addresses count as this machine for the development key. */
class DevelopmentKeyTests {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "127.255.255.254", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"})
  void countsLoopbackAddressesAsThisMachine(String address) {
    assertThat(DevelopmentKey.isLoopback(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "192.0.2.2", "10.0.0.1", "128.0.0.1", "126.255.255.255", "0.0.0.0", "::", "::2",
        "fe80::1", "2001:db8::1", "::ffff:10.0.0.1", "localhost", "abc", "", "127.0.0.1.example.com"
      })
  void countsEveryOtherAddressAndEveryNameAsElsewhere(String address) {
    assertThat(DevelopmentKey.isLoopback(address)).isFalse();
  }

  @Test
  void refusesALoopbackRequestThatAProxyPassedOn() {
    MockHttpServletRequest direct = new MockHttpServletRequest();
    direct.setRemoteAddr("127.0.0.1");
    MockHttpServletRequest forwarded = new MockHttpServletRequest();
    forwarded.setRemoteAddr("127.0.0.1");
    forwarded.addHeader("Forwarded", "for=203.0.113.7");
    MockHttpServletRequest remote = new MockHttpServletRequest();
    remote.setRemoteAddr("203.0.113.7");

    assertThat(DevelopmentKey.fromThisMachine(direct)).isTrue();
    assertThat(DevelopmentKey.fromThisMachine(forwarded)).isFalse();
    assertThat(DevelopmentKey.fromThisMachine(remote)).isFalse();
  }

  @Test
  void actsForTheDefaultTenantWithBothRoles() {
    Caller caller = DevelopmentKey.caller();

    assertThat(caller.tenant()).isEqualTo(AdviceEvent.DEFAULT_TENANT);
    assertThat(caller.roles()).containsExactlyInAnyOrder(Role.values());
    assertThat(caller.getCredentials()).isNull();
    assertThat(caller.toString()).doesNotContain(DevelopmentKey.VALUE);
  }

  @Test
  void knowsItsKeyOnly() {
    assertThat(DevelopmentKey.is("gesprekswijzer-dev")).isTrue();
    assertThat(DevelopmentKey.is("gesprekswijzer-dev ")).isFalse();
    assertThat(DevelopmentKey.is("")).isFalse();
  }
}
