package nl.gesprekswijzer.service.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets at most {@code limit} advice requests be read, evaluated and written at once; the next one
 * waits at most {@code wait} for a permit ({@code gesprekswijzer.limits.admission-wait}, by default
 * not at all) and is then refused with 503 and {@code Retry-After} ({@link OverloadedException})
 * instead of waiting longer for a core. The engine is CPU-bound: beyond a few requests per core,
 * admitting more only makes every answer later, and an HR platform retrying a quick 503 elsewhere
 * does better than one whose calls time out in a queue.
 */
final class ConcurrencyGate implements HandlerInterceptor {

  private final int limit;
  private final long waitNanos;
  private final Semaphore permits;

  ConcurrencyGate(int limit) {
    this(limit, Duration.ZERO);
  }

  ConcurrencyGate(int limit, Duration wait) {
    this.limit = limit;
    this.waitNanos = wait.toNanos();
    this.permits = new Semaphore(limit);
  }

  /**
   * A permit for one more evaluation beside those of the requests admitted, for a batch that wants
   * a second worker: given only while more than half of the permits are free, so that batches never
   * take the room single requests need (a single request is never refused because of a batch's
   * extra workers while half the limit is still theirs). Never waits. Return it with {@link
   * #releaseSpare()}.
   */
  boolean tryAcquireSpare() {
    return permits.availablePermits() > limit / 2 && permits.tryAcquire();
  }

  void releaseSpare() {
    permits.release();
  }

  int availablePermits() {
    return permits.availablePermits();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws OverloadedException {
    if (permits.tryAcquire() || waitNanos > 0 && acquireWithin(waitNanos)) {
      return true;
    }
    throw new OverloadedException();
  }

  private boolean acquireWithin(long nanos) throws OverloadedException {
    try {
      return permits.tryAcquire(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the service is stopping
      throw new OverloadedException();
    }
  }

  /** Spring calls this only when {@link #preHandle} returned true, that is with a permit held. */
  @Override
  public void afterCompletion(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable Exception exception) {
    permits.release();
  }
}
