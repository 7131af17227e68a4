package nl.gesprekswijzer.service.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets at most {@code limit} advice requests be read, evaluated and written at once; the next one
 * is refused at once with 503 and {@code Retry-After} ({@link OverloadedException}) instead of
 * waiting for a core. The engine is CPU-bound: beyond a few requests per core, admitting more only
 * makes every answer later, and an HR platform retrying a quick 503 elsewhere does better than one
 * whose calls time out in a queue.
 */
final class ConcurrencyGate implements HandlerInterceptor {

  private final Semaphore permits;

  ConcurrencyGate(int limit) {
    this.permits = new Semaphore(limit);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws OverloadedException {
    if (!permits.tryAcquire()) {
      throw new OverloadedException();
    }
    return true;
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
