package nl.gesprekswijzer.service.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers signed events to one receiver, one at a time and in the order they were given, from a
 * bounded queue, on a thread of its own: whoever enqueues never waits for the receiver.
 *
 * <p>An attempt succeeds on any 2xx answer. A 5xx, 408 or 429 answer, a refused connection or no
 * answer within the request timeout is tried again after an exponentially growing wait with jitter,
 * up to the maximum number of attempts; any other answer (a 4xx: the receiver refuses this event,
 * or a redirect, which is not followed) is final. An event given up is logged with its id and the
 * last failure, never with its body or the receiver's address (which may carry a token).
 *
 * <p>When the queue is full the oldest waiting event is dropped for the new one: the newest advice
 * about an employee is the one a platform needs. Drops are counted and logged as a WARN at the
 * 1st, 2nd, 4th, 8th… drop, so that a flood of them cannot flood the log.
 */
final class WebhookDelivery implements AutoCloseable {

  static final String EVENT_ID_HEADER = "Gesprekswijzer-Event-Id";
  static final String EVENT_TYPE_HEADER = "Gesprekswijzer-Event-Type";
  static final String USER_AGENT = "Gesprekswijzer-Webhooks/1";

  private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

  /** Wakes a waiting worker at shutdown; never delivered. */
  private static final Pending STOP = new Pending(new UUID(0, 0), "", new byte[0]);

  /** How long a worker that did not stop in the grace period gets after being interrupted. */
  private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(2);

  /** One event as sent: its id, its type and its JSON body, the bytes that are signed. */
  record Pending(UUID id, String type, byte[] body) {}

  /** How one attempt ended; {@code failure} says why it did not succeed, without data. */
  private record Outcome(boolean delivered, boolean retry, String failure) {
    static final Outcome DELIVERED = new Outcome(true, false, "");
  }

  private final WebhookProperties properties;
  private final URI receiver;
  private final String secret;
  private final Clock clock;
  private final RandomGenerator random;
  private final HttpClient client;
  private final LinkedBlockingDeque<Pending> queue;
  private final Thread worker;

  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong givenUp = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();

  private volatile boolean closing;
  private volatile @Nullable Pending current;

  WebhookDelivery(WebhookProperties properties, Clock clock) {
    this(properties, clock, new Random());
  }

