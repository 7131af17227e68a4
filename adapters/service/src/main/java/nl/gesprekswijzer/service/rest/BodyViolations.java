package nl.gesprekswijzer.service.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field of a body that Jackson could not read, in the engine's notation ({@code
 * caregiving[0].relation}), so that integrators see one kind of error whichever layer found it.
 *
 * <p>Built from the exception's type, path and target type only, never from its message: Jackson's
 * messages quote the offending value, and a value in this API may be health data. The one exception
 * is a date that does not exist, which is repeated (see {@link #notACalendarDay}).
 */
final class BodyViolations {

  /** The field name for problems with the body as a whole, as the engine uses it. */
  static final String WHOLE_REQUEST = "request";

  /** The shape of a date in the contract; whether the day exists is another question. */
  private static final Pattern WRITTEN_AS_A_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private BodyViolations() {}

  static Violation of(HttpMessageNotReadableException exception) {
    return of(jacksonCause(exception));
  }

  /**
   * The violation of one JSON value read as an advice request: the body of a single request, or
   * one item of a batch (whose paths then start at the item). {@code null}: no value at all.
   */
  static Violation of(@Nullable JacksonException jackson) {
    if (jackson == null) {
      // Spring's "Required request body is missing": an empty body or the JSON literal null.
      return new Violation(
          WHOLE_REQUEST, "is missing; the body must be one JSON object, the advice request");
    }
    String field = path(jackson);
    if (jackson instanceof UnrecognizedPropertyException unknown) {
      return new Violation(field, unknownField(unknown.getKnownPropertyIds()));
    }
    if (jackson instanceof StreamConstraintsException) {
      return new Violation(
          WHOLE_REQUEST, "is too large or too deeply nested for an advice request");
    }
    if (jackson instanceof InputCoercionException) {
      return new Violation(orWholeRequest(field), outOfRange(jackson));
    }
    if (jackson instanceof StreamReadException unreadable) {
      // Where the parser stopped; databind's path, if any, ends at the enclosing object.
      String reached = pathReached(unreadable.processor());
      reached = reached.isEmpty() ? field : reached;
      return new Violation(orWholeRequest(reached), notJson(jackson.getLocation()));
    }
    if (jackson instanceof MismatchedInputException mismatch) {
      // At the root: an array, a string, or a second value after the object.
      if (field.isEmpty()) {
        return new Violation(
            WHOLE_REQUEST, "must be one JSON object, the advice request, and nothing else");
      }
      String day = notACalendarDay(mismatch);
      return day != null
          ? new Violation(field, day + " is not a day of the calendar")
          : new Violation(field, expected(mismatch.getTargetType(), component(mismatch)));
    }
    return new Violation(orWholeRequest(field), "cannot be read");
  }

  /**
   * A date written as yyyy-mm-dd that does not exist ({@code 2026-02-30}, {@code 2026-13-01}), or
   * {@code null}. The only value this class repeats: ten digits and dashes, and no day that exists,
   * so it tells nothing about anyone.
   */
  private static @Nullable String notACalendarDay(MismatchedInputException mismatch) {
    if (mismatch instanceof InvalidFormatException invalid
        && invalid.getTargetType() == LocalDate.class
        && invalid.getValue() instanceof String text
        && WRITTEN_AS_A_DATE.matcher(text).matches()) {
      try {
        LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    return null;
  }

  /**
   * A whole number beyond what Java's type holds ({@code "size": 99999999999}): the field's range,
   * from the record's constraints. The value itself is never read, so both ends are named.
   */
  private static String outOfRange(JacksonException exception) {
    String range = range(component(exception));
    return range == null ? "is out of range for a whole number" : "must be a whole number " + range;
  }

  /** {@code from 1 to 10000000}: a whole-number field's range, or {@code null} without one. */
  private static @Nullable String range(@Nullable Method component) {
    Min min = component == null ? null : component.getAnnotation(Min.class);
    Max max = component == null ? null : component.getAnnotation(Max.class);
    return min == null || max == null ? null : "from " + min.value() + " to " + max.value();
  }

  /** The accessor of the record component the exception's path leads to, if any. */
  private static @Nullable Method component(JacksonException exception) {
    Class<?> type = AdviceRequest.class;
    Method accessor = null;
    for (JacksonException.Reference reference : exception.getPath()) {
      String name = reference.getPropertyName();
      if (name == null) {
        continue; // a list position: the list's element type was taken with the list
      }
      if (type == null || !type.isRecord()) {
        return null;
      }
      RecordComponent found = null;
      for (RecordComponent candidate : type.getRecordComponents()) {
        if (candidate.getName().equals(name)) {
          found = candidate;
        }
      }
      if (found == null) {
        return null;
      }
      accessor = found.getAccessor();
      type = elementType(found);
    }
    return accessor;
  }

  /** The type of a component, or of its elements when it is a list. */
  private static @Nullable Class<?> elementType(RecordComponent component) {
    if (List.class.isAssignableFrom(component.getType())
        && component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return component.getType();
  }

  /** Spring wraps Jackson's exception directly; without one, Spring found no body at all. */
  private static @Nullable JacksonException jacksonCause(Throwable exception) {
    return exception.getCause() instanceof JacksonException jackson ? jackson : null;
  }

  /** {@code caregiving[0].relation}: property names joined by dots, list positions in brackets. */
  static String path(JacksonException exception) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : exception.getPath()) {
      if (reference.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(name(reference.getPropertyName()));
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The path the parser had reached, in the same notation: {@code caregiving[1].since}. */
  private static String pathReached(@Nullable JsonParser parser) {
    if (parser == null) {
      return "";
    }
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext context = parser.streamReadContext();
        context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray() && context.hasCurrentIndex()) {
        segments.push("[" + context.getCurrentIndex() + "]");
      } else if (context.inObject() && context.currentName() != null) {
        segments.push(name(context.currentName()));
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append(path.isEmpty() || segment.startsWith("[") ? "" : ".").append(segment);
    }
    return path.toString();
  }

  /**
   * A property name as it appears in a path; a blank one ({@code {"": 1}}) in quotes, so that the
   * error still names a field a client can find.
   */
  private static String name(String property) {
    return property.isBlank() ? '"' + property + '"' : property;
  }

  private static String orWholeRequest(String field) {
    return field.isEmpty() ? WHOLE_REQUEST : field;
  }

  private static String unknownField(@Nullable Collection<Object> known) {
    String problem =
        "is not a field of the contract; fields for a diagnosis, symptoms, medication or other"
            + " health details are deliberately not accepted, because an employer may not register"
            + " them";
    if (known == null || known.isEmpty()) {
      return problem;
    }
    return problem
        + " (fields here: "
        + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))
        + ")";
  }

  private static String notJson(@Nullable TokenStreamLocation location) {
    String where =
        location == null || location.getLineNr() < 0
            ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return "is not valid JSON"
        + where
        + " (a syntax error, a truncated body or a field given twice)";
  }

  /**
   * What the contract expects where a value of the wrong type or format was sent; for a whole
   * number with its range, as {@code 1e30} or {@code 240.5} may be out of range or only not whole.
   */
  private static String expected(@Nullable Class<?> type, @Nullable Method component) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(constant -> ((Enum<?>) constant).name())
              .collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      String range = range(component);
      return "must be a whole number" + (range == null ? "" : " " + range) + ", written as a JSON number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "must be a number, written as a JSON number";
    }
    if (type == LocalDate.class) {
      return "must be a date written as yyyy-mm-dd, for example 2026-11-23";
    }
    if (type == String.class) {
      return "must be a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    return "must be a JSON object";
  }
}
