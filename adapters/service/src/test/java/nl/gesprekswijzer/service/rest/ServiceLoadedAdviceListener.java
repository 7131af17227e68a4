package nl.gesprekswijzer.service.rest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;

/**
 * A listener as a platform's jar declares it for {@link java.util.ServiceLoader}: public, with a
 * public constructor without arguments. {@link AdviceListenersTests} declares it in a services file
 * of its own, so that no other test's service finds it.
 */
public final class ServiceLoadedAdviceListener implements AdviceListener {

  static final List<AdviceEvent> RECEIVED = new CopyOnWriteArrayList<>();

  public ServiceLoadedAdviceListener() {}

  @Override
  public void onAdvice(AdviceEvent event) {
    RECEIVED.add(event);
  }
}
