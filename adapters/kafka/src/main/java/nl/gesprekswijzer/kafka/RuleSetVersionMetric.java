package nl.gesprekswijzer.kafka;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.function.Supplier;

/**
 * {@code gesprekswijzer_ruleset_info{version="..."} 1}, as the service has it: the rule set in
 * service, read at each scrape, so that a published rule set shows at once. A collector rather than
 * a gauge, because a gauge's tags are fixed when it is registered.
 */
final class RuleSetVersionMetric implements Collector {

  static final String NAME = "gesprekswijzer_ruleset";

  private final Supplier<String> version;

  private RuleSetVersionMetric(Supplier<String> version) {
    this.version = version;
  }

  static void register(PrometheusRegistry registry, Supplier<String> version) {
    registry.register(new RuleSetVersionMetric(version));
  }

  @Override
  public MetricSnapshot collect() {
    return InfoSnapshot.builder()
        .name(NAME)
        .help("The rule set in service: its version, as every advice event carries it")
        .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder().labels(Labels.of("version", version.get())).build())
        .build();
  }

  @Override
  public String getPrometheusName() {
    return NAME;
  }
}
