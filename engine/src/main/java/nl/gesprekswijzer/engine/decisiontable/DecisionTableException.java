package nl.gesprekswijzer.engine.decisiontable;

import org.jspecify.annotations.Nullable;

/** A spreadsheet that is not a decision table Drools can read, with the cell at fault if known. */
public final class DecisionTableException extends Exception {

  private static final long serialVersionUID = 1L;

  private final @Nullable String cell;

  DecisionTableException(@Nullable String cell, String message) {
    super(message);
    this.cell = cell;
  }

  /** The cell, {@code Sheet!C12}; {@code null} when the problem is with the whole file. */
  public @Nullable String cell() {
    return cell;
  }
}
