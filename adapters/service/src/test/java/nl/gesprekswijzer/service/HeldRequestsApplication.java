package nl.gesprekswijzer.service;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;

/**
 * The real application, started by {@link GracefulShutdownIntegrationTests} in a process of its
 * own, with one difference: every advice is held in the engine until the test writes a line to this
 * process's standard input. Each request announces itself on standard output with {@link
 * #IN_FLIGHT}, so that the test knows when its requests are in flight.
 */
final class HeldRequestsApplication {

  static final String IN_FLIGHT = "HELD-REQUEST-IN-FLIGHT";

  /** Never hold a request forever, whatever happens to the test. */
  private static final long MAX_HOLD_SECONDS = 120;

  private static final CountDownLatch RELEASE = new CountDownLatch(1);

  private HeldRequestsApplication() {}

  public static void main(String[] args) {
    Thread releaser =
        new Thread(
            () -> {
              try {
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    .readLine();
              } catch (java.io.IOException ignored) {
                // Stdin closed: release as well.
              }
              RELEASE.countDown();
            },
            "releaser");
    releaser.setDaemon(true);
    releaser.start();

    SpringApplication application = new SpringApplication(GesprekswijzerApplication.class);
    application.addInitializers(
        context ->
            context
                .getBeanFactory()
                .addBeanPostProcessor(
                    new BeanPostProcessor() {
                      @Override
                      public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof AdvisoryEngine engine
                            ? new HeldEngine(engine)
                            : bean;
                      }
                    }));
    application.run(args);
  }

  private record HeldEngine(AdvisoryEngine engine) implements AdvisoryEngine {

    @Override
    public AdviceResponse advise(AdviceRequest request) {
      System.out.println(IN_FLIGHT);
      System.out.flush();
      try {
        RELEASE.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return engine.advise(request);
    }

    @Override
    public String rulesetVersion() {
      return engine.rulesetVersion();
    }
  }
}
