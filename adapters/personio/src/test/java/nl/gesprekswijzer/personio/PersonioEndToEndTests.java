package nl.gesprekswijzer.personio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.ServiceLoader;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.spi.CallerInput;
import nl.gesprekswijzer.spi.PlatformData;
import nl.gesprekswijzer.spi.SituationSource;
import org.junit.jupiter.api.Test;

/** Personio's documents, found by platform name with {@link ServiceLoader}, to advice on the default rules. */
class PersonioEndToEndTests {

  @Test
  void turnsPersoniosDocumentsIntoSickLeaveAdvice() {
    SituationSource personio =
        ServiceLoader.load(SituationSource.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(source -> source.platform().equals("personio"))
            .findFirst()
            .orElseThrow();

    AdviceResponse advice;
    try (RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().build()) {
      advice =
          engine.advise(
              personio.situation(
                  new PlatformData(Map.of("employee", Fixtures.employee(), "time-offs", Fixtures.timeOffs())),
                  CallerInput.forTalk(ConversationType.SICK_LEAVE, LocalDate.of(2026, 11, 23))
                      .withEmployerSize(240)
                      .withWorkCapacityPercent(50)
                      .withLanguage("en")));
    }

    // Sick since 5 October 2026: the problem analysis is due at the end of week 6, the UWV report
    // after week 42.
    assertThat(advice.deadlines())
        .filteredOn(d -> d.id().equals("PROBLEM_ANALYSIS"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 11, 15));
              assertThat(d.status()).isEqualTo(Deadline.Status.PASSED);
            });
    assertThat(advice.deadlines()).extracting(Deadline::id).contains("UWV_SICKNESS_REPORT", "END_OF_WAGE_CONTINUATION");
    assertThat(advice.agenda()).isNotEmpty();
  }
}
