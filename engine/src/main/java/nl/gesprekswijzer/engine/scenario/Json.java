package nl.gesprekswijzer.engine.scenario;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** How scenarios are read and how an answer is compared with them. */
final class Json {

  /**
   * Reads scenario files. A key written twice in one map is an error: otherwise the second would
   * silently replace the first and an expectation would go unchecked.
   */
  static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /**
   * Turns a situation into a request as strictly as the REST adapter reads JSON: an unknown field
   * (a typo, or a diagnosis) is refused, never ignored. Writes an answer with dates as ISO text
   * and enums by name, which is how scenarios write them.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private Json() {}

  /** Whether an expected value matches the answer's: numbers numerically (64 equals 64.0). */
  static boolean same(JsonNode expected, JsonNode actual) {
    if (isAbsent(expected) || isAbsent(actual)) {
      return isAbsent(expected) && isAbsent(actual);
    }
    BigDecimal expectedNumber = number(expected);
    BigDecimal actualNumber = number(actual);
    if (expectedNumber != null && actualNumber != null && (expected.isNumber() || actual.isNumber())) {
      return expectedNumber.compareTo(actualNumber) == 0;
    }
    return expected.asString("").equals(actual.asString(""));
  }

  static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  /** A value as a scenario would write it. */
  static String show(JsonNode node) {
    if (isAbsent(node)) {
      return "absent";
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    return node.isValueNode() ? node.asString("") : node.toString();
  }

  private static BigDecimal number(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    try {
      return node.isString() ? new BigDecimal(node.asString().trim()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A reading error in words for policy staff: the field it concerns and what is wrong. */
  static String describe(JacksonException e) {
    StringBuilder path = new StringBuilder();
    List<JacksonException.Reference> references = e.getPath();
    for (JacksonException.Reference reference : references) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getPropertyName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
      }
    }
    String field = path.length() == 0 ? "" : path + ": ";
    if (e instanceof UnrecognizedPropertyException) {
      return field + "is not a field of the request";
    }
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return field + message.lines().findFirst().orElse(message);
  }
}
