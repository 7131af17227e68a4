package nl.gesprekswijzer.engine.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;

/**
 * A rule set in service: the engine that evaluates with it and when it began to.
 *
 * @param fingerprint a digest of every file of the folder it was read from, scenarios included
 *     ({@link RulesFolder#fingerprint}); empty for the embedded rule set
 * @param checkTime how long compiling it and running its scenarios took; zero when not checked
 *     here (the embedded rule set's scenarios ran when the rules jar was built)
 */
public record Publication(RulesAdvisoryEngine engine, String fingerprint, Instant activatedAt, Duration checkTime) {

  /** A rule set that passed its check, with an engine made by {@code engines}, in service from now. */
  public static Publication of(
      RuleSet ruleSet, Function<RuleSet, RulesAdvisoryEngine> engines, String fingerprint, Duration checkTime) {
    return new Publication(
        engines.apply(ruleSet), fingerprint, Instant.now().truncatedTo(ChronoUnit.MILLIS), checkTime);
  }

  public RuleSet ruleSet() {
    return engine.ruleSet();
  }

  /** The version every advice carries: the manifest's version, {@code +}, the content hash. */
  public String version() {
    return engine.rulesetVersion();
  }
}
