package nl.gesprekswijzer.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import nl.gesprekswijzer.engine.publish.RuleSetCompiledInBackground;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.service.security.CurrentTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Serves {@code POST /api/v1/advice} with the default rules packaged in the {@code rules} jar, or
 * with the rule set in the folder {@value #RULES_DIR} names (see {@code gesprekswijzer rules
 * export}), publishing each change to it that passes its check without a restart.
 */
@SpringBootApplication
class GesprekswijzerApplication {

  private static final Logger log = LoggerFactory.getLogger(GesprekswijzerApplication.class);

  /** The folder to serve the rule set from instead of the embedded default; no default. */
  static final String RULES_DIR = "gesprekswijzer.rules.dir";

  /**
   * The engine of each rule set in service, the default one and each tenant's. Without a bound of
   * its own: the service bounds the evaluations of all of them together ({@link #advisoryEngine}).
   */
  static final Function<RuleSet, RulesAdvisoryEngine> ENGINES =
      ruleSet -> RulesAdvisoryEngine.builder().ruleSet(ruleSet).concurrentEvaluations(Integer.MAX_VALUE).build();

  public static void main(String[] args) {
    // The build runs main to prepare the context ahead of time (process-aot): no engine is needed.
    // The early start builds the default rule set; with a folder on the command line it would be
    // wasted work, so the bean builds that one (a folder set elsewhere only costs that overlap).
    if (!Boolean.getBoolean("spring.aot.processing") && !namesRulesDir(args)) {
      RuleSetCompiledInBackground.startEarly(() -> PublishedRules.embeddedPublication(ENGINES));
    }
    SpringApplication.run(GesprekswijzerApplication.class, args);
  }

  /**
   * Loading a rule set takes a second or more (seconds when it must be compiled and its scenarios
   * run), so it happens in the background while the rest of the application starts (the embedded
   * one from {@code main} on, see {@link RuleSetCompiledInBackground}): a broken rule set still
   * stops the start-up (with a {@code RuleSetException} naming every problem) instead of failing
   * requests. Each rules folder, the default one and each tenant's, is then watched, and each change
   * that passes its check is published ({@link PublishedRules}).
   */
  @Bean
  TenantRuleSets ruleSets(
      @Value("${" + RULES_DIR + ":}") String rulesDir,
      @Value("${gesprekswijzer.rules.watch:true}") boolean watch,
      @Value("${gesprekswijzer.rules.quiet-period:500ms}") Duration quietPeriod,
      Environment environment,
      CurrentTenant currentTenant) {
    PublishedRules defaults =
        rulesDir.isBlank()
            ? PublishedRules.embedded(
                RuleSetCompiledInBackground.takeEarlyOrStart(() -> PublishedRules.embeddedPublication(ENGINES)))
            : PublishedRules.folder(Path.of(rulesDir), watch, quietPeriod, ENGINES);
    Map<String, PublishedRules> byTenant = new TreeMap<>();
    TenantRuleSets.folders(environment)
        .forEach((tenant, dir) -> byTenant.put(tenant, PublishedRules.folder(dir, watch, quietPeriod, ENGINES)));
    if (!byTenant.isEmpty()) {
      log.info("Tenants with a rule set of their own: {}", String.join(", ", byTenant.keySet()));
    }
    return new TenantRuleSets(defaults, byTenant, currentTenant);
  }

  /**
   * Every request is answered by its tenant's rule set in service when it arrives, at most {@code
   * gesprekswijzer.limits.concurrent-evaluations} evaluations at once over all tenants (0: one per
   * processor; -1, the default: no bound), the next in line waiting its turn.
   */
  @Bean
  AdvisoryEngine advisoryEngine(
      TenantRuleSets rules, @Value("${gesprekswijzer.limits.concurrent-evaluations:-1}") int concurrentEvaluations) {
    if (concurrentEvaluations < 0) {
      return rules.engine();
    }
    return new EvaluationSlots(
        rules.engine(),
        concurrentEvaluations == 0 ? Runtime.getRuntime().availableProcessors() : concurrentEvaluations);
  }

  private static boolean namesRulesDir(String[] args) {
    return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + RULES_DIR + "="));
  }

  /** {@code /actuator/info} tells operators which rules are deployed. */
  @Bean
  InfoContributor rulesetInfo(AdvisoryEngine engine, TenantRuleSets rules) {
    return info -> {
      info.withDetail("rulesetVersion", engine.rulesetVersion());
      Map<String, String> tenants = rules.tenantVersions();
      if (!tenants.isEmpty()) {
        info.withDetail("tenantRulesetVersions", tenants);
      }
    };
  }
}
