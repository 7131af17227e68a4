package nl.gesprekswijzer.api;

/** The course of the care. */
public enum CareSituation {
  STABLE,
  SERIOUS_ILLNESS,
  /** Terminal care. */
  PALLIATIVE,
  /** Sudden and unforeseen. */
  EMERGENCY
}
