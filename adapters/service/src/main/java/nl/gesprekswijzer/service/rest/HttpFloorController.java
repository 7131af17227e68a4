package nl.gesprekswijzer.service.rest;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import io.swagger.v3.oas.annotations.Hidden;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP load test's floors (issue 14): what an advice request would cost without its
 * evaluation, measured on the same service in the same run as ping and advice, so that the load
 * test can say how much of advice / ping the HTTP path and the JSON take and how much the
 * evaluation. Off unless {@value #ENABLED} is {@code true} (the load test sets it); off, both paths
 * answer 404.
 *
 * <ul>
 *   <li>{@code POST /api/v1/diagnostics/http-floor/bytes}: the body read as bytes, a fixed answer
 *       written as bytes: Tomcat, the filters, security, Spring MVC and the sockets.
 *   <li>{@code POST /api/v1/diagnostics/http-floor/json}: the body read as an advice request by
 *       Jackson, a fixed answer written by Jackson: the above and the JSON both ways.
 *   <li>{@code POST /api/v1/diagnostics/http-floor/evaluations?seconds=S}: the other side, the
 *       evaluation without HTTP. The posted situations (a JSON array of advice requests) are
 *       evaluated in turn by the service's engine on one thread per processor for S seconds (1 to
 *       60, default 5), in the service's JVM with nothing else running if the caller waits; the
 *       answer gives the evaluations per second and what one costs. The situations are dropped
 *       when the answer is written.
 * </ul>
 *
 * <p>The fixed answer is the advice for the contract's example situation (the API documentation's
 * example, 17 kB as JSON, about the size of the load test's answers), computed once; nothing of a
 * posted situation is kept or looked at.
 */
@Hidden
@RestController
class HttpFloorController {

  static final String ENABLED = "gesprekswijzer.diagnostics.http-floor";

  private final AdvisoryEngine engine;
  private final JsonMapper json;
  private final boolean enabled;
  private volatile FixedAnswer fixed;

  private record FixedAnswer(AdviceResponse answer, byte[] bytes) {}

  HttpFloorController(AdvisoryEngine engine, JsonMapper json, @Value("${" + ENABLED + ":false}") boolean enabled) {
    this.engine = engine;
    this.json = json;
    this.enabled = enabled;
  }

  @PostMapping(
      path = "/api/v1/diagnostics/http-floor/bytes",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  byte[] bytes(@RequestBody byte[] body) {
    return fixedAnswer().bytes();
  }

  @PostMapping(
      path = "/api/v1/diagnostics/http-floor/json",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  AdviceResponse json(@RequestBody AdviceRequest request) {
    return fixedAnswer().answer();
  }

  /**
   * What the evaluation alone costs: {@code machineCpuMicros} is the processors' time per
   * evaluation (all processors busy, as the load test's CPU per request is), {@code
   * threadCpuMicros} the evaluating threads' own CPU time per evaluation.
   */
  record EvaluationCost(int threads, long evaluations, double seconds, double perSecond, double machineCpuMicros, double threadCpuMicros) {}

  @PostMapping(
      path = "/api/v1/diagnostics/http-floor/evaluations",
      consumes = APPLICATION_JSON_VALUE,
      produces = APPLICATION_JSON_VALUE)
  EvaluationCost evaluations(@RequestBody List<AdviceRequest> requests, @RequestParam(defaultValue = "5") int seconds)
      throws InterruptedException {
    requireEnabled();
    if (requests.isEmpty() || seconds < 1 || seconds > 60) {
      throw new ErrorResponseException(
          HttpStatus.BAD_REQUEST,
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST, "seconds must be 1 to 60 and the body a non-empty array of advice requests"),
          null);
    }
    requests.forEach(engine::advise); // an invalid situation is refused as /advice refuses it
    int threads = Runtime.getRuntime().availableProcessors();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Callable<long[]>> loops = new ArrayList<>();
    long started = System.nanoTime();
    long until = started + seconds * 1_000_000_000L;
    for (int t = 0; t < threads; t++) {
      int first = t;
      loops.add(
          () -> {
            long cpuBefore = cpu.getCurrentThreadCpuTime();
            long count = 0;
            for (int i = first; System.nanoTime() < until; i++, count++) {
              engine.advise(requests.get(i % requests.size()));
            }
            return new long[] {count, cpu.getCurrentThreadCpuTime() - cpuBefore};
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long evaluations = 0;
    long threadCpuNanos = 0;
    try {
      for (Future<long[]> loop : pool.invokeAll(loops)) {
        long[] done = loop.get();
        evaluations += done[0];
        threadCpuNanos += done[1];
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("An evaluation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    double perSecond = evaluations / elapsed;
    return new EvaluationCost(
        threads, evaluations, elapsed, perSecond, threads * 1e6 / perSecond, threadCpuNanos / 1e3 / evaluations);
  }

  private FixedAnswer fixedAnswer() {
    requireEnabled();
    FixedAnswer answer = fixed;
    if (answer == null) {
      AdviceResponse advice = engine.advise(json.readValue(ApiExamples.ADVICE_REQUEST, AdviceRequest.class));
      answer = new FixedAnswer(advice, json.writeValueAsBytes(advice));
      fixed = answer;
    }
    return answer;
  }

  private void requireEnabled() {
    if (!enabled) {
      throw new ErrorResponseException(HttpStatus.NOT_FOUND);
    }
  }
}
