package nl.gesprekswijzer.service.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells every {@link AdviceListener} about each advice the service gives: the listener beans (such
 * as the webhook) and those a platform's jar declares for {@link ServiceLoader} in {@code
 * META-INF/services/nl.gesprekswijzer.spi.AdviceListener}. Called once per advice, single or in a
 * batch, on the thread that answers it, after the answer is made.
 *
 * <p>A listener can neither change nor delay an answer beyond its own running time: whatever it
 * throws is caught and logged with the listener's and the exception's class and where it was
 * thrown, never with the exception's message, which might quote the situation. A listener that
 * fails on every advice is logged at its 1st, 2nd, 4th, 8th… failure, so that it cannot flood the
 * log.
 */
@Component
final class AdviceListeners {

  private static final Logger log = LoggerFactory.getLogger(AdviceListeners.class);

  private final List<AdviceListener> listeners;
  private final List<AtomicLong> failures;
  private final Clock clock;

  @Autowired
  AdviceListeners(ObjectProvider<AdviceListener> beans) {
    this(beans.orderedStream().toList(), Thread.currentThread().getContextClassLoader(), Clock.systemUTC());
  }

  /**
   * The beans first, in their order, then the listeners {@link ServiceLoader} finds through {@code
   * classLoader}, except those of a class already among the beans (a listener both declared as a
   * service and made a bean is called once). A declared listener that cannot be made stops the
   * start-up ({@link java.util.ServiceConfigurationError}) rather than being skipped silently.
   */
  AdviceListeners(List<AdviceListener> beans, ClassLoader classLoader, Clock clock) {
    List<AdviceListener> all = new ArrayList<>(beans);
    Set<Class<?>> known = new HashSet<>();
    beans.forEach(bean -> known.add(bean.getClass()));
    for (AdviceListener found : ServiceLoader.load(AdviceListener.class, classLoader)) {
      if (known.add(found.getClass())) {
        all.add(found);
      }
    }
    this.listeners = List.copyOf(all);
    this.failures = all.stream().map(listener -> new AtomicLong()).toList();
    this.clock = clock;
  }

  /** One advice was given to {@code tenant} for {@code request}; tells every listener. Never throws. */
  void adviceGiven(String tenant, AdviceRequest request, @Nullable AdviceResponse response) {
    // An engine that answered nothing (a stand-in of a test) gave no advice to tell about.
    if (listeners.isEmpty() || response == null) {
      return;
    }
    AdviceEvent event = new AdviceEvent(tenant, request.employeeRef(), request, response, Instant.now(clock));
    for (int i = 0; i < listeners.size(); i++) {
      AdviceListener listener = listeners.get(i);
      try {
        listener.onAdvice(event);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        long count = failures.get(i).incrementAndGet();
        if (Long.bitCount(count) == 1) {
          StackTraceElement[] trace = e.getStackTrace();
          log.warn(
              "Advice listener {} failed with {}{}; the advice was answered as usual ({} failure{} since the start)",
              listener.getClass().getName(),
              e.getClass().getName(),
              trace.length == 0 ? "" : " at " + trace[0],
              count,
              count == 1 ? "" : "s");
        }
      }
    }
  }

  /** The listeners called, in order. */
  List<AdviceListener> listeners() {
    return listeners;
  }
}
