package nl.gesprekswijzer.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A sick-leave deadline.
 *
 * @param title a short name for people (an addition to the contract)
 * @param status where the deadline stands on the reference date (an optional addition to the
 *     contract); {@code null} only from an engine that does not compute it
 */
public record Deadline(String id, String title, LocalDate dueDate, String legalBasis, @Nullable Status status) {

  /** Where a deadline stands on the reference date. */
  public enum Status {
    /** The due date lies before the reference date. */
    PASSED,
    /** The due date is the reference date or falls within the rule set's warning period after it. */
    DUE_SOON,
    /** The due date lies further ahead. */
    UPCOMING
  }

  /** A deadline without a status, as the contract's first version had it. */
  public Deadline(String id, String title, LocalDate dueDate, String legalBasis) {
    this(id, title, dueDate, legalBasis, null);
  }
}
