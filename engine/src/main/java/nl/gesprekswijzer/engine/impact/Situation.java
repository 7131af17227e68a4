package nl.gesprekswijzer.engine.impact;

import nl.gesprekswijzer.api.AdviceRequest;

/**
 * One situation both rule sets answer.
 *
 * @param origin where it comes from: {@code scenarios/care.yaml: <name>} for a scenario, {@code
 *     generated <n>} for the n-th generated situation (from 1)
 * @param request the request, with its reference date
 */
public record Situation(String origin, AdviceRequest request) {

  /** How the origin of a generated situation starts. */
  static final String GENERATED = "generated ";

  /** Whether the situation is one of a rule set's scenarios rather than a generated one. */
  public boolean scenario() {
    return !origin.startsWith(GENERATED);
  }
}
