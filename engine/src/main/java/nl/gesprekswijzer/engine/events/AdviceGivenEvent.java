package nl.gesprekswijzer.engine.events;

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
 * The dataless event after an advice, the body of the service's webhook and of the Kafka adapter's
 * advice events by default: what a platform needs to update its own screens (whose advice changed,
 * which topics, which deadlines and when the next talk is), and nothing of the situation and no text.
 * Made from the advice on the request's thread, so that the queue never holds a situation.
 *
 * @param id unique per event and the same for every attempt to deliver it: the receiver's key for
 *     ignoring a second delivery
 * @param type {@value #ADVICE_GIVEN}
 * @param occurredAt when the advice was given, UTC, to the millisecond
 * @param tenant the tenant the advice was asked for
 * @param employeeRef the platform's own reference of the employee, as it sent it; absent if it sent
 *     none
 * @param conversationType the kind of talk
 * @param rulesetVersion the rule set that gave the advice
 * @param topics the agenda's topics, in order
 * @param deadlines every deadline of the advice
 * @param followUpDate the date of the next talk
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id", "type", "occurredAt", "tenant", "employeeRef", "conversationType", "rulesetVersion", "topics",
  "deadlines", "followUpDate"
})
public record AdviceGivenEvent(
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

  /** The type of the event sent after each advice. */
  public static final String ADVICE_GIVEN = "advice.given";

  /**
   * One deadline: its kind (the advice's {@code deadlines[].id}), when it is due, and where it
   * stands on the advice's reference date.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "dueDate", "status"})
  public record DeadlineDue(String id, LocalDate dueDate, Deadline.@Nullable Status status) {}

  /** The event of an advice; {@code id} is the event's own (a random UUID when first made). */
  public static AdviceGivenEvent of(AdviceEvent advice, UUID id) {
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
