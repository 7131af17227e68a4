package nl.gesprekswijzer.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
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

  /**
   * The benchmark's own rule set: the default one, whose comments say "then" and whose decision
   * tables and DSL files stay as they are.
   */
  @Test
  void emptiesTheConsequencesOfTheDefaultRuleSet() {
    RuleSet defaults =
        RuleSetCompiler.compile(new DirectoryRuleSetSource(Path.of("../rules/src/main/resources/gesprekswijzer/ruleset")));
    AdviceRequest request = TestRequests.care();
    long explainedRules =
        RulesAdvisoryEngine.builder().ruleSet(defaults).build().advise(request).explanation().stream()
            .map(Explanation::rule)
            .distinct()
            .count();

    long matched = new DroolsFloor(defaults).match(request);

    assertThat(explainedRules).isPositive();
    assertThat(matched).isGreaterThanOrEqualTo(explainedRules);
  }
}
