package nl.gesprekswijzer.engine.impact;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a new rule set would change, situation by situation, grouped by what changed.
 *
 * @param scenarios how many scenarios ran (of both rule sets, each once)
 * @param generated how many generated situations ran
 * @param groups one per kind, subject and field of change, in the order of {@link ChangeKind}, then
 *     by subject and field
 * @param changed every situation whose answer changes, in the order they ran
 * @param textsChanged how many situations have a changed text (some have nothing else changed)
 */
public record ImpactReport(
    int scenarios, int generated, List<Group> groups, List<Situation> changed, int textsChanged) {

  public ImpactReport {
    groups = List.copyOf(groups);
    changed = List.copyOf(changed);
  }

  /** Every situation that ran. */
  public int situations() {
    return scenarios + generated;
  }

  /** How many of the changed situations are scenarios. */
  public int changedScenarios() {
    return (int) changed.stream().filter(Situation::scenario).count();
  }

  /** How many of the changed situations are generated ones. */
  public int changedGenerated() {
    return changed.size() - changedScenarios();
  }

  /** Whether no answer changes at all. */
  public boolean unchanged() {
    return changed.isEmpty();
  }

  /**
   * One kind of change to one thing, e.g. the {@code maxHours} of {@code SHORT_TERM_CARE_LEAVE}.
   *
   * @param count how many situations have this change
   * @param firstDate the earliest reference date of those situations
   * @param lastDate the latest reference date of those situations
   * @param example the first situation that has it
   * @param before the value before, in the example; {@code null} when there was none
   * @param after the value after, in the example; {@code null} when there is none
   */
  public record Group(
      ChangeKind kind,
      String subject,
      String field,
      int count,
      LocalDate firstDate,
      LocalDate lastDate,
      Situation example,
      @Nullable String before,
      @Nullable String after) {}
}
