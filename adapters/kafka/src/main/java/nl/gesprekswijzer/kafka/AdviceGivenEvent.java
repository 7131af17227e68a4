package nl.gesprekswijzer.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.spi.AdviceEvent;
import org.jspecify.annotations.Nullable;

/**
 * STAND-IN, to be deleted: the service's webhook body, which is moving to the engine as {@code
 * nl.gesprekswijzer.engine.events.AdviceGivenEvent} with the same JSON fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id", "type", "occurredAt", "tenant", "employeeRef", "conversationType", "rulesetVersion", "topics",
  "deadlines", "followUpDate"
})
record AdviceGivenEvent(
    UUID id,
    String type,
    Instant occurredAt,
    String tenant,
    @Nullable String employeeRef,
    ConversationType conversationType,
    String rulesetVersion,
    List<String> topics,
    List<DeadlineDue> deadlines,
    @Nullable LocalDate followUpDate) {

  static final String ADVICE_GIVEN = "advice.given";

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "dueDate", "status"})
  record DeadlineDue(String id, LocalDate dueDate, Deadline.@Nullable Status status) {}

  static AdviceGivenEvent of(AdviceEvent advice, UUID id) {
    AdviceResponse response = advice.response();
    return new AdviceGivenEvent(
        id,
        ADVICE_GIVEN,
        advice.at().truncatedTo(ChronoUnit.MILLIS),
        advice.tenant(),
        advice.employeeRef(),
        advice.request().conversation().type(),
        response.rulesetVersion(),
        response.agenda().stream().map(AgendaItem::topic).toList(),
        response.deadlines().stream().map(d -> new DeadlineDue(d.id(), d.dueDate(), d.status())).toList(),
        response.followUp() == null ? null : response.followUp().nextDate());
  }
}
