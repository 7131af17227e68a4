package nl.gesprekswijzer.engine.scenario;

import java.util.List;
import nl.gesprekswijzer.engine.ruleset.Problem;

/** Scenario files that cannot be run, with every problem found, each naming its file and scenario. */
public final class ScenarioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public ScenarioException(List<String> problems) {
    super("Scenarios cannot be run:\n  - " + String.join("\n  - ", problems));
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
