package nl.gesprekswijzer.engine.fuzz;

import java.nio.file.Path;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;

/**
 * The engine on the full default rule set, read from its folder in the {@code rules} module (as the
 * benchmark does), so that the engine module needs no dependency on the rules jar. Compiled once:
 * compiling costs Drools seconds.
 */
public final class DefaultEngine {

  private static RulesAdvisoryEngine engine;

  private DefaultEngine() {}

  public static synchronized RulesAdvisoryEngine get() {
    if (engine == null) {
      Path folder =
          Path.of(System.getProperty("gesprekswijzer.ruleset", "../rules/src/main/resources/gesprekswijzer/ruleset"));
      engine = RulesAdvisoryEngine.builder().ruleSetSource(new DirectoryRuleSetSource(folder)).build();
    }
    return engine;
  }
}
