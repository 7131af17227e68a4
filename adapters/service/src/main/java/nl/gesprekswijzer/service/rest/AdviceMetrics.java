package nl.gesprekswijzer.service.rest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.ConversationType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts every advice asked for and how long it took, by conversation type, outcome and whether it
 * came alone or in a batch: {@code gesprekswijzer_advice_seconds_count{type="CARE_BALANCE",
 * outcome="ok",via="single"}} and its sum and buckets on {@code /actuator/prometheus}.
 *
 * <p>The tags hold only values from fixed lists (the conversation types and {@code UNKNOWN}, four
 * outcomes, two ways in), never a value a request carries: a metric is read by whoever operates
 * the service, and may be kept for years.
 *
 * <p>A single request is timed from when Spring MVC hands it to the controller to its completion
 * (reading, evaluation and writing; a refusal at the concurrency limit too); a batch item from the
 * start of its reading to the end of its evaluation. A whole batch that is refused (too large, not
 * an array, the service overloaded) counts once, with type {@code UNKNOWN}.
 */
final class AdviceMetrics implements HandlerInterceptor {

  static final String NAME = "gesprekswijzer.advice";

  /** The conversation type of the request being handled, once its body has been read. */
  static final String TYPE_ATTRIBUTE = AdviceMetrics.class.getName() + ".type";

  private static final String START_ATTRIBUTE = AdviceMetrics.class.getName() + ".start";
  private static final String UNKNOWN_TYPE = "UNKNOWN";

  /** How an advice asked for ended; the tag value is the lower-case name. */
  enum Outcome {
    /** Advice given. */
    OK,
    /** Refused as bad input (400, 413, 415 and other client errors). */
    INVALID,
    /** Refused at the concurrency limit (503). */
    OVERLOADED,
    /** The service failed (500). */
    ERROR;

    final String tag = name().toLowerCase(Locale.ROOT);

    static Outcome of(int status) {
      if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
        return OVERLOADED;
      }
      if (status >= 500) {
        return ERROR;
      }
      return status >= 400 ? INVALID : OK;
    }
  }

  /** Alone or as an item of a batch. */
  enum Via {
    SINGLE,
    BATCH;

    final String tag = name().toLowerCase(Locale.ROOT);
  }

  /** Buckets for the latency histogram: an advice takes milliseconds, a refusal less. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
    Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
    Duration.ofSeconds(1), Duration.ofMillis(2500)
  };

  private final MeterRegistry registry;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  AdviceMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(@Nullable ConversationType type, Outcome outcome, Via via, long nanos) {
    String typeTag = type == null ? UNKNOWN_TYPE : type.name();
    timers
        .computeIfAbsent(typeTag + '/' + outcome.tag + '/' + via.tag, key -> timer(typeTag, outcome, via))
        .record(Duration.ofNanos(nanos));
  }

  private Timer timer(String type, Outcome outcome, Via via) {
    return Timer.builder(NAME)
        .description("Advice asked for, by conversation type, outcome and way in, and how long each took")
        .tag("type", type)
        .tag("outcome", outcome.tag)
        .tag("via", via.tag)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  /** The conversation type of a request that could be read, for the metrics of its handling. */
  static void noteType(HttpServletRequest request, AdviceRequest advice) {
    if (advice.conversation() != null && advice.conversation().type() != null) {
      request.setAttribute(TYPE_ATTRIBUTE, advice.conversation().type());
    }
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    request.setAttribute(START_ATTRIBUTE, System.nanoTime());
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable Exception exception) {
    boolean batch = BatchAdviceController.PATH.equals(request.getRequestURI());
    Outcome outcome = exception != null ? Outcome.ERROR : Outcome.of(response.getStatus());
    if (batch && outcome == Outcome.OK) {
      return; // each item was counted on its own
    }
    long elapsed =
        request.getAttribute(START_ATTRIBUTE) instanceof Long start ? System.nanoTime() - start : 0;
    ConversationType type =
        !batch && request.getAttribute(TYPE_ATTRIBUTE) instanceof ConversationType known ? known : null;
    record(type, outcome, batch ? Via.BATCH : Via.SINGLE, elapsed);
  }
}
