package nl.gesprekswijzer.service.rest;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.List;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.service.security.CurrentTenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The batch endpoint's parts, the advice metrics, and CORS for the configured origins. */
@Configuration(proxyBeanMethods = false)
class RestApiConfiguration implements WebMvcConfigurer {

  private final AdviceMetrics metrics;

  RestApiConfiguration(MeterRegistry registry) {
    this.metrics = new AdviceMetrics(registry);
  }

  @Bean
  AdviceMetrics adviceMetrics() {
    return metrics;
  }

  /**
   * A mapper with exactly the service's settings (every {@code spring.jackson.*} property, through
   * Spring Boot's customizers) on a stream factory whose document limit is the batch's body limit
   * instead of the 64 KB of a single request.
   */
  @Bean
  BatchReader batchReader(
      JsonFactory jsonFactory,
      ObjectProvider<JsonMapperBuilderCustomizer> customizers,
      @Value("${gesprekswijzer.limits.max-batch-body-size:4MB}") DataSize maxBatchBodySize) {
    JsonFactory batchFactory =
        jsonFactory
            .rebuild()
            .streamReadConstraints(
                jsonFactory
                    .streamReadConstraints()
                    .rebuild()
                    .maxDocumentLength(maxBatchBodySize.toBytes())
                    .build())
            .build();
    JsonMapper.Builder builder = JsonMapper.builder(batchFactory);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return new BatchReader(builder.build(), BatchAdviceController.MAX_ITEMS);
  }

  /** {@code gesprekswijzer.limits.batch-parallelism}: threads per batch; 0 means one per processor. */
  @Bean(destroyMethod = "close")
  BatchEvaluation batchEvaluation(
      AdvisoryEngine engine,
      AdviceListeners listeners,
      CurrentTenant tenant,
      ConcurrencyGate gate,
      @Value("${gesprekswijzer.limits.batch-parallelism:0}") int parallelism) {
    return new BatchEvaluation(
        engine,
        listeners,
        tenant,
        gate,
        metrics,
        parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors());
  }

  /** Before the concurrency gate, so that refusals at the limit are counted and timed too. */
  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(metrics)
        .addPathPatterns("/api/v1/advice", BatchAdviceController.PATH)
        .order(Ordered.HIGHEST_PRECEDENCE);
  }

  /**
   * CORS for the origins in {@code gesprekswijzer.cors.allowed-origins} only (comma-separated,
   * exact origins such as {@code https://hr.example.com}): a page of an HR platform may then call
   * the API from the browser. Empty, the default: no CORS headers at all, so browsers keep other
   * sites' pages from reading answers.
   *
   * <p>A servlet filter ahead of every other (security included), so that a preflight is answered
   * without a credential, as browsers send none with it; the request that follows still needs one.
   * Always defined, and disabled without origins, rather than conditional: the packaged service's
   * context is prepared ahead of time, when conditions are settled, and origins are set at run time.
   */
  @Bean
  FilterRegistrationBean<CorsFilter> corsFilter(
      @Value("${gesprekswijzer.cors.allowed-origins:}") String allowedOrigins) {
    List<String> origins =
        Arrays.stream(allowedOrigins.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!origins.isEmpty()) {
      CorsConfiguration cors = new CorsConfiguration();
      cors.setAllowedOrigins(origins);
      cors.setAllowedMethods(List.of("GET", "POST"));
      cors.setAllowedHeaders(
          List.of(
              HttpHeaders.CONTENT_TYPE,
              HttpHeaders.ACCEPT,
              HttpHeaders.ACCEPT_LANGUAGE,
              HttpHeaders.AUTHORIZATION,
              "X-API-Key"));
      cors.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER));
      cors.setMaxAge(3600L);
      source.registerCorsConfiguration("/api/**", cors);
    }
    FilterRegistrationBean<CorsFilter> registration =
        new FilterRegistrationBean<>(new CorsFilter(source));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setEnabled(!origins.isEmpty());
    return registration;
  }
}
