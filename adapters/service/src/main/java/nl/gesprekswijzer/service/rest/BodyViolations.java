package nl.gesprekswijzer.service.rest;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.stream.Collectors;
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
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field of a body that Jackson could not read, in the engine's notation ({@code
 * caregiving[0].relation}), so that integrators see one kind of error whichever layer found it.
 *
 * <p>Built from the exception's type, path and target type only, never from its message: Jackson's
 * messages quote the offending value, and a value in this API may be health data.
 */
final class BodyViolations {

  /** The field name for problems with the body as a whole, as the engine uses it. */
  static final String WHOLE_REQUEST = "request";

  private BodyViolations() {}

  static Violation of(HttpMessageNotReadableException exception) {
    JacksonException jackson = jacksonCause(exception);
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
      return new Violation(orWholeRequest(field), "is out of range for a whole number");
    }
    if (jackson instanceof StreamReadException unreadable) {
      // Where the parser stopped; databind's path, if any, ends at the enclosing object.
      String reached = pathReached(unreadable.processor());
      reached = reached.isEmpty() ? field : reached;
      return new Violation(orWholeRequest(reached), notJson(jackson.getLocation()));
    }
    if (jackson instanceof MismatchedInputException mismatch) {
      // At the root: an array, a string, or a second value after the object.
      return field.isEmpty()
          ? new Violation(
              WHOLE_REQUEST, "must be one JSON object, the advice request, and nothing else")
          : new Violation(field, expected(mismatch.getTargetType()));
    }
    return new Violation(orWholeRequest(field), "cannot be read");
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

  /** What the contract expects where a value of the wrong type or format was sent. */
  private static String expected(@Nullable Class<?> type) {
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
      return "must be a whole number, written as a JSON number";
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
