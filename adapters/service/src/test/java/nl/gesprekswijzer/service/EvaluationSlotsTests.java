package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.junit.jupiter.api.Test;

class EvaluationSlotsTests {

  @Test
  void evaluatesNoMoreAtOnceThanItHasSlots() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AdvisoryEngine slow = new AdvisoryEngine() {
      @Override
      public AdviceResponse advise(AdviceRequest request) {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        return null;
      }

      @Override
      public String rulesetVersion() {
        return "1";
      }
    };
    AdvisoryEngine bounded = new EvaluationSlots(slow, 2);

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(threads.submit(() -> bounded.advise(null, "acme")));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      threads.shutdown();
    }

    assertThat(most.get()).isEqualTo(2);
    assertThat(bounded.rulesetVersion()).isEqualTo("1");
  }

  @Test
  void refusesFewerThanOneSlotNamingTheSetting() {
    assertThatThrownBy(() -> new EvaluationSlots(null, 0))
        .hasMessageContaining("gesprekswijzer.limits.concurrent-evaluations");
  }
}
