package nl.gesprekswijzer.engine.mutation;

import org.jspecify.annotations.Nullable;

/**
 * What became of one change.
 *
 * @param noticedBy the scenario that failed on it, by name; {@code null} unless noticed
 * @param refusal why the rule set refused the change, when it did (it does not compile, or the
 *     parameter file is no longer valid)
 */
public record Outcome(Mutant mutant, Status status, @Nullable String noticedBy, @Nullable String refusal) {

  public enum Status {
    /** A scenario failed: the scenarios pin this part of the rules. */
    NOTICED,
    /** Every scenario still passed: nothing says what this part of the rules must do. */
    UNNOTICED,
    /** The changed rule set does not compile or is not valid; not counted. */
    REFUSED,
    /**
     * A comparison of a figure with a constant that comes out the same for every value the figure
     * has: no answer can change; not counted.
     */
    CANNOT_CHANGE_AN_ANSWER
  }

  /** Whether the outcome counts in the figure of changes noticed. */
  public boolean counted() {
    return status == Status.NOTICED || status == Status.UNNOTICED;
  }

  /** {@code file:line:column: rule 'x': '>' to '>=' unnoticed}, and likewise for each status. */
  @Override
  public String toString() {
    return mutant
        + switch (status) {
          case NOTICED -> " noticed by '" + noticedBy + "'";
          case UNNOTICED -> " unnoticed";
          case REFUSED -> " refused: " + refusal;
          case CANNOT_CHANGE_AN_ANSWER -> " cannot change an answer";
        };
  }
}
