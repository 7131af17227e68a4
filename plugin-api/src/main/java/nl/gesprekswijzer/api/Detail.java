package nl.gesprekswijzer.api;

/** How much of the advice the answer carries. */
public enum Detail {
  /**
   * The default: each list at most its documented size (agenda, manager tips, preparation), the
   * most important items by rank, so that a platform can show the answer as it comes.
   */
  STANDARD,
  /** Everything the rules advise, however long the lists get. */
  FULL
}
