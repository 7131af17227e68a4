package nl.gesprekswijzer.engine.text;

/**
 * The one place that says which text belongs to which piece of advice. The answer's texts are
 * looked up under these keys, and scenarios check ids against them.
 */
public final class TextKeys {

  public static final String AGENDA_TITLE = "agenda.%s.title";
  /**
   * Why a topic is on the agenda, about the situation, for manager and employee alike; rendered
   * with the values of the rule firing that put it there.
   */
  public static final String AGENDA_WHY = "agenda.%s.why";
  public static final String SOLUTION_TITLE = "solution.%s.title";
  public static final String SOLUTION_DESCRIPTION = "solution.%s.description";
  public static final String ENTITLEMENT_TITLE = "entitlement.%s.title";
  public static final String ENTITLEMENT_CONDITIONS = "entitlement.%s.conditions";
  /**
   * The conditions of a statutory entitlement whose figures come from the employee's CAO; an
   * entitlement only a CAO has ({@code CAO_…}) uses {@link #ENTITLEMENT_CONDITIONS}.
   */
  public static final String ENTITLEMENT_CAO_CONDITIONS = "entitlement.%s.cao.conditions";
  public static final String DEADLINE_TITLE = "deadline.%s.title";
  public static final String TIP = "tip.%s";
  public static final String PREPARATION = "preparation.%s";
  public static final String WARNING = "warning.%s";
  /**
   * Why a rule fired, for policy staff; also the "why" of the follow-up it proposes, and of an
   * agenda item whose topic has no {@link #AGENDA_WHY} text.
   */
  public static final String RULE = "rule.%s";
  /** How an enum constant reads inside a sentence, e.g. {@code value.Relation.CHILD}. */
  public static final String VALUE = "value.%s.%s";
  public static final String FOLLOW_UP_BEFORE_DEADLINE = "follow-up.before-deadline";

  private TextKeys() {}

  /** The key for an id, e.g. {@code key(TIP, "LISTEN")} is {@code tip.LISTEN}. */
  public static String key(String pattern, String id) {
    int at = pattern.indexOf("%s");
    return pattern.substring(0, at) + id + pattern.substring(at + 2);
  }

  public static String value(Enum<?> constant) {
    return "value." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }
}
