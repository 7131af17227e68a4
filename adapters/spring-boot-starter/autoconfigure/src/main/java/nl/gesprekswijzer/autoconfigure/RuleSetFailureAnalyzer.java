package nl.gesprekswijzer.autoconfigure;

import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up stopped by a rule set that cannot be used reads as a list of its problems, each at
 * the file and line its author wrote, instead of a stack trace.
 */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
    String message = String.valueOf(cause.getMessage());
    StringBuilder description = new StringBuilder(message.lines().findFirst().orElse(message));
    for (Problem problem : cause.findings()) {
      description.append("\n  - ").append(problem);
    }
    return new FailureAnalysis(
        description.toString(),
        "Correct the files named above (\"gesprekswijzer rules check <folder>\" checks a folder the"
            + " same way). Without gesprekswijzer.rules.dir, the default rules of the rules jar"
            + " (nl.gesprekswijzer:rules) serve.",
        cause);
  }
}
