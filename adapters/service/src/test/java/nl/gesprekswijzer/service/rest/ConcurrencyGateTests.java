package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Admission at the limit: refused at once by default, or after waiting at most the admission wait. */
class ConcurrencyGateTests {

  private final MockHttpServletRequest request = new MockHttpServletRequest();
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  @Test
  void refusesAtOnceAtTheLimitByDefault() throws Exception {
    ConcurrencyGate gate = new ConcurrencyGate(1);
    assertThat(gate.preHandle(request, response, this)).isTrue();

    long start = System.nanoTime();
    assertThatThrownBy(() -> gate.preHandle(request, response, this)).isInstanceOf(OverloadedException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
  }

  @Test
  void admitsARequestWhoseTurnComesWithinTheWait() throws Exception {
    ConcurrencyGate gate = new ConcurrencyGate(1, Duration.ofSeconds(10));
    assertThat(gate.preHandle(request, response, this)).isTrue();

    CompletableFuture.runAsync(
        () -> gate.afterCompletion(request, response, this, null),
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));

    assertThat(gate.preHandle(request, response, this)).isTrue();
    assertThat(gate.availablePermits()).isZero();
  }

  @Test
  void refusesARequestWhoseTurnDoesNotComeWithinTheWait() throws Exception {
    ConcurrencyGate gate = new ConcurrencyGate(1, Duration.ofMillis(100));
    assertThat(gate.preHandle(request, response, this)).isTrue();

    long start = System.nanoTime();
    assertThatThrownBy(() -> gate.preHandle(request, response, this)).isInstanceOf(OverloadedException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
  }
}
