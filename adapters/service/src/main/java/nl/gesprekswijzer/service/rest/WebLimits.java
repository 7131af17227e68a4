package nl.gesprekswijzer.service.rest;

import java.time.Duration;
import java.util.Map;
import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The limits that keep one client, or too many, from exhausting the service: the body size and the
 * number of advice requests evaluated at once, and Tomcat's worker threads that follow from it;
 * and, at the end of the service's life, answers sent before their connection closes. Tomcat's
 * other limits are in application.properties.
 */
@Configuration(proxyBeanMethods = false)
class WebLimits implements WebMvcConfigurer {

  /** Worker threads beyond the advice limit: for refusals (503), ping and health at the limit. */
  static final int SPARE_THREADS = 16;

  private final int maxConcurrentAdvice;
  private final ConcurrencyGate gate;

  WebLimits(
      @Value("${gesprekswijzer.limits.max-concurrent-advice:0}") int maxConcurrentAdvice,
      @Value("${gesprekswijzer.limits.admission-wait:0ms}") Duration admissionWait) {
    if (admissionWait.isNegative()) {
      throw new IllegalArgumentException(
          "gesprekswijzer.limits.admission-wait must not be negative, not " + admissionWait);
    }
    this.maxConcurrentAdvice = maxConcurrentAdvice > 0 ? maxConcurrentAdvice : defaultConcurrency();
    this.gate = new ConcurrencyGate(this.maxConcurrentAdvice, admissionWait);
  }

  /** The one gate of the advice endpoints; a batch takes extra permits from it for its workers. */
  @Bean
  ConcurrencyGate concurrencyGate() {
    return gate;
  }

  /**
   * 16 per core: enough that a CPU-bound engine always has work queued for every core (requests
   * also spend time reading and writing), few enough that a request admitted at the limit waits
   * only some tens of milliseconds instead of seconds.
   */
  static int defaultConcurrency() {
    return 16 * Runtime.getRuntime().availableProcessors();
  }

  /**
   * Tomcat's worker threads: the advice limit plus {@link #SPARE_THREADS}, unless {@code
   * server.tomcat.threads.max} is set. Far more threads than that only compete for the cores under
   * overload: in an A/B of the load test on two cores, refusals took a p99 of 1.1–1.2 s with
   * Tomcat's default of 200 and 0.36–0.5 s with 48 (adapters/service/load/RESULTS.md).
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> workerThreads(Environment environment) {
    int threads = maxConcurrentAdvice + SPARE_THREADS;
    return factory -> {
      if (!environment.containsProperty("server.tomcat.threads.max")) {
        factory.addConnectorCustomizers(
            connector -> {
              if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(threads);
              }
            });
      }
    };
  }

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
      @Value("${gesprekswijzer.limits.max-body-size:64KB}") DataSize maxBodySize,
      @Value("${gesprekswijzer.limits.max-batch-body-size:4MB}") DataSize maxBatchBodySize) {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(
            new BodySizeLimitFilter(
                maxBodySize.toBytes(),
                Map.of(BatchAdviceController.PATH, maxBatchBodySize.toBytes())));
    // Before anything else that might read the body.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  SendAnswersBeforeShutdownFilter sendAnswersBeforeShutdownFilter() {
    return new SendAnswersBeforeShutdownFilter();
  }

  @Bean
  FilterRegistrationBean<SendAnswersBeforeShutdownFilter> sendAnswersBeforeShutdown(
      SendAnswersBeforeShutdownFilter filter) {
    FilterRegistrationBean<SendAnswersBeforeShutdownFilter> registration =
        new FilterRegistrationBean<>(filter);
    // Outermost, so that every other filter has written its part of the answer.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(gate)
        .addPathPatterns("/api/v1/advice", BatchAdviceController.PATH);
  }
}
