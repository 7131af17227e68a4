package nl.gesprekswijzer.engine.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Building in the background must not hide a broken rule set: start-up still fails with it. */
class RuleSetCompiledInBackgroundTests {

  @Test
  void failsWithTheBuildsOwnException() {
    RuleSetCompiledInBackground<String> build =
        RuleSetCompiledInBackground.start(
            () -> {
              throw new IllegalStateException("rule 'x' does not compile");
            });

    assertThatThrownBy(build::ready)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule 'x' does not compile");
    assertThatThrownBy(build::ready).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void answersWithWhatWasBuilt() {
    assertThat(RuleSetCompiledInBackground.start(() -> "1.2.3").ready()).isEqualTo("1.2.3");
  }

  @Test
  void usesTheBuildStartedEarlyOnlyOnce() {
    RuleSetCompiledInBackground.startEarly(() -> "early");

    assertThat(RuleSetCompiledInBackground.takeEarlyOrStart(() -> "late").ready()).isEqualTo("early");
    assertThat(RuleSetCompiledInBackground.takeEarlyOrStart(() -> "late").ready()).isEqualTo("late");
  }
}
