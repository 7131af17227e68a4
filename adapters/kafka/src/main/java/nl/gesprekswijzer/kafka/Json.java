package nl.gesprekswijzer.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** How this adapter reads situations and writes events: as strictly and in the same form as the service. */
final class Json {

  /** A situation is a few kilobytes; the service refuses a body over 64 KiB too. */
  static final int MAX_SITUATION_CHARS = 65_536;

  /**
   * Reads situations as strictly as the service reads a request body: a field the contract does not
   * have (a diagnosis, say) is refused rather than dropped, nothing is coerced into a type it is
   * not, a field given twice is an error, and a document far beyond a real situation's size or
   * depth is refused before it costs memory.
   */
  static final JsonMapper SITUATIONS =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxDocumentLength(MAX_SITUATION_CHARS)
                          .maxNestingDepth(16)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
          .build();

  /** Events as the service writes its answers and webhooks: ISO dates, no null fields, plain numbers. */
  static final JsonMapper EVENTS =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private Json() {}
}
