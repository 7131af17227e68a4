package nl.gesprekswijzer.engine.mutation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every change tried and what became of it.
 *
 * @param outcomes one per change, comparisons and figures in the order of their files and lines
 * @param threads how many changes were tried at once
 * @param took how long trying them took, the first compile included
 * @param loadOrderScenario a scenario whose answer changes when the rules are loaded in another
 *     order, which made every change to a comparison be compiled with all rules afresh (slower);
 *     {@code null} when the order does not matter to any scenario
 */
public record MutationReport(
    List<Outcome> outcomes, int threads, Duration took, @Nullable String loadOrderScenario) {

  public MutationReport {
    outcomes = List.copyOf(outcomes);
  }

  /** The changes that count: those the scenarios noticed and those they did not. */
  public int counted() {
    return (int) outcomes.stream().filter(Outcome::counted).count();
  }

  public int noticed() {
    return count(Outcome.Status.NOTICED);
  }

  public List<Outcome> unnoticed() {
    return outcomes.stream().filter(o -> o.status() == Outcome.Status.UNNOTICED).toList();
  }

  public int count(Outcome.Status status) {
    return (int) outcomes.stream().filter(o -> o.status() == status).count();
  }

  /** The share of counted changes noticed, in per cent; 100 when there is nothing to change. */
  public double percentNoticed() {
    return counted() == 0 ? 100.0 : 100.0 * noticed() / counted();
  }

  /** {@code 612 of 650 changes noticed (94.2 %)}. */
  public String figure() {
    return String.format(Locale.ROOT, "%d of %d changes noticed (%.1f %%)", noticed(), counted(), percentNoticed());
  }
}
