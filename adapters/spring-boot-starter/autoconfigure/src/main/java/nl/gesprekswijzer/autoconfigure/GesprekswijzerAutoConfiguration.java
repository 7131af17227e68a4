package nl.gesprekswijzer.autoconfigure;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.spi.AdviceListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <p>The rule set is compiled while the context starts, so a rule set that cannot be used stops
 * the start-up instead of failing requests. Every {@link AdviceListener} bean, and every one that
 * {@link java.util.ServiceLoader} finds, receives each advice the bean gives.
 */
@AutoConfiguration
@ConditionalOnClass(RulesAdvisoryEngine.class)
@EnableConfigurationProperties(GesprekswijzerProperties.class)
public class GesprekswijzerAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(GesprekswijzerAutoConfiguration.class);

  /**
   * The engine. An application's own {@link Clock} bean, when it has exactly one, supplies the
   * instant of "today" (tests fix it that way); its date is always taken in {@code
   * gesprekswijzer.clock-zone}.
   */
  @Bean
  @ConditionalOnMissingBean(AdvisoryEngine.class)
  AdvisoryEngine advisoryEngine(
      GesprekswijzerProperties properties,
      ObjectProvider<Clock> clock,
      ObjectProvider<AdviceListener> listenerBeans,
      ResourceLoader resourceLoader) {
    Clock now = clock.getIfUnique(Clock::systemUTC);
    RulesAdvisoryEngine.Builder builder =
        RulesAdvisoryEngine.builder()
            .defaultLanguage(properties.defaultLanguage())
            .zone(properties.clockZone())
            .clock(now);
    Path dir = properties.rules().dir();
    if (dir != null) {
      builder.ruleSetSource(new DirectoryRuleSetSource(dir));
    }
    RulesAdvisoryEngine engine = builder.build();
    log.info(
        "Advisory engine ready with rule set version {} from {}",
        engine.rulesetVersion(),
        dir == null ? "the rules jar" : dir.toAbsolutePath().normalize());
    List<AdviceListener> listeners =
        ListeningAdvisoryEngine.listeners(
            listenerBeans.orderedStream().toList(), resourceLoader.getClassLoader());
    return listeners.isEmpty() ? engine : new ListeningAdvisoryEngine(engine, listeners, now);
  }
}
