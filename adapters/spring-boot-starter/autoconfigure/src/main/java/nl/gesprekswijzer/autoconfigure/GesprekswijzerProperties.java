package nl.gesprekswijzer.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code gesprekswijzer.*} properties of the advisory engine bean.
 *
 * @param rules Where the rule set comes from.
 * @param defaultLanguage Language of the answer's texts when a request has no "language": "nl" or
 *     "en".
 * @param clockZone Time zone whose date is "today", the reference date of a request without one.
 * @param concurrentEvaluations How many evaluations may run at once, the other callers waiting
 *     their turn: 0 (the default) one per processor, -1 no bound, or a number.
 */
@ConfigurationProperties("gesprekswijzer")
public record GesprekswijzerProperties(
    @DefaultValue Rules rules,
    @DefaultValue("nl") String defaultLanguage,
    @DefaultValue("Europe/Amsterdam") ZoneId clockZone,
    @DefaultValue("0") int concurrentEvaluations) {

  public GesprekswijzerProperties {
    if (concurrentEvaluations < -1) {
      throw new IllegalArgumentException(
          "gesprekswijzer.concurrent-evaluations must be 0 (one per processor), -1 (no bound) or a"
              + " number of evaluations, not " + concurrentEvaluations);
    }
    // Checked here so that a typo fails start-up naming the property, not at the first request.
    if (!"nl".equals(defaultLanguage) && !"en".equals(defaultLanguage)) {
      throw new IllegalArgumentException(
          "gesprekswijzer.default-language must be 'nl' or 'en', not '" + defaultLanguage + "'");
    }
  }

  /**
   * Where the rule set comes from.
   *
   * @param dir Folder of a rule set to use instead of the default rules in the rules jar (see
   *     "gesprekswijzer rules export"). It is checked at start-up (it compiles, every scenario
   *     passes, every rule fires in one); a rule set with a problem stops the start-up, naming each
   *     problem at its file and line.
   * @param watch Whether a change to the rules folder that passes the same check replaces the rule
   *     set in service without a restart (a change that fails is logged and refused).
   * @param quietPeriod How long the rules folder must be left alone after a change before it is
   *     checked: an editor's save or a copy writes several files.
   */
  public record Rules(
      @Nullable Path dir, @DefaultValue("true") boolean watch, @DefaultValue("500ms") Duration quietPeriod) {}

  /** The engine's bound for {@code RulesAdvisoryEngine.Builder.concurrentEvaluations}. */
  int evaluationsAtOnce() {
    return switch (concurrentEvaluations) {
      case 0 -> Runtime.getRuntime().availableProcessors();
      case -1 -> Integer.MAX_VALUE;
      default -> concurrentEvaluations;
    };
  }
}
