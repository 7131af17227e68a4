package nl.gesprekswijzer.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.text.TextValue;

/**
 * One person the employee cares for.
 *
 * @param number the position in the request's {@code caregiving} list, counting from 1
 * @param childAge the child's age, or -1 when the person is not the employee's child
 * @param weeks whole weeks between the start of the care and the reference date
 *
 * <p>Inside a text, a person cared for reads as the phrase {@code value.Care.<RELATION>}, which may
 * name {@code {childAge}}, {@code {hours}}, {@code {situation}} and {@code {since}}; a rule passes
 * all of them, e.g. collected, to name each person rather than only the first.
 */
public record Care(
    int number,
    Relation relation,
    int childAge,
    BigDecimal hoursPerWeek,
    LocalDate since,
    CareSituation situation,
    long weeks)
    implements TextValue {

  public static Care of(
      int number,
      Relation relation,
      int childAge,
      BigDecimal hoursPerWeek,
      LocalDate since,
      CareSituation situation,
      LocalDate referenceDate) {
    return new Care(
        number,
        relation,
        childAge,
        hoursPerWeek,
        since,
        situation,
        ChronoUnit.WEEKS.between(since, referenceDate));
  }

  /** {@code value.Care.<RELATION>}, or {@code value.Care.NEWBORN} for a child not yet one. */
  @Override
  public String textKey() {
    return "value.Care." + Person.phrase(this);
  }

  /** This person as the conditions of an entitlement name them, without the hours of care. */
  public Person person() {
    return new Person(this);
  }

  @Override
  public List<Object> textArgs() {
    return List.of(
        "relation", relation, "childAge", childAge, "hours", hoursPerWeek, "situation", situation, "since", since);
  }

  /**
   * Names the fact without its values: Drools prints every fact it inserts at DEBUG and TRACE,
   * and a fact holds a person's situation, so no log level can turn it into the log.
   */
  @Override
  public String toString() {
    return "Care[values withheld]";
  }
}
