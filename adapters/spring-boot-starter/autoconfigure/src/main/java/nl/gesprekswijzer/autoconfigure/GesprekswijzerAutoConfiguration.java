package nl.gesprekswijzer.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.publish.Publication;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import nl.gesprekswijzer.engine.publish.RuleSetCompiledInBackground;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.spi.AdviceListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * An {@link AdvisoryEngine} bean on the default rules of the rules jar, or on the rule set in
 * {@code gesprekswijzer.rules.dir}, unless the application defines its own.
 *
 * <p>A rules folder is checked as the service checks it: it compiles, every scenario in it passes
 * and every rule fires in one; a folder that fails stops the start-up, naming each problem at its
 * file and line. The folder is then watched ({@code gesprekswijzer.rules.watch}): a change that
 * passes the same check replaces the rule set in service without a restart, and a change that fails
 * is logged and refused while the rule set in service stays ({@link PublishedRules}). Every {@link
 * AdviceListener} bean, and every one that {@link java.util.ServiceLoader} finds, receives each
 * advice the bean gives.
 */
@AutoConfiguration
@ConditionalOnClass(RulesAdvisoryEngine.class)
@EnableConfigurationProperties(GesprekswijzerProperties.class)
public class GesprekswijzerAutoConfiguration {

  /**
   * The rule set in service, checked before the context is ready; closed with the context. An
   * application's own {@link Clock} bean, when it has exactly one, supplies the instant of "today"
   * (tests fix it that way); its date is always taken in {@code gesprekswijzer.clock-zone}.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(AdvisoryEngine.class)
  PublishedRules gesprekswijzerRules(GesprekswijzerProperties properties, ObjectProvider<Clock> clock) {
    Clock now = clock.getIfUnique(Clock::systemUTC);
    Function<RuleSet, RulesAdvisoryEngine> engines =
        ruleSet ->
            RulesAdvisoryEngine.builder()
                .ruleSet(ruleSet)
                .defaultLanguage(properties.defaultLanguage())
                .zone(properties.clockZone())
                .clock(now)
                .concurrentEvaluations(properties.evaluationsAtOnce())
                .build();
    GesprekswijzerProperties.Rules rules = properties.rules();
    PublishedRules published =
        rules.dir() == null
            ? PublishedRules.embedded(
                RuleSetCompiledInBackground.start(
                    () -> Publication.of(RuleSetCompiler.compile(new ClasspathRuleSetSource()), engines, "", Duration.ZERO)))
            : PublishedRules.folder(rules.dir(), rules.watch(), rules.quietPeriod(), engines);
    return published.start();
  }

  /** The engine: every call goes to the rule set in service at that moment. */
  @Bean
  @ConditionalOnMissingBean(AdvisoryEngine.class)
  AdvisoryEngine advisoryEngine(
      PublishedRules rules,
      ObjectProvider<Clock> clock,
      ObjectProvider<AdviceListener> listenerBeans,
      ResourceLoader resourceLoader) {
    AdvisoryEngine engine = rules.engine();
    List<AdviceListener> listeners =
        ListeningAdvisoryEngine.listeners(
            listenerBeans.orderedStream().toList(), resourceLoader.getClassLoader());
    return listeners.isEmpty()
        ? engine
        : new ListeningAdvisoryEngine(engine, listeners, clock.getIfUnique(Clock::systemUTC));
  }
}
