package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.fuzz.Situations;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.scenario.Coverage;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import nl.gesprekswijzer.engine.scenario.ScenarioResult;
import nl.gesprekswijzer.engine.scenario.ScenarioRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default rule set against its own scenarios ({@code scenarios/*.yaml}): one test per scenario,
 * named by its sentence, grouped by file. The build also fails when a rule fires in no scenario: a
 * rule nobody has seen work is not shipped.
 *
 * <p>The rule set runs as it ships (the rule base precompiled when this module was built) and as a
 * copy of its folder would run for policy staff (the DRL compiled at start): both must pass every
 * scenario, and both must give the same answer to every situation.
 */
class DefaultRuleSetScenarioTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static RuleSet ruleSet;
  private static RuleSet fromDrl;
  private static List<Scenario> scenarios;
  private static AdvisoryEngine shipped;
  private static AdvisoryEngine drl;
  private static ScenarioRunner runner;
  private static ScenarioRunner drlRunner;

  @BeforeAll
  static void compileTheDefaultRuleSetOnce() throws IOException {
    // The compiler already refuses a rule set with a text missing in Dutch or English, a rule
    // without explanation, or a parameter without source: compiling is that test.
    ClasspathRuleSetSource source = new ClasspathRuleSetSource();
    ruleSet = RuleSetCompiler.compile(source);
    fromDrl = RuleSetCompiler.compile("the default rules' files", source.files(), source.binaryFiles());
    scenarios = ScenarioLoader.load(ruleSet);
    shipped = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
    drl = RulesAdvisoryEngine.builder().ruleSet(fromDrl).build();
    runner = new ScenarioRunner(shipped);
    drlRunner = new ScenarioRunner(drl);
  }

  @Test
  void compilesWithEveryTextInDutchAndEnglish() {
    assertThat(ruleSet.ruleNames()).isNotEmpty();
  }

  @Test
  void shipsWithItsRuleBasePrecompiled() {
    assertThat(ruleSet.precompiled())
        .as("the rules jar holds gesprekswijzer/ruleset.kjar, built from these very DRL files")
        .isTrue();
    assertThat(fromDrl.precompiled()).isFalse();
    assertThat(fromDrl.ruleNames()).isEqualTo(ruleSet.ruleNames());
  }

  @TestFactory
  Stream<DynamicContainer> everyScenarioGivesTheAdviceItExpects() {
    return Stream.of(
        DynamicContainer.dynamicContainer("as shipped, precompiled", byFile(runner)),
        DynamicContainer.dynamicContainer("compiled from the DRL", byFile(drlRunner)));
  }

  @TestFactory
  Stream<DynamicTest> thePrecompiledAndTheDrlRuleBaseAnswerAlike() {
    return scenarios.stream()
        .filter(scenario -> scenario.expect().path("error").isMissingNode())
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    scenario.name(),
                    () -> {
                      AdviceRequest request = JSON.treeToValue(scenario.situation(), AdviceRequest.class);
                      assertThat(shipped.advise(request)).isEqualTo(drl.advise(request));
                    }));
  }

  @Test
  void thePrecompiledAndTheDrlRuleBaseAnswerAlikeForGeneratedSituations() {
    Random random = new Random(20261201);
    for (int i = 0; i < 500; i++) {
      AdviceRequest request = Situations.next(random);
      if (request.referenceDate() == null) {
        continue; // today: the two calls could fall on either side of midnight
      }
      assertThat(shipped.advise(request)).as("situation %d", i).isEqualTo(drl.advise(request));
    }
  }

  private static Stream<DynamicContainer> byFile(ScenarioRunner runner) {
    Map<String, List<Scenario>> byFile = new LinkedHashMap<>();
    scenarios.forEach(s -> byFile.computeIfAbsent(s.file(), file -> new ArrayList<>()).add(s));
    return byFile.entrySet().stream()
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    file.getKey(),
                    source(file.getKey()),
                    file.getValue().stream()
                        .map(
                            scenario ->
                                DynamicTest.dynamicTest(
                                    scenario.name(), source(file.getKey()), () -> check(runner, scenario)))));
  }

  @Test
  void everyRuleFiresInAtLeastOneScenario() {
    List<String> uncovered = Coverage.uncoveredRules(ruleSet, runner.runAll(scenarios));

    if (!uncovered.isEmpty()) {
      fail(
          uncovered.size() + " of " + ruleSet.ruleNames().size()
              + " rules fire in no scenario; add a scenario to scenarios/ that makes each fire:\n  "
              + String.join("\n  ", uncovered));
    }
  }

  private static void check(ScenarioRunner runner, Scenario scenario) {
    ScenarioResult result = runner.run(scenario);
    if (!result.passed()) {
      fail(String.join("\n", result.failures()));
    }
  }

  /** Lets an IDE open the scenario file from the test report. */
  private static URI source(String file) {
    return URI.create("classpath:/" + ClasspathRuleSetSource.DEFAULT_ROOT + "/" + file);
  }
}
