package nl.gesprekswijzer.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.junit.jupiter.api.Test;

/**
 * Random situations straight into the engine on the full default rule set. Property-based with a
 * seeded {@link Random} rather than jqwik (see {@code adapters/service/FUZZING.md}); every failure
 * names the case, which {@link FuzzSettings#random(int)} replays.
 */
class EngineFuzzTests {

  private static final int MAX_REPORTED = 10;

  private final RulesAdvisoryEngine engine = DefaultEngine.get();
  private final FuzzSettings settings = FuzzSettings.of(2_000);

  @Test
  void answersEveryValidSituationWithAnAdviceThatKeepsTheInvariants() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < settings.tries() && failures.size() < MAX_REPORTED; i++) {
      AdviceRequest request = Situations.next(settings.random(i));
      try {
        AdviceResponse first = engine.advise(request);
        List<String> broken = new ArrayList<>(AdviceInvariants.check(first));
        // Determinism: the same situation evaluated twice gives equal answers.
        if (!first.equals(engine.advise(request))) {
          broken.add("a second evaluation gave another answer");
        }
        for (String failure : broken) {
          failures.add("case " + i + ": " + failure + " for " + request);
        }
      } catch (RuntimeException e) {
        failures.add("case " + i + " threw " + e + " for " + request);
      }
    }
    assertThat(failures).as("failures with " + settings).isEmpty();
  }

  /**
   * Situations far from today's laws: before any parameter is in force, on leap days, at the end of
   * the calendar. Refusing is allowed (a date the rules have no figures for), failing otherwise not.
   */
  @Test
  void advisesOrRefusesSituationsOnEdgeDates() {
    List<LocalDate> edges =
        List.of(LocalDate.of(1, 1, 1), LocalDate.of(1900, 1, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2023, 6, 30),
            LocalDate.of(2024, 2, 29), LocalDate.of(2099, 12, 31), LocalDate.of(9999, 12, 31));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < settings.tries() && failures.size() < MAX_REPORTED; i++) {
      Random random = settings.random(i);
      LocalDate reference = random.nextBoolean()
          ? edges.get(random.nextInt(edges.size()))
          : LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()));
      AdviceRequest request = Situations.on(random, reference);
      try {
        for (String failure : AdviceInvariants.check(engine.advise(request))) {
          failures.add("case " + i + ": " + failure + " for " + request);
        }
      } catch (InvalidRequestException e) {
        if (e.violations().stream().map(Violation::field).anyMatch(String::isBlank)) {
          failures.add("case " + i + " was refused without naming a field: " + e.getMessage());
        }
      } catch (RuntimeException e) {
        failures.add("case " + i + " threw " + e + " for " + request);
      }
    }
    assertThat(failures).as("failures with " + settings).isEmpty();
  }

  @Test
  void refusesEveryBrokenRequestNamingTheFieldAndNothingElse() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < settings.tries() && failures.size() < MAX_REPORTED; i++) {
      BrokenRequests.Broken broken = BrokenRequests.next(settings.random(i));
      try {
        engine.advise(broken.request());
        failures.add("case " + i + " (" + broken.what() + ") was accepted: " + broken.request());
      } catch (InvalidRequestException e) {
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        if (fields.isEmpty() || fields.stream().anyMatch(String::isBlank) || !fields.contains(broken.field())) {
          failures.add("case " + i + " (" + broken.what() + ") named " + fields + ", not " + broken.field());
        }
      } catch (RuntimeException e) {
        failures.add("case " + i + " (" + broken.what() + ") threw " + e);
      }
    }
    assertThat(failures).as("failures with " + settings).isEmpty();
  }
}
