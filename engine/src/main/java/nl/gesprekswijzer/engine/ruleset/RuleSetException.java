package nl.gesprekswijzer.engine.ruleset;

import java.util.List;

/** A rule set that cannot be used, with every problem found, each naming its file. */
public final class RuleSetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public RuleSetException(String source, List<String> problems) {
    super("Rule set from " + source + " cannot be used:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  /** The problems, each with its file and place. */
  public List<Problem> findings() {
    return problems.stream().map(Problem::parse).toList();
  }
}
