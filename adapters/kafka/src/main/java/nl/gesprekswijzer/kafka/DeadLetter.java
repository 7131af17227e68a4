package nl.gesprekswijzer.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A situation that got no advice: the problem, in the REST API's problem document, and where the
 * situation was; never the situation itself. The key, tenant and employee reference are given only
 * when they are well formed, so that nothing but plain references is ever repeated.
 *
 * @param source where the refused record is: topic, partition and offset
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "occurredAt", "key", "tenant", "employeeRef", "source", "problem"})
record DeadLetter(
    UUID id,
    String type,
    Instant occurredAt,
    @Nullable String key,
    @Nullable String tenant,
    @Nullable String employeeRef,
    @Nullable Source source,
    Problem problem) {

  static final String SITUATION_REFUSED = "situation.refused";

  @JsonPropertyOrder({"topic", "partition", "offset"})
  record Source(String topic, int partition, long offset) {}

  /**
   * An RFC 9457 problem document, with the members the service's {@code ProblemDocument} has: a
   * platform reads a dead letter's problem as it reads a {@code 400} of the REST API.
   *
   * @param errors for an invalid situation: every offending field; never repeats a refused value
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
  record Problem(URI type, String title, int status, String detail, @Nullable List<Violation> errors) {

    /** The service's {@code /problems/invalid-request}, word for word. */
    static Problem invalid(List<Violation> violations) {
      return new Problem(
          URI.create("/problems/invalid-request"),
          "Invalid advice request",
          400,
          violations.stream()
              .map(v -> v.field() + ": " + v.problem())
              .collect(Collectors.joining("; ", "The request breaks the advice contract: ", ".")),
          violations);
    }

    /** The service's server error: nothing about the situation or the code. */
    static Problem failed() {
      return new Problem(
          URI.create("/problems/internal-server-error"),
          "Internal Server Error",
          500,
          "An internal error stopped the situation from being evaluated; send it again later or"
              + " report the time it happened.",
          null);
    }
  }
}
