package nl.gesprekswijzer.service.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gesprekswijzer.webhooks.*}: where the signed event after each advice goes, and how hard
 * delivery tries. Without a {@code url} no event is sent and no thread is started.
 *
 * <p>The checks name the property but never repeat a value: a URL may carry a token of the
 * receiver, and the secret is a credential.
 *
 * @param url the receiver, an absolute {@code http} or {@code https} URL; blank: webhooks off
 * @param secret the key of the HMAC-SHA256 signature (its UTF-8 bytes), at least {@value
 *     #MIN_SECRET_LENGTH} characters, required with a {@code url}
 * @param queueSize events waiting for delivery at most; when full the oldest waiting one is dropped
 * @param maxAttempts attempts per event, the first included
 * @param connectTimeout how long to wait for the receiver to accept a connection
 * @param requestTimeout how long to wait for the receiver's answer to one attempt
 * @param firstRetryDelay the wait before the second attempt; it doubles for every next one
 * @param maxRetryDelay the longest wait between two attempts
 * @param shutdownGrace how long a stopping service keeps delivering what is queued
 */
@ConfigurationProperties("gesprekswijzer.webhooks")
record WebhookProperties(
    @Nullable String url,
    @Nullable String secret,
    @DefaultValue("1000") int queueSize,
    @DefaultValue("6") int maxAttempts,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration requestTimeout,
    @DefaultValue("2s") Duration firstRetryDelay,
    @DefaultValue("1m") Duration maxRetryDelay,
    @DefaultValue("10s") Duration shutdownGrace) {

  static final String PREFIX = "gesprekswijzer.webhooks.";
  static final int MIN_SECRET_LENGTH = 16;

  WebhookProperties {
    if (url != null && !url.isBlank()) {
      receiver(url);
      if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
        throw new IllegalArgumentException(
            PREFIX + "secret must be set, at least " + MIN_SECRET_LENGTH + " characters (for example"
                + " the output of: openssl rand -hex 32), when " + PREFIX + "url is");
      }
    }
    atLeastOne("queue-size", queueSize);
    atLeastOne("max-attempts", maxAttempts);
    positive("connect-timeout", connectTimeout);
    positive("request-timeout", requestTimeout);
    positive("first-retry-delay", firstRetryDelay);
    positive("max-retry-delay", maxRetryDelay);
    if (shutdownGrace.isNegative()) {
      throw new IllegalArgumentException(PREFIX + "shutdown-grace must not be negative");
    }
  }

  /** Whether events are sent at all. */
  boolean enabled() {
    return url != null && !url.isBlank();
  }

  /** The receiver's address; only when {@link #enabled()}. */
  URI receiver() {
    return receiver(url == null ? "" : url);
  }

  /** The secret as configured; only when {@link #enabled()}. */
  String secretOrEmpty() {
    return secret == null ? "" : secret;
  }

  private static URI receiver(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Reported below without the value.
    }
    throw new IllegalArgumentException(
        PREFIX + "url must be an absolute http or https URL, such as https://hr.example.com/hooks/gesprekswijzer");
  }

  private static void atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(PREFIX + name + " must be at least 1");
    }
  }

  private static void positive(String name, Duration value) {
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(PREFIX + name + " must be more than 0");
    }
  }

  /** Without the secret, should anything print the properties. */
  @Override
  public String toString() {
    return "WebhookProperties[url=" + (enabled() ? "(set)" : "(none)") + ", secret=" + (secret == null ? "(none)" : "(hidden)")
        + ", queueSize=" + queueSize + ", maxAttempts=" + maxAttempts + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + requestTimeout + ", firstRetryDelay=" + firstRetryDelay + ", maxRetryDelay="
        + maxRetryDelay + ", shutdownGrace=" + shutdownGrace + "]";
  }
}
