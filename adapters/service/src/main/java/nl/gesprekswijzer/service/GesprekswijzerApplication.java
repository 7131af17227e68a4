package nl.gesprekswijzer.service;

import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Serves {@code POST /api/v1/advice} with the default rules packaged in the {@code rules} jar. */
@SpringBootApplication
class GesprekswijzerApplication {

  private static final Logger log = LoggerFactory.getLogger(GesprekswijzerApplication.class);

  public static void main(String[] args) {
    // The build runs main to prepare the context ahead of time (process-aot): no engine is needed.
    if (!Boolean.getBoolean("spring.aot.processing")) {
      RuleSetCompiledInBackground.startEarly(GesprekswijzerApplication::buildEngine);
    }
    SpringApplication.run(GesprekswijzerApplication.class, args);
  }

  /**
   * Loading the rule set takes a second or more (seconds when it must be compiled), so it happens
   * once, in the background while the rest of the application starts (from {@code main} on, see
   * {@link RuleSetCompiledInBackground}): a broken rule set still stops the start-up (with a {@code
   * RuleSetException} naming every problem) instead of failing requests.
   */
  @Bean
  RuleSetCompiledInBackground advisoryEngine() {
    return RuleSetCompiledInBackground.takeEarlyOrStart(GesprekswijzerApplication::buildEngine);
  }

  private static AdvisoryEngine buildEngine() {
    AdvisoryEngine engine = RulesAdvisoryEngine.builder().build();
    log.info("Advisory engine ready with rule set version {}", engine.rulesetVersion());
    return engine;
  }

  /** {@code /actuator/info} tells operators which rules are deployed. */
  @Bean
  InfoContributor rulesetInfo(AdvisoryEngine engine) {
    return info -> info.withDetail("rulesetVersion", engine.rulesetVersion());
  }
}
