package nl.gesprekswijzer.engine.impact;

/**
 * What changed in one answer, in the order a report lists it: refusals first, texts last. The
 * {@code subject} of a {@link Change} is the id of what changed (a topic, an entitlement, a rule),
 * its {@code field} the part of it where the kind has parts.
 */
public enum ChangeKind {
  REFUSED("refused now, answered before"),
  NO_LONGER_REFUSED("answered now, refused before"),
  REFUSAL_CHANGED("refused for another reason"),
  ENGINE_FAILURE("the engine fails"),
  AGENDA_TOPIC_ADDED("agenda topic added"),
  AGENDA_TOPIC_REMOVED("agenda topic removed"),
  AGENDA_ORDER("agenda in another order"),
  SOLUTION_ADDED("solution added"),
  SOLUTION_REMOVED("solution removed"),
  ENTITLEMENT_ADDED("entitlement added"),
  ENTITLEMENT_REMOVED("entitlement removed"),
  ENTITLEMENT_FIGURE("entitlement figure changed"),
  DEADLINE_ADDED("deadline added"),
  DEADLINE_REMOVED("deadline removed"),
  DEADLINE_CHANGED("deadline date changed"),
  FOLLOW_UP("follow-up changed"),
  MANAGER_TIP_ADDED("manager tip added"),
  MANAGER_TIP_REMOVED("manager tip removed"),
  PREPARATION_ADDED("preparation item added"),
  PREPARATION_REMOVED("preparation item removed"),
  PREPARATION_PHASE("preparation item in another phase"),
  WARNING_ADDED("warning added"),
  WARNING_REMOVED("warning removed"),
  RULE_FIRES("rule fires now"),
  RULE_NO_LONGER_FIRES("rule no longer fires"),
  TEXT("text changed");

  private final String description;

  ChangeKind(String description) {
    this.description = description;
  }

  /** What changed, in a few words for people, e.g. {@code entitlement figure changed}. */
  public String description() {
    return description;
  }
}
