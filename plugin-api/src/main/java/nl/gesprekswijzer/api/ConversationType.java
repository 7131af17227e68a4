package nl.gesprekswijzer.api;

/** The kinds of conversation Gesprekswijzer advises on. */
public enum ConversationType {
  /** Combining work and informal care (mantelzorg). */
  CARE_BALANCE,
  /** Absence through illness and re-integration. */
  SICK_LEAVE,
  /** The regular "how are you doing?" talk. */
  WELLBEING,
  /** Work, development and career. */
  CAREER
}
