package nl.gesprekswijzer.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;

/**
 * One person the employee cares for.
 *
 * @param number the position in the request's {@code caregiving} list, counting from 1
 * @param childAge the child's age, or -1 when the person is not the employee's child
 * @param weeks whole weeks between the start of the care and the reference date
 */
public record Care(
    int number,
    Relation relation,
    int childAge,
    BigDecimal hoursPerWeek,
    LocalDate since,
    CareSituation situation,
    long weeks) {

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
}