  WebhookDelivery(WebhookProperties properties, Clock clock, RandomGenerator random) {
    this.properties = properties;
    this.receiver = properties.receiver();
    this.secret = properties.secretOrEmpty();
    this.clock = clock;
    this.random = random;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            // A webhook is one small POST: HTTP/1.1 keeps it simple for every receiver.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.queue = new LinkedBlockingDeque<>(properties.queueSize());
    this.worker = new Thread(this::run, "gesprekswijzer-webhooks");
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues an event for delivery and returns at once; drops the oldest waiting one when full. */
  void enqueue(UUID id, String type, byte[] body) {
    if (closing) {
      dropped.incrementAndGet();
      log.warn("Webhook event {} dropped: the service is stopping", id);
      return;
    }
    Pending pending = new Pending(id, type, body);
    while (!queue.offerLast(pending)) {
      Pending oldest = queue.pollFirst();
      if (oldest != null && oldest != STOP) {
        long count = dropped.incrementAndGet();
        if (Long.bitCount(count) == 1) {
          log.warn(
              "Webhook queue full ({} events waiting): dropped the oldest event for a new one;"
                  + " {} dropped since the start",
              properties.queueSize(),
              count);
        }
      }
    }
  }

  private void run() {
    try {
      while (true) {
        Pending next = closing ? queue.pollFirst() : queue.takeFirst();
        if (next == null) {
          return; // stopping, and everything queued was tried
        }
        if (next != STOP) {
          current = next;
          deliver(next);
          current = null;
        }
      }
    } catch (InterruptedException e) {
      // Shutdown after the grace period: what is left is counted by close().
    }
  }

  private void deliver(Pending event) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      Outcome outcome = attempt(event);
      if (outcome.delivered()) {
        delivered.incrementAndGet();
        return;
      }
      failedAttempts.incrementAndGet();
      if (!outcome.retry() || attempt >= properties.maxAttempts()) {
        givenUp.incrementAndGet();
        log.warn(
            "Webhook event {} given up after {} attempt{}, the last: {}",
            event.id(),
            attempt,
            attempt == 1 ? "" : "s",
            outcome.failure());
        return;
      }
      Thread.sleep(backoff(attempt, properties.firstRetryDelay(), properties.maxRetryDelay(), random).toMillis());
    }
  }

  private Outcome attempt(Pending event) throws InterruptedException {
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(receiver)
            .timeout(properties.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT)
            .header(EVENT_ID_HEADER, event.id().toString())
            .header(EVENT_TYPE_HEADER, event.type())
            .header(WebhookSignature.HEADER, WebhookSignature.header(secret, timestamp, event.body()))
            .POST(BodyPublishers.ofByteArray(event.body()))
            .build();
    try {
      HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
      // The body is not read: closing it drops what the receiver might still be sending.
      response.body().close();
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return Outcome.DELIVERED;
      }
      boolean retry = status >= 500 || status == 408 || status == 429;
      return new Outcome(false, retry, "HTTP " + status);
    } catch (HttpConnectTimeoutException e) {
      return new Outcome(false, true, "no connection within " + properties.connectTimeout());
    } catch (HttpTimeoutException e) {
      return new Outcome(false, true, "no answer within " + properties.requestTimeout());
    } catch (IOException e) {
      // The exception's class only: its message may name the receiver's address.
      return new Outcome(false, true, e.getClass().getName());
    } catch (RuntimeException e) {
      // Not the receiver's doing (the client refused the request): trying again would not help,
      // and the thread must live on for the next event.
      return new Outcome(false, false, e.getClass().getName());
    }
  }

  /**
   * The wait after the {@code failedAttempts}th failed attempt: {@code first} doubled for every
   * earlier failure, at most {@code max}, of which a random half is taken off ("equal jitter"), so
   * that the wait still grows while the retries of many events spread out.
   */
  static Duration backoff(int failedAttempts, Duration first, Duration max, RandomGenerator random) {
    double doubled = first.toMillis() * Math.pow(2, Math.max(0, failedAttempts - 1));
    long full = (long) Math.min(max.toMillis(), doubled);
    long half = full / 2;
    return Duration.ofMillis(full - half + random.nextLong(half + 1));
  }

  /**
   * Stops taking events and keeps delivering what is queued for the grace period; what is left
   * after it (the event being delivered included) is counted and logged, not delivered.
   */
  @Override
  public void close() {
    if (closing) {
      return;
    }
    closing = true;
    queue.offerLast(STOP);
    try {
      worker.join(Math.max(1, properties.shutdownGrace().toMillis()));
      if (worker.isAlive()) {
        worker.interrupt();
        worker.join(AFTER_INTERRUPT.toMillis());
      }
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
    }
    long left = queue.stream().filter(pending -> pending != STOP).count() + (current == null ? 0 : 1);
    if (left > 0) {
      log.warn("Webhook delivery stopped with the service: {} event{} not delivered", left, left == 1 ? "" : "s");
    }
  }

  /** Events delivered (a 2xx answer) since the start. */
  long delivered() {
    return delivered.get();
  }

  /** Events given up since the start, after their last attempt. */
  long givenUp() {
    return givenUp.get();
  }

  /** Events dropped since the start: for a newer one in a full queue, or while stopping. */
  long dropped() {
    return dropped.get();
  }

  /** Attempts that failed since the start, whether retried or not. */
  long failedAttempts() {
    return failedAttempts.get();
  }

  /** Events waiting, not counting the one being delivered. */
  int waiting() {
    return (int) queue.stream().filter(pending -> pending != STOP).count();
  }

  /** Whether {@link #close()} was called: no more events are taken. */
  boolean closing() {
    return closing;
  }

  /** Whether the delivering thread still runs. */
  boolean running() {
    return worker.isAlive();
  }
}
