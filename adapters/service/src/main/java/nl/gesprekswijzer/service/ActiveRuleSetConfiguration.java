package nl.gesprekswijzer.service;

import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one way to the rule set the service answers with now, for what describes it (the rule
 * catalogue): asked at every use, so that it follows the engine when its rule set is replaced.
 */
@Configuration(proxyBeanMethods = false)
class ActiveRuleSetConfiguration {

  @Bean
  Supplier<RuleSet> activeRuleSet(AdvisoryEngine engine) {
    return () -> {
      if (engine instanceof RuleSetCompiledInBackground background) {
        return background.ruleSet();
      }
      if (engine instanceof RulesAdvisoryEngine rules) {
        return rules.ruleSet();
      }
      throw new IllegalStateException("this advisory engine has no rule set to describe: " + engine.getClass());
    };
  }
}
