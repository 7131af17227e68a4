package nl.gesprekswijzer.personio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** How Personio writes a date, a number and a time of day, read the way its documentation shows them. */
final class PersonioValues {

  /**
   * {@code 2020-01-31}, or a date and time with an offset: {@code 2014-11-09T00:00:00+01:00} and
   * {@code 2017-12-27T00:00:00+0100} both occur in Personio's documentation.
   */
  private static final Pattern DATE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?");

  private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})");

  private PersonioValues() {}

  /**
   * The calendar date as Personio wrote it. Personio writes a day as midnight in the company's
   * zone; converting that to another zone would move it to the day before, so the date part is
   * taken as written.
   *
   * @return {@code null} when the value is not such a date
   */
  static @Nullable LocalDate date(JsonNode value) {
    if (!value.isString()) {
      return null;
    }
    Matcher matcher = DATE.matcher(value.stringValue().strip());
    if (!matcher.matches()) {
      return null;
    }
    try {
      return LocalDate.parse(matcher.group(1));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A number written as a JSON number ({@code 40}) or as text ({@code '40'}, {@code '32.5'}): the
   * documentation shows both for the weekly hours.
   *
   * @return {@code null} when the value is neither
   */
  static @Nullable BigDecimal number(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isString()) {
      try {
        return new BigDecimal(value.stringValue().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The minutes of a day written {@code 08:30}, as a work schedule gives them; {@code null} when it does not read. */
  static @Nullable Integer minutesOfDay(JsonNode value) {
    if (!value.isString()) {
      return null;
    }
    Matcher matcher = TIME_OF_DAY.matcher(value.stringValue().strip());
    if (!matcher.matches()) {
      return null;
    }
    int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
    return Integer.parseInt(matcher.group(2)) > 59 || minutes > 24 * 60 ? null : minutes;
  }

  /** Whether a field is absent or {@code null}: Personio leaves out attributes the credentials may not read. */
  static boolean absent(JsonNode value) {
    return value.isMissingNode() || value.isNull();
  }
}
