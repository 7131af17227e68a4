package nl.gesprekswijzer.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

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

  public static void main(String[] args) {
    // The build runs main to prepare the context ahead of time (process-aot): no engine is needed.
    // The early start builds the default rule set; with a folder on the command line it would be
    // wasted work, so the bean builds that one (a folder set elsewhere only costs that overlap).
    if (!Boolean.getBoolean("spring.aot.processing") && !namesRulesDir(args)) {
      RuleSetCompiledInBackground.startEarly(GesprekswijzerApplication::embedded);
    }
    SpringApplication.run(GesprekswijzerApplication.class, args);
  }

  /**
   * Loading the rule set takes a second or more (seconds when it must be compiled and its scenarios
   * run), so it happens once, in the background while the rest of the application starts (from
   * {@code main} on, see {@link RuleSetCompiledInBackground}): a broken rule set still stops the
   * start-up (with a {@code RuleSetException} naming every problem) instead of failing requests.
   * A rules folder is then watched, and each change that passes its check is published ({@link
   * RulesFolder}).
   */
  @Bean
  PublishedRuleSet publishedRuleSet(
      @Value("${" + RULES_DIR + ":}") String rulesDir,
      @Value("${gesprekswijzer.rules.watch:true}") boolean watch,
      @Value("${gesprekswijzer.rules.quiet-period:500ms}") Duration quietPeriod) {
    if (rulesDir.isBlank()) {
      return PublishedRuleSet.embedded(
          RuleSetCompiledInBackground.takeEarlyOrStart(GesprekswijzerApplication::embedded));
    }
    return PublishedRuleSet.of(new RulesFolder(Path.of(rulesDir), watch, quietPeriod));
  }

  /** Every request is answered by the rule set in service when it arrives. */
  @Bean
  AdvisoryEngine advisoryEngine(PublishedRuleSet rules) {
    return rules.engine();
  }

  /** The embedded default rule set, whose scenarios ran when the rules jar was built. */
  private static Publication embedded() {
    Publication publication =
        new Publication(
            RulesAdvisoryEngine.builder().build(),
            "",
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            Duration.ZERO);
    log.info("Advisory engine ready with rule set version {} from the rules jar", publication.version());
    return publication;
  }

  private static boolean namesRulesDir(String[] args) {
    return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + RULES_DIR + "="));
  }

  /** {@code /actuator/info} tells operators which rules are deployed. */
  @Bean
  InfoContributor rulesetInfo(AdvisoryEngine engine) {
    return info -> info.withDetail("rulesetVersion", engine.rulesetVersion());
  }
}
