package nl.gesprekswijzer.engine.parameters;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One figure with its history.
 *
 * @param legalBasis the article the figure rests on, as the answer cites it; absent for policy
 * @param source where the figure was checked, the most official source first
 * @param status {@code CONFIRMED}, {@code UNCONFIRMED}, {@code DERIVED} or {@code POLICY}
 * @param values the values, oldest first; each applies from its date until the next one's
 */
public record Parameter(
    String name,
    String description,
    Type type,
    @Nullable String legalBasis,
    String source,
    String status,
    List<DatedValue> values) {

  public enum Type {
    NUMBER,
    DATE,
    LIST
  }

  public record DatedValue(LocalDate from, Object value) {}

  public Parameter {
    values = List.copyOf(values);
  }

  /** The value in force on the date, or {@code null} before the first value applies. */
  public @Nullable Object valueOn(LocalDate date) {
    Object inForce = null;
    for (DatedValue value : values) {
      if (value.from().isAfter(date)) {
        break;
      }
      inForce = value.value();
    }
    return inForce;
  }
}
