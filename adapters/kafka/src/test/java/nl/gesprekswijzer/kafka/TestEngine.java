package nl.gesprekswijzer.kafka;

import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;

/** The engine on the default rule set, as the application runs it: built once for all tests. */
final class TestEngine {

  private static final RulesAdvisoryEngine ENGINE = RulesAdvisoryEngine.builder().build();

  static RulesAdvisoryEngine get() {
    return ENGINE;
  }

  private TestEngine() {}
}
