package nl.gesprekswijzer.kafka;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import nl.gesprekswijzer.engine.publish.RuleSetStatus;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /health} and {@code GET /metrics} on the JDK's own HTTP server: two plain handlers
 * need no framework.
 *
 * <p>{@code /health} answers {@code 200 {"status":"UP",...}} while Kafka Streams is {@code
 * RUNNING} or {@code REBALANCING}, and {@code 503 {"status":"DOWN",...}} otherwise (starting,
 * stopped, failed), for a container's readiness and liveness probes; with the rule set in service
 * and the last change of the rules folder refused, as the service's rules status has them. {@code /metrics} is the
 * Prometheus text of every meter: Kafka Streams' own and the advice's.
 */
final class HttpEndpoints implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  HttpEndpoints(
      int port, Supplier<KafkaStreams.State> state, Supplier<RuleSetStatus> rules, PrometheusMeterRegistry registry)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 0);
    executor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "gesprekswijzer-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/health", exchange -> health(exchange, state.get(), rules.get()));
    server.createContext("/metrics", exchange -> metrics(exchange, registry));
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  static boolean isUp(KafkaStreams.State state) {
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  private static void health(HttpExchange exchange, KafkaStreams.State state, RuleSetStatus rules)
      throws IOException {
    if (refused(exchange)) {
      return;
    }
    boolean up = isUp(state);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("streams", state.name());
    body.put("rulesetVersion", rules.version());
    body.put("rules", rules);
    send(exchange, up ? 200 : 503, "application/json", Json.EVENTS.writeValueAsBytes(body));
  }

  private static void metrics(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
    if (refused(exchange)) {
      return;
    }
    send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8));
  }

  /** Only {@code GET} and {@code HEAD} of the exact path; anything else is answered and refused. */
  private static boolean refused(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
      send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
      return true;
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().add("Allow", "GET, HEAD");
      send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
      return true;
    }
    return false;
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
      exchange.getResponseHeaders().add("Cache-Control", "no-store");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
