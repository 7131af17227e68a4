package nl.gesprekswijzer.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Deadline;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * One employee's watched dates, as the state store (and its changelog topic) keeps them: exactly
 * what the dataless {@code advice.given} event already told the platform (deadline kinds and dates,
 * the follow-up date), nothing of the situation.
 *
 * @param conversationType the kind of talk of the advice the dates came from
 * @param rulesetVersion the rule set of that advice
 * @param dates every date not yet past, announced or not
 */
record WatchedDates(
    String tenant, String employeeRef, ConversationType conversationType, String rulesetVersion, List<Date> dates) {

  WatchedDates {
    dates = List.copyOf(dates);
  }

  /** A deadline or the follow-up date. */
  enum Kind {
    DEADLINE(DateDueEvent.DEADLINE_DUE),
    FOLLOW_UP(DateDueEvent.FOLLOW_UP_DUE);

    final String eventType;

    Kind(String eventType) {
      this.eventType = eventType;
    }
  }

  /**
   * One watched date.
   *
   * @param deadlineId the deadline's kind ({@code deadlines[].id}); absent for the follow-up date
   * @param announceOn the day from which the event is due: the date less {@code --days-ahead} days,
   *     as it was when the date was first watched
   * @param announced whether its event was sent
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Date(Kind kind, @Nullable String deadlineId, LocalDate dueDate, LocalDate announceOn, boolean announced) {

    boolean sameDateAs(Date other) {
      return kind == other.kind && Objects.equals(deadlineId, other.deadlineId) && dueDate.equals(other.dueDate);
    }

    Date markAnnounced() {
      return new Date(kind, deadlineId, dueDate, announceOn, true);
    }

    /**
     * The day this date next needs attention: its announcement, or once announced, the day after
     * it, when it is forgotten.
     */
    LocalDate nextAction() {
      return announced ? dueDate.plusDays(1) : announceOn;
    }
  }

  /**
   * The dates of a new advice that are not past on {@code today}, each announced {@code daysAhead}
   * days before it; a date the previous advice had and whose event was sent stays announced, so a
   * situation sent again never repeats an event.
   */
  static WatchedDates of(
      String tenant,
      String employeeRef,
      ConversationType type,
      AdviceResponse advice,
      @Nullable WatchedDates previous,
      LocalDate today,
      int daysAhead) {
    List<Date> dates = new ArrayList<>();
    for (Deadline deadline : advice.deadlines()) {
      add(dates, new Date(Kind.DEADLINE, deadline.id(), deadline.dueDate(), deadline.dueDate().minusDays(daysAhead), false),
          previous, today);
    }
    if (advice.followUp() != null) {
      LocalDate next = advice.followUp().nextDate();
      add(dates, new Date(Kind.FOLLOW_UP, null, next, next.minusDays(daysAhead), false), previous, today);
    }
    return new WatchedDates(tenant, employeeRef, type, advice.rulesetVersion(), dates);
  }

  private static void add(List<Date> dates, Date date, @Nullable WatchedDates previous, LocalDate today) {
    if (date.dueDate().isBefore(today)) {
      return; // past: the advice event already lists it as PASSED
    }
    if (previous != null) {
      for (Date before : previous.dates()) {
        if (before.announced() && before.sameDateAs(date)) {
          dates.add(before);
          return;
        }
      }
    }
    dates.add(date);
  }

  WatchedDates withDates(List<Date> replaced) {
    return new WatchedDates(tenant, employeeRef, conversationType, rulesetVersion, replaced);
  }

  /** The store's serde: JSON, so that the changelog topic can be read by a person when needed. */
  static Serde<WatchedDates> serde() {
    Serializer<WatchedDates> serializer = (topic, value) -> value == null ? null : Json.EVENTS.writeValueAsBytes(value);
    Deserializer<WatchedDates> deserializer =
        (topic, bytes) -> bytes == null ? null : Json.EVENTS.readValue(bytes, WatchedDates.class);
    return Serdes.serdeFrom(serializer, deserializer);
  }
}
