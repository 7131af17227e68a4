package nl.gesprekswijzer.service;

import java.nio.file.Path;
import java.util.Arrays;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import org.jspecify.annotations.Nullable;
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
 * export}).
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
  RuleSetCompiledInBackground advisoryEngine(@Value("${" + RULES_DIR + ":}") String rulesDir) {
    if (rulesDir.isBlank()) {
      return RuleSetCompiledInBackground.takeEarlyOrStart(GesprekswijzerApplication::buildEngine);
    }
    return RuleSetCompiledInBackground.start(() -> buildEngine(Path.of(rulesDir)));
  }

  private static AdvisoryEngine buildEngine() {
    return buildEngine(null);
  }

  /** On the embedded default rule set, or on the folder's; a broken folder fails the start-up. */
  private static AdvisoryEngine buildEngine(@Nullable Path rulesDir) {
    RulesAdvisoryEngine.Builder builder = RulesAdvisoryEngine.builder();
    if (rulesDir != null) {
      builder.ruleSetSource(new DirectoryRuleSetSource(rulesDir));
    }
    AdvisoryEngine engine = builder.build();
    log.info(
        "Advisory engine ready with rule set version {} from {}",
        engine.rulesetVersion(),
        rulesDir == null ? "the rules jar" : rulesDir.toAbsolutePath());
    return engine;
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
