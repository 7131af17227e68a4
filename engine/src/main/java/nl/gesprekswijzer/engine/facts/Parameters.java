package nl.gesprekswijzer.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters in force on the reference date: every legal and policy figure the rules use. CAO
 * figures come as {@link CaoProvision} facts instead.
 *
 * <p>A rule reads a figure by its name, binds it in its conditions and only fires when the figure
 * is in force:
 *
 * <pre>
 * Parameters( $factor : number("short-term-care-leave.weekly-hours-factor") != null )
 * </pre>
 *
 * Names are checked when the rule set is built: a rule that names an unknown parameter does not
 * build.
 */
public final class Parameters {

  /** The methods a rule calls with a parameter name; the build checks those names. */
  public static final List<String> LOOKUP_METHODS =
      List.of("number", "whole", "date", "list", "includes", "legalBasis");

  private final LocalDate date;
  private final Map<String, Object> values;
  private final Map<String, String> legalBases;

  public Parameters(LocalDate date, Map<String, Object> values, Map<String, String> legalBases) {
    this.date = date;
    this.values = Map.copyOf(values);
    this.legalBases = Map.copyOf(legalBases);
  }

  /** The date the values are in force on. */
  public LocalDate date() {
    return date;
  }

  /** A number, or {@code null} when the parameter has no value on this date. */
  public @Nullable BigDecimal number(String name) {
    return (BigDecimal) values.get(name);
  }

  /** A whole number, or -1 when the parameter has no value on this date. */
  public int whole(String name) {
    BigDecimal value = number(name);
    return value == null ? -1 : value.intValueExact();
  }

  /** A date, or {@code null} when the parameter has no value on this date. */
  public @Nullable LocalDate date(String name) {
    return (LocalDate) values.get(name);
  }

  /** A list of codes; empty when the parameter has no value on this date. */
  @SuppressWarnings("unchecked")
  public List<String> list(String name) {
    Object value = values.get(name);
    return value == null ? List.of() : (List<String>) value;
  }

  /** Whether the list parameter contains the code, for example an enum constant's name. */
  public boolean includes(String name, Object code) {
    return list(name).contains(code instanceof Enum<?> e ? e.name() : String.valueOf(code));
  }

  /** The article of law or CAO the parameter rests on, for the answer's {@code legalBasis}. */
  public String legalBasis(String name) {
    String basis = legalBases.get(name);
    if (basis == null) {
      throw new IllegalArgumentException("Parameter " + name + " names no legal basis");
    }
    return basis;
  }

  @Override
  public String toString() {
    return "Parameters[" + date + ", " + values.size() + " in force]";
  }
}
