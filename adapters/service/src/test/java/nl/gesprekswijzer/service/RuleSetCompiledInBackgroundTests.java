package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import nl.gesprekswijzer.api.AdvisoryEngine;
import org.junit.jupiter.api.Test;

/** Building in the background must not hide a broken rule set: start-up still fails with it. */
class RuleSetCompiledInBackgroundTests {

  @Test
  void failsTheStartUpWithTheBuildsOwnException() {
    RuleSetCompiledInBackground engine =
        RuleSetCompiledInBackground.takeEarlyOrStart(
            () -> {
              throw new IllegalStateException("rule 'x' does not compile");
            });

    assertThatThrownBy(() -> engine.run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule 'x' does not compile");
    assertThatThrownBy(engine::rulesetVersion).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void answersWithTheEngineOnceBuilt() throws Exception {
    AdvisoryEngine built = mock(AdvisoryEngine.class);
    when(built.rulesetVersion()).thenReturn("1.2.3");

    RuleSetCompiledInBackground engine = RuleSetCompiledInBackground.takeEarlyOrStart(() -> built);
    engine.run(null);

    assertThat(engine.rulesetVersion()).isEqualTo("1.2.3");
  }

  @Test
  void usesTheBuildStartedEarlyOnlyOnce() {
    AdvisoryEngine early = mock(AdvisoryEngine.class);
    when(early.rulesetVersion()).thenReturn("early");
    AdvisoryEngine late = mock(AdvisoryEngine.class);
    when(late.rulesetVersion()).thenReturn("late");

    RuleSetCompiledInBackground.startEarly(() -> early);

    assertThat(RuleSetCompiledInBackground.takeEarlyOrStart(() -> late).rulesetVersion())
        .isEqualTo("early");
    assertThat(RuleSetCompiledInBackground.takeEarlyOrStart(() -> late).rulesetVersion())
        .isEqualTo("late");
  }
}
