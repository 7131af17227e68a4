package nl.gesprekswijzer.service.webhooks;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhook listener and its counters, from {@code gesprekswijzer.webhooks.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

  /** Closed when the service stops, after the web server has finished its requests. */
  @Bean
  WebhookAdviceListener webhookAdviceListener(WebhookProperties properties) {
    return new WebhookAdviceListener(properties, Clock.systemUTC());
  }

  /**
   * {@code gesprekswijzer.webhooks.events} by {@code outcome} ({@code delivered}, {@code given_up},
   * {@code dropped}) and {@code gesprekswijzer.webhooks.waiting}, where metrics are exported; none
   * while webhooks are off.
   */
  @Bean
  MeterBinder webhookMetrics(WebhookAdviceListener listener) {
    return registry -> {
      WebhookDelivery delivery = listener.delivery();
      if (delivery == null) {
        return;
      }
      events(registry, delivery, "delivered", WebhookDelivery::delivered);
      events(registry, delivery, "given_up", WebhookDelivery::givenUp);
      events(registry, delivery, "dropped", WebhookDelivery::dropped);
      Gauge.builder("gesprekswijzer.webhooks.waiting", delivery, WebhookDelivery::waiting)
          .description("Webhook events waiting for delivery")
          .register(registry);
    };
  }

  private static void events(
      MeterRegistry registry,
      WebhookDelivery delivery,
      String outcome,
      ToDoubleFunction<WebhookDelivery> count) {
    FunctionCounter.builder("gesprekswijzer.webhooks.events", delivery, count)
        .tag("outcome", outcome)
        .description("Webhook events by how their delivery ended: accepted by the receiver, given up"
            + " after the last attempt, or dropped for a newer one in a full queue or while stopping")
        .register(registry);
  }
}
