package nl.gesprekswijzer.service.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A real HTTP server on a free loopback port that receives webhooks as a platform would, and answers
 * each request as the test tells it: with a status, or not at all until released.
 */
final class WebhookReceiver implements AutoCloseable {

  /** How to answer the n-th request (from 1). */
  sealed interface Answer permits Status, Hold {}

  /** Answer at once with this status. */
  record Status(int code) implements Answer {}

  /** Accept the request, then say nothing until {@link #release()} (or the receiver stops). */
  record Hold() implements Answer {}

  /** One request as it arrived. */
  record Received(String method, String path, Map<String, List<String>> headers, byte[] body, Instant at) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse("");
    }

    String bodyText() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Never wait longer than this for anything, whatever happens to the test. */
  private static final Duration GUARD = Duration.ofMinutes(2);

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final List<Received> all = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicInteger holding = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile IntFunction<Answer> answers;

  WebhookReceiver(IntFunction<Answer> answers) {
    this.answers = answers;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/hooks/gesprekswijzer", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** A receiver that accepts everything with 204. */
  static WebhookReceiver accepting() {
    return new WebhookReceiver(n -> new Status(204));
  }

  void answer(IntFunction<Answer> answers) {
    this.answers = answers;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/gesprekswijzer";
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Received request =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            Map.copyOf(exchange.getRequestHeaders()),
            body,
            Instant.now());
    Answer answer = answers.apply(count.incrementAndGet());
    if (answer instanceof Hold) {
      holding.incrementAndGet();
      all.add(request);
      received.add(request);
      try {
        release.await(GUARD.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        holding.decrementAndGet();
      }
      exchange.sendResponseHeaders(204, -1);
    } else {
      all.add(request);
      received.add(request);
      exchange.sendResponseHeaders(((Status) answer).code(), -1);
    }
    exchange.close();
  }

  /** The next request received, waiting for it. */
  Received next() {
    try {
      Received request = received.poll(GUARD.toSeconds(), TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("No webhook arrived within " + GUARD);
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every request received so far. */
  List<Received> all() {
    return List.copyOf(all);
  }

  /** Requests received so far. */
  int count() {
    return count.get();
  }

  /** Requests being held unanswered right now. */
  int holding() {
    return holding.get();
  }

  /** Answers every held request, and every later one to be held, at once. */
  void release() {
    release.countDown();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
