package nl.gesprekswijzer.kafka;

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
 * Names the field of a situation that Jackson could not read, in the engine's notation ({@code
 * caregiving[0].relation}) and with the service's wording, so that a platform sees the same problem
 * on a dead letter as in a {@code 400} of the REST API.
 *
 * <p>Built from the exception's type, path and target type only, never from its message: Jackson's
 * messages quote the offending value, and a value here may be health data. The one value repeated
 * is a date that does not exist ({@code 2026-02-30}), which tells nothing about anyone.
 *
 * <p>The same rules as the service's {@code BodyViolations}, which lives in the Spring adapter and
 * reads Spring's exception; this adapter does not depend on it.
 */
final class ReadingViolations {

  static final String WHOLE_SITUATION = "request";

  private static final Pattern WRITTEN_AS_A_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private ReadingViolations() {}

  static Violation of(JacksonException jackson) {
    String field = path(jackson);
    if (jackson instanceof UnrecognizedPropertyException unknown) {
      return new Violation(field, unknownField(unknown.getKnownPropertyIds()));
    }
    if (jackson instanceof StreamConstraintsException) {
      return new Violation(WHOLE_SITUATION, "is too large or too deeply nested for an advice request");
    }
    if (jackson instanceof InputCoercionException) {
      String range = range(component(jackson));
      return new Violation(
          orWhole(field), range == null ? "is out of range for a whole number" : "must be a whole number " + range);
    }
    if (jackson instanceof StreamReadException unreadable) {
      String reached = pathReached(unreadable.processor());
      return new Violation(orWhole(reached.isEmpty() ? field : reached), notJson(jackson.getLocation()));
    }
    if (jackson instanceof MismatchedInputException mismatch) {
      if (field.isEmpty()) {
        return new Violation(WHOLE_SITUATION, "must be one JSON object, the advice request, and nothing else");
      }
      String day = notACalendarDay(mismatch);
      return day != null
          ? new Violation(field, day + " is not a day of the calendar")
          : new Violation(field, expected(mismatch.getTargetType(), component(mismatch)));
    }
    return new Violation(orWhole(field), "cannot be read");
  }

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

  private static @Nullable String range(@Nullable Method component) {
    Min min = component == null ? null : component.getAnnotation(Min.class);
    Max max = component == null ? null : component.getAnnotation(Max.class);
    return min == null || max == null ? null : "from " + min.value() + " to " + max.value();
  }

  /** The accessor of the request's record component the exception's path leads to, if any. */
  private static @Nullable Method component(JacksonException exception) {
    Class<?> type = AdviceRequest.class;
    Method accessor = null;
    for (JacksonException.Reference reference : exception.getPath()) {
      String name = reference.getPropertyName();
      if (name == null) {
        continue;
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

  private static @Nullable Class<?> elementType(RecordComponent component) {
    if (List.class.isAssignableFrom(component.getType())
        && component.getGenericType() instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return component.getType();
  }

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

  private static String name(String property) {
    return property.isBlank() ? '"' + property + '"' : property;
  }

  private static String orWhole(String field) {
    return field.isEmpty() ? WHOLE_SITUATION : field;
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
    return "is not valid JSON" + where + " (a syntax error, a truncated value or a field given twice)";
  }

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
