package nl.gesprekswijzer.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine that tells every listener about each advice it gives, after the answer is made and
 * before it is returned. A listener that throws is logged (its class and the exception's, never
 * the advice or the exception's message, which may quote it) and changes neither the answer nor
 * what the other listeners receive. A request the engine refuses reaches no listener.
 */
final class ListeningAdvisoryEngine implements AdvisoryEngine, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ListeningAdvisoryEngine.class);

  private final AdvisoryEngine engine;
  private final List<AdviceListener> listeners;
  private final Clock clock;

  ListeningAdvisoryEngine(AdvisoryEngine engine, List<AdviceListener> listeners, Clock clock) {
    this.engine = engine;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /**
   * The beans, in their order, then those {@link ServiceLoader} finds whose class is not already
   * among the beans (a listener registered both ways is called once).
   */
  static List<AdviceListener> listeners(List<AdviceListener> beans, @Nullable ClassLoader classLoader) {
    List<AdviceListener> all = new ArrayList<>(beans);
    Set<Class<?>> known = new HashSet<>();
    beans.forEach(bean -> known.add(bean.getClass()));
    for (AdviceListener found : ServiceLoader.load(AdviceListener.class, classLoader)) {
      if (known.add(found.getClass())) {
        all.add(found);
      }
    }
    return all;
  }

  @Override
  public AdviceResponse advise(AdviceRequest request) {
    AdviceResponse response = engine.advise(request);
    // No tenants in an application of its own; the platform's employee reference follows once the
    // request carries one.
    AdviceEvent event = new AdviceEvent(AdviceEvent.DEFAULT_TENANT, null, request, response, clock.instant());
    for (AdviceListener listener : listeners) {
      try {
        listener.onAdvice(event);
      } catch (RuntimeException e) {
        log.warn(
            "Advice listener {} failed with {}; the advice was given all the same",
            listener.getClass().getName(),
            e.getClass().getName());
      }
    }
    return response;
  }

  @Override
  public String rulesetVersion() {
    return engine.rulesetVersion();
  }

  @Override
  public void close() throws Exception {
    if (engine instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
