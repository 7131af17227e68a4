package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.ServiceClient.EXAMPLE;
import static nl.gesprekswijzer.service.ServiceClient.exampleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.ConversationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A batch stays within the concurrency limit and leaves half of it to single requests; a batch
 * refused at the limit is answered with 503 like a single request, and counted as overloaded. The
 * limit is 4 here, and the engine holds every career talk until told.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "gesprekswijzer.limits.max-concurrent-advice=4",
      "gesprekswijzer.limits.batch-parallelism=4"
    })
class BatchLimitsIntegrationTests {

  private static final long WAIT_SECONDS = 60;
  private static final String HELD = exampleWith("\"CARE_BALANCE\"", "\"CAREER\"");

  @LocalServerPort int port;

  @MockitoBean AdvisoryEngine engine;

  @Autowired ConcurrencyGate gate;

  private ApiCalls api;
  private final AtomicInteger held = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();

  @BeforeEach
  void holdCareerTalks() {
    api = new ApiCalls(port);
    when(engine.rulesetVersion()).thenReturn("test");
    when(engine.advise(any(), any()))
        .thenAnswer(
            call -> {
              AdviceRequest request = call.getArgument(0);
              if (request.conversation().type() == ConversationType.CAREER) {
                held.incrementAndGet();
                release.await(WAIT_SECONDS, TimeUnit.SECONDS);
              }
              return null;
            });
  }

  @AfterEach
  void releaseEverything() throws Exception {
    release.countDown();
    for (CompletableFuture<HttpResponse<String>> request : inFlight) {
      assertThat(request.get(WAIT_SECONDS, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void takesAtMostHalfOfTheLimitSoThatSingleRequestsAreStillAdmitted() throws Exception {
    inFlight.add(CompletableFuture.supplyAsync(() -> api.batch(ApiCalls.copies(HELD, 20))));
    awaitHeld(2);

    // The batch's own permit and one spare: two of four, so two single requests are still let in.
    assertThat(gate.availablePermits()).isEqualTo(2);
    for (int i = 0; i < 5; i++) {
      assertThat(api.advice(EXAMPLE, null).statusCode()).isEqualTo(200);
    }
    inFlight.add(CompletableFuture.supplyAsync(() -> api.advice(HELD, null)));
    awaitHeld(3);
    assertThat(api.advice(EXAMPLE, null).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesABatchAtTheLimitWith503AndCountsItAsOverloaded() throws Exception {
    for (int i = 0; i < 4; i++) {
      inFlight.add(CompletableFuture.supplyAsync(() -> api.advice(HELD, null)));
    }
    awaitHeld(4);

    HttpResponse<String> batch = api.batch(List.of(EXAMPLE));
    HttpResponse<String> single = api.advice(EXAMPLE, null);

    assertThat(batch.statusCode()).isEqualTo(503);
    assertThat(batch.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(single.statusCode()).isEqualTo(503);
    String scrape = api.get("/actuator/prometheus").body();
    assertThat(scrape)
        .containsPattern(
            "gesprekswijzer_advice_seconds_count\\{outcome=\"overloaded\",type=\"UNKNOWN\",via=\"batch\"} [1-9]")
        .containsPattern(
            "gesprekswijzer_advice_seconds_count\\{outcome=\"overloaded\",type=\"UNKNOWN\",via=\"single\"} [1-9]");
  }

  @Test
  void runsABatchOnTheRequestsThreadAloneWhenHalfTheLimitIsTaken() throws Exception {
    inFlight.add(CompletableFuture.supplyAsync(() -> api.advice(HELD, null)));
    inFlight.add(CompletableFuture.supplyAsync(() -> api.advice(HELD, null)));
    awaitHeld(2);

    inFlight.add(CompletableFuture.supplyAsync(() -> api.batch(ApiCalls.copies(HELD, 5))));
    awaitHeld(3);

    assertThat(gate.availablePermits()).isEqualTo(1);
  }

  private void awaitHeld(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (held.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(held.get()).as("engine calls held").isGreaterThanOrEqualTo(count);
  }
}
