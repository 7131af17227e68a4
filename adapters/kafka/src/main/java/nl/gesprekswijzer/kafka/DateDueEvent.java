package nl.gesprekswijzer.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.gesprekswijzer.api.ConversationType;
import org.jspecify.annotations.Nullable;

/**
 * A watched date coming up: {@code deadline.due} for a Poortwachter deadline, {@code followup.due}
 * for the next talk, sent once, {@code --days-ahead} days before the date. Dataless like {@code
 * advice.given}: whose date, which deadline, when; nothing of the situation and no text.
 *
 * @param id the same whenever this date of this employee is announced: a receiver can ignore a
 *     second delivery by it
 * @param conversationType the kind of talk of the advice the date came from
 * @param deadline for {@code deadline.due}: the deadline's kind ({@code deadlines[].id} of the
 *     advice) and due date
 * @param followUpDate for {@code followup.due}: the date of the next talk
 * @param rulesetVersion the rule set of the advice the date came from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id", "type", "occurredAt", "tenant", "employeeRef", "conversationType", "deadline", "followUpDate",
  "rulesetVersion"
})
record DateDueEvent(
    UUID id,
    String type,
    Instant occurredAt,
    String tenant,
    String employeeRef,
    ConversationType conversationType,
    @Nullable Deadline deadline,
    @Nullable LocalDate followUpDate,
    String rulesetVersion) {

  static final String DEADLINE_DUE = "deadline.due";
  static final String FOLLOW_UP_DUE = "followup.due";

  @JsonPropertyOrder({"id", "dueDate"})
  record Deadline(String id, LocalDate dueDate) {}
}
