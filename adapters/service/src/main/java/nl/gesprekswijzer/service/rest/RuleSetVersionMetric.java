package nl.gesprekswijzer.service.rest;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code gesprekswijzer_ruleset_info{version="1.2.0+9181adc0"} 1} on {@code /actuator/prometheus}:
 * the version of the rule set in service (the {@code rulesetVersion} every advice carries), read at
 * each scrape, so that a rule set published from the watched folder shows at once, and a graph of
 * advice counts can be read against the rules that gave them.
 *
 * <p>A Prometheus collector rather than a Micrometer gauge: a gauge's tags are fixed when it is
 * registered, while the version changes with every publication.
 */
@Component
class RuleSetVersionMetric implements DisposableBean {

  static final String NAME = "gesprekswijzer_ruleset";

  private final Collector collector;
  private final ObjectProvider<PrometheusRegistry> registry;

  RuleSetVersionMetric(AdvisoryEngine engine, ObjectProvider<PrometheusRegistry> registry) {
    this.registry = registry;
    this.collector =
        new Collector() {
          @Override
          public MetricSnapshot collect() {
            return InfoSnapshot.builder()
                .name(NAME)
                .help("The rule set in service: its version, as every advice carries it")
                .dataPoint(
                    InfoSnapshot.InfoDataPointSnapshot.builder()
                        .labels(Labels.of("version", engine.rulesetVersion()))
                        .build())
                .build();
          }

          @Override
          public String getPrometheusName() {
            return NAME;
          }
        };
    registry.ifAvailable(prometheus -> prometheus.register(collector));
  }

  @Override
  public void destroy() {
    registry.ifAvailable(prometheus -> prometheus.unregister(collector));
  }
}
