package nl.gesprekswijzer.api;

/** One item of the employee's checklist. */
public record PreparationItem(String id, Phase phase, String text) {

  /** When in the conversation the item belongs. */
  public enum Phase {
    BEFORE,
    DURING,
    AFTER
  }
}
