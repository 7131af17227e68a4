package nl.gesprekswijzer.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/** {@code expect.mentions}: a figure the reader only meets in a sentence, pinned by its words. */
class MentionsTests {

  private static final String CARE =
      """
      - name: Care
        situation:
          referenceDate: 2026-11-23
          language: en
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 32, employedSince: 2019-04-01}
          employer: {size: 240}
          caregiving:
            - {relation: CHILD, childAge: 6, hoursPerWeek: 14, since: 2026-03-01, situation: SERIOUS_ILLNESS}
        expect:
      """;

  private final ScenarioRunner runner = new ScenarioRunner(TestRuleSets.minimalEngine());

  @Test
  void passesWhenSomeTextOfTheAnswerSaysEachFragment() {
    ScenarioResult result = run("    mentions: [\"14 hours a week\", \"64\"]\n");

    assertThat(result.failures()).isEmpty();
  }

  @Test
  void failsNamingTheFragmentNoTextSays() {
    ScenarioResult result = run("    mentions: [\"14 hours a week\", \"15 hours a week\"]\n");

    assertThat(result.failures())
        .containsExactly("expected the answer to say '15 hours a week', but none of its texts does");
  }

  @Test
  void refusesAMentionThatIsNotAListOfTexts() {
    assertThatThrownBy(() -> ScenarioLoader.read(Map.of("scenarios/t.yaml", CARE + "    mentions: 14 hours\n")))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("expect.mentions must be a list of texts");
  }

  private ScenarioResult run(String expectation) {
    return runner.run(ScenarioLoader.read(Map.of("scenarios/t.yaml", CARE + expectation)).get(0));
  }
}
