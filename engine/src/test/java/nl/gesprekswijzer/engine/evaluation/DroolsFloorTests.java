package nl.gesprekswijzer.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/** The benchmark's Drools floor matches the rules the engine fires, with nothing in their consequences. */
class DroolsFloorTests {

  @Test
  void matchesAtLeastEveryRuleTheEngineExplains() {
    AdviceRequest request = TestRequests.care();
    long explainedRules =
        TestRuleSets.minimalEngine().advise(request).explanation().stream().map(Explanation::rule).distinct().count();

    long matched = new DroolsFloor(TestRuleSets.minimal()).match(request);

    assertThat(explainedRules).isPositive();
    assertThat(matched).isGreaterThanOrEqualTo(explainedRules);
  }
}
