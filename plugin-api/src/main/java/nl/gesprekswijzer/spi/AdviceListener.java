package nl.gesprekswijzer.spi;

/**
 * Receives every advice given, for example to tell the HR platform that an employee's advice,
 * deadlines or follow-up date changed. Found with {@link java.util.ServiceLoader} (or, in a Spring
 * application, as a bean).
 *
 * <p>Called after the answer is made, on the thread that asked for it: return quickly and hand
 * slow work (a webhook, a message) to a queue of your own. An exception thrown here is logged
 * without the advice and changes neither the answer nor what other listeners receive.
 *
 * <p>The event holds the situation as the platform sent it, which may be health data: keep only
 * what you need, and never log it.
 */
public interface AdviceListener {

  /** One advice was given. */
  void onAdvice(AdviceEvent event);
}
