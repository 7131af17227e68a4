package nl.gesprekswijzer.service.webhooks;

import java.time.Clock;
import java.util.UUID;
import nl.gesprekswijzer.engine.events.AdviceGivenEvent;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a signed, dataless {@link AdviceGivenEvent} to {@code gesprekswijzer.webhooks.url} after every
 * advice; does nothing without that URL. Only turns the advice into the event's bytes and queues
 * them: the advice never waits for the receiver ({@link WebhookDelivery}).
 *
 * <p>Always a bean, switched on by its properties at run time rather than by a condition: the
 * service's context is prepared ahead of time (process-aot), which fixes conditions at build time.
 */
final class WebhookAdviceListener implements AdviceListener, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WebhookAdviceListener.class);

  // Plain Jackson defaults (ISO dates, enums by name), independent of the service's own settings,
  // so that the event's form only changes here.
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final @Nullable WebhookDelivery delivery;

  WebhookAdviceListener(WebhookProperties properties, Clock clock) {
    this.delivery = properties.enabled() ? new WebhookDelivery(properties, clock) : null;
    if (delivery != null) {
      log.info(
          "Webhooks on: every advice is signed and posted to {} (at most {} waiting, {} attempts each)",
          properties.receiver().getHost(),
          properties.queueSize(),
          properties.maxAttempts());
    }
  }

  @Override
  public void onAdvice(AdviceEvent event) {
    if (delivery == null) {
      return;
    }
    UUID id = UUID.randomUUID();
    delivery.enqueue(id, AdviceGivenEvent.ADVICE_GIVEN, JSON.writeValueAsBytes(AdviceGivenEvent.of(event, id)));
  }

  /** The delivery, when webhooks are on. */
  @Nullable WebhookDelivery delivery() {
    return delivery;
  }

  /** Delivers what is queued for the grace period, then stops. */
  @Override
  public void close() {
    if (delivery != null) {
      delivery.close();
    }
  }
}
