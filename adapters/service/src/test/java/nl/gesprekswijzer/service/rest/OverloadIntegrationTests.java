package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.contentType;
import static nl.gesprekswijzer.service.ServiceClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.service.ServiceClient;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * At the concurrency limit the next advice request is refused at once with 503 and Retry-After;
 * below it, nothing is refused. The limit is 1 here and the engine holds a request until told.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "gesprekswijzer.limits.max-concurrent-advice=1",
      // The failures are made on purpose; UnexpectedFailureIntegrationTests checks how one is logged.
      "logging.level.nl.gesprekswijzer.service.rest.ProblemHandler=OFF"
    })
class OverloadIntegrationTests {

  private static final long WAIT_SECONDS = 60;

  @LocalServerPort int port;

  @MockitoBean AdvisoryEngine engine;

  @Autowired ServletWebServerApplicationContext context;

  private ServiceClient client;

  /** The level set above outlives this class's context; the other tests' failures are logged. */
  @AfterAll
  static void logFailuresAgain() {
    LoggingSystem.get(OverloadIntegrationTests.class.getClassLoader())
        .setLogLevel(ProblemHandler.class.getName(), null);
  }

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
  }

  @Test
  void givesTomcatAsManyWorkerThreadsAsTheLimitAdmitsAndSomeToSpare() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

    assertThat(protocol.getMaxThreads()).isEqualTo(1 + WebLimits.SPARE_THREADS);
  }

  @Test
  void refusesWith503WhileTheLimitIsReachedAndAdmitsAgainAfterwards() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(engine.advise(any(), any()))
        .thenAnswer(
            call -> {
              entered.countDown();
              release.await(WAIT_SECONDS, TimeUnit.SECONDS);
              return null;
            });

    CompletableFuture<HttpResponse<String>> held =
        CompletableFuture.supplyAsync(() -> client.postAdvice(EXAMPLE));
    try {
      assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS))
          .as("request in the engine")
          .isTrue();

      HttpResponse<String> refused = client.postAdvice(EXAMPLE);

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(contentType(refused)).startsWith("application/problem+json");
      assertThat(json(refused).path("type").asString()).isEqualTo("/problems/service-unavailable");
      // Only the engine is gated: the rest of the service still answers.
      assertThat(client.get("/api/v1/ping").statusCode()).isEqualTo(200);
    } finally {
      release.countDown();
    }
    assertThat(held.get(WAIT_SECONDS, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(client.postAdvice(EXAMPLE).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesNothingBelowTheLimit() {
    for (int i = 0; i < 50; i++) {
      assertThat(client.postAdvice(EXAMPLE).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void releasesThePermitWhenTheRequestFails() {
    when(engine.advise(any(), any())).thenThrow(new IllegalStateException("engine failure"));

    for (int i = 0; i < 3; i++) {
      assertThat(client.postAdvice(EXAMPLE).statusCode()).isEqualTo(500);
    }
    assertThat(client.postAdvice("{").statusCode()).isEqualTo(400);
    assertThat(client.postAdvice("{").statusCode()).isEqualTo(400);
  }
}
