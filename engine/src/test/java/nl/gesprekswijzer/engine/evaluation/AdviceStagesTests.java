package nl.gesprekswijzer.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/** The benchmark's two stages beyond Drools' matching add up to the engine's answer. */
class AdviceStagesTests {

  @Test
  void collectingThenAssemblingGivesTheEnginesAnswer() {
    AdviceRequest request = TestRequests.care();
    AdviceStages stages = new AdviceStages(TestRuleSets.minimal());

    assertThat(stages.assemble(request, stages.collect(request)))
        .isEqualTo(TestRuleSets.minimalEngine().advise(request));
  }
}
