package nl.gesprekswijzer.example;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import org.jspecify.annotations.Nullable;

/**
 * The example platform's outbox: every advice becomes a notice its screens show ("a talk is due",
 * "the problem analysis is due on ..."), kept in memory up to {@value #CAPACITY} notices, the oldest
 * dropped first. A notice is dataless: tenant, the platform's employee reference, topics, deadlines
 * and the follow-up date; no situation, no texts. Quick, as a listener must be: it only copies a few
 * fields.
 */
public final class ExampleOutbox implements AdviceListener {

  static final int CAPACITY = 1_000;

  /**
   * One advice as the platform's screens need it.
   *
   * @param topics the agenda's topics, in order
   */
  public record Notice(
      String tenant,
      @Nullable String employeeRef,
      String rulesetVersion,
      List<String> topics,
      List<Due> deadlines,
      LocalDate followUpOn,
      Instant at) {}

  /** A deadline by its id, due on a date. */
  public record Due(String id, LocalDate on, Deadline.@Nullable Status status) {}

  private final Deque<Notice> notices = new ArrayDeque<>();

  @Override
  public void onAdvice(AdviceEvent event) {
    Notice notice =
        new Notice(
            event.tenant(),
            event.employeeRef(),
            event.response().rulesetVersion(),
            event.response().agenda().stream().map(AgendaItem::topic).toList(),
            event.response().deadlines().stream().map(d -> new Due(d.id(), d.dueDate(), d.status())).toList(),
            event.response().followUp().nextDate(),
            event.at());
    synchronized (notices) {
      if (notices.size() == CAPACITY) {
        notices.removeFirst();
      }
      notices.addLast(notice);
    }
  }

  /** The notices kept, oldest first. */
  public List<Notice> notices() {
    synchronized (notices) {
      return List.copyOf(notices);
    }
  }
}
