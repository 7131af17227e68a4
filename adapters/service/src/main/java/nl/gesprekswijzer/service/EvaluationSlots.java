package nl.gesprekswijzer.service;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;

/**
 * At most so many evaluations at once ({@code gesprekswijzer.limits.concurrent-evaluations}, off by
 * default), the next in line waiting its turn: the engine is CPU-bound, and evaluations interleaved on fewer cores than threads each took
 * several times as long (the load test's profile, {@code adapters/service/load/RESULTS.md}). The
 * wait is short because the advice endpoints admit only {@code max-concurrent-advice} requests at
 * once and refuse the next with 503; reading and writing those requests stays concurrent. Under
 * overload the few evaluating threads share the cores with every thread refusing requests, which is
 * why it is off by default (the A/B in RESULTS.md).
 */
final class EvaluationSlots implements AdvisoryEngine {

  private final AdvisoryEngine engine;
  private final Semaphore slots;

  EvaluationSlots(AdvisoryEngine engine, int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("gesprekswijzer.limits.concurrent-evaluations must be at least 1, or 0 for one per processor");
    }
    this.engine = engine;
    this.slots = new Semaphore(slots, true); // fair: first come, first evaluated
  }

  @Override
  public AdviceResponse advise(AdviceRequest request) {
    return inTurn(() -> engine.advise(request));
  }

  @Override
  public AdviceResponse advise(AdviceRequest request, String tenant) {
    return inTurn(() -> engine.advise(request, tenant));
  }

  @Override
  public String rulesetVersion() {
    return engine.rulesetVersion();
  }

  private AdviceResponse inTurn(Supplier<AdviceResponse> evaluation) {
    slots.acquireUninterruptibly();
    try {
      return evaluation.get();
    } finally {
      slots.release();
    }
  }
}
