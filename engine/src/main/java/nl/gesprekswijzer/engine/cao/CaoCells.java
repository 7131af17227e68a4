package nl.gesprekswijzer.engine.cao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the text of a CAO table cell reads as a value: one place, used both when the table is checked
 * while the rule set is built ({@link CaoTableReader}) and by the rules generated from it ({@link
 * CaoRow}), so the two can never read a cell differently. An empty cell is {@code null} (or no
 * codes); a cell that does not read throws {@link IllegalArgumentException} with what was expected.
 */
final class CaoCells {

  private CaoCells() {}

  static @Nullable LocalDate date(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date written as text like 2026-01-01");
    }
  }

  /** A number above 0, written with a decimal point: {@code 1.4}. */
  static @Nullable BigDecimal number(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(text);
      if (number.signum() > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("'" + text + "' is not a number above 0 (write decimals with a point: 1.4)");
  }

  static @Nullable Integer whole(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number");
    }
  }

  /** Codes separated by {@code |}, each a constant of the type: {@code PARTNER|CHILD}. */
  static <E extends Enum<E>> Set<E> codes(String cell, Class<E> type) {
    Set<E> codes = EnumSet.noneOf(type);
    String text = cell.strip();
    if (text.isEmpty()) {
      return codes;
    }
    for (String code : text.split("\\|", -1)) {
      try {
        codes.add(Enum.valueOf(type, code.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + code.strip() + "' is not a " + type.getSimpleName() + "; use "
                + String.join("|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
      }
    }
    return codes;
  }
}
