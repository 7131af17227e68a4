package nl.gesprekswijzer.service.rest;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.service.rest.AdviceMetrics.Outcome;
import nl.gesprekswijzer.service.rest.AdviceMetrics.Via;
import nl.gesprekswijzer.service.rest.BatchResponse.Result;
import nl.gesprekswijzer.service.security.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Evaluates a batch's items, each on its own: one that is refused or fails gets its problem, the
 * others their advice.
 *
 * <p>Within the service's concurrency limit ({@link ConcurrencyGate}): the request's thread
 * evaluates under the permit the gate gave the batch, like a single request; up to {@code
 * parallelism - 1} workers join it, each only with a spare permit, which the gate gives only while
 * more than half of its permits are free. A batch therefore never makes a single request wait or be
 * refused while half the limit is still the single requests', and on a busy service it runs on the
 * request's thread alone. The engine is CPU-bound, so more workers than cores ({@code parallelism}
 * defaults to the number of processors) would not finish sooner.
 *
 * <p>Workers see what the request's thread sees (the request's attributes and the thread-locals
 * registered with Micrometer's context propagation, such as a security context), so that an
 * advice is given for the caller's tenant on whichever thread.
 */
final class BatchEvaluation implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BatchEvaluation.class);

  private final AdvisoryEngine engine;
  private final AdviceListeners listeners;
  private final CurrentTenant tenant;
  private final ConcurrencyGate gate;
  private final AdviceMetrics metrics;
  private final int parallelism;
  private final ThreadPoolExecutor workers;
  private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

  BatchEvaluation(
      AdvisoryEngine engine,
      AdviceListeners listeners,
      CurrentTenant tenant,
      ConcurrencyGate gate,
      AdviceMetrics metrics,
      int parallelism) {
    this.engine = engine;
    this.listeners = listeners;
    this.tenant = tenant;
    this.gate = gate;
    this.metrics = metrics;
    this.parallelism = Math.max(1, parallelism);
    // No queue: a worker exists only with a spare permit, so the gate already bounds the threads.
    AtomicInteger threads = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "batch-advice-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** One result per item, in the items' order. */
  List<Result> evaluate(List<BatchItem> items) {
    Result[] results = new Result[items.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work =
        () -> {
          for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
            results[i] = evaluate(i, items.get(i));
          }
        };
    List<Future<?>> helpers = startHelpers(Math.min(parallelism, items.size()) - 1, work);
    work.run();
    awaitAll(helpers);
    return Arrays.asList(results);
  }

  private List<Future<?>> startHelpers(int wanted, Runnable work) {
    List<Future<?>> helpers = new ArrayList<>();
    if (wanted <= 0) {
      return helpers;
    }
    ContextSnapshot context = snapshots.captureAll();
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Runnable helper =
        context.wrap(
            () -> {
              RequestContextHolder.setRequestAttributes(request);
              try {
                work.run();
              } finally {
                RequestContextHolder.resetRequestAttributes();
                gate.releaseSpare();
              }
            });
    while (helpers.size() < wanted && gate.tryAcquireSpare()) {
      try {
        helpers.add(workers.submit(helper));
      } catch (RejectedExecutionException closing) {
        gate.releaseSpare();
        break;
      }
    }
    return helpers;
  }

  /** Every item's failure is caught where it happens, so a helper only fails through a bug here. */
  private static void awaitAll(List<Future<?>> helpers) {
    for (Future<?> helper : helpers) {
      try {
        helper.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while a batch was evaluated", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("A batch worker failed", e.getCause());
      }
    }
  }

  private Result evaluate(int index, BatchItem item) {
    long start = System.nanoTime();
    AdviceRequest request = item.request();
    if (request == null) {
      return refused(index, null, List.of(Objects.requireNonNull(item.unreadable())), item.readNanos());
    }
    try {
      // The caller's security context travels with the item, so this is the caller's tenant.
      String asking = tenant.id();
      AdviceResponse advice = engine.advise(request, asking);
      listeners.adviceGiven(asking, request, advice);
      metrics.record(type(request), Outcome.OK, Via.BATCH, item.readNanos() + System.nanoTime() - start);
      return Result.of(advice);
    } catch (InvalidRequestException e) {
      return refused(index, request, e.violations(), item.readNanos() + System.nanoTime() - start);
    } catch (RuntimeException e) {
      // As the single endpoint does: the class and stack trace, never the message or the request.
      log.error("Batch item {} failed with 500", index, RedactedException.of(e));
      metrics.record(type(request), Outcome.ERROR, Via.BATCH, item.readNanos() + System.nanoTime() - start);
      return Result.of(withIndex(Problems.serverError(HttpStatus.INTERNAL_SERVER_ERROR), index));
    }
  }

  private Result refused(
      int index, @Nullable AdviceRequest request, List<Violation> violations, long nanos) {
    metrics.record(type(request), Outcome.INVALID, Via.BATCH, nanos);
    return Result.of(withIndex(Problems.invalidRequest(violations), index));
  }

  private static ProblemDetail withIndex(ProblemDetail problem, int index) {
    problem.setProperty("index", index);
    return problem;
  }

  private static @Nullable ConversationType type(@Nullable AdviceRequest request) {
    return request == null || request.conversation() == null ? null : request.conversation().type();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
