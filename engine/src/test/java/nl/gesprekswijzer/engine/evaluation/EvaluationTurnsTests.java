package nl.gesprekswijzer.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No more evaluations run at once than the engine allows ({@link
 * RulesAdvisoryEngine.Builder#concurrentEvaluations}); the others wait and are all answered. A probe
 * rule, added to the minimal rule set, counts the evaluations inside Drools at the same moment.
 */
public class EvaluationTurnsTests {

  private static final AtomicInteger inside = new AtomicInteger();
  private static final AtomicInteger mostAtOnce = new AtomicInteger();

  /** Called by the probe rule's consequence: stays inside long enough for others to try. */
  public static void evaluating() throws InterruptedException {
    int now = inside.incrementAndGet();
    mostAtOnce.accumulateAndGet(now, Math::max);
    Thread.sleep(5);
    inside.decrementAndGet();
  }

  @AfterEach
  void reset() {
    inside.set(0);
    mostAtOnce.set(0);
  }

  @Test
  void evaluatesAtMostTheAllowedNumberAtOnce() throws Exception {
    assertThat(mostAtOnce(2, 12)).isEqualTo(2);
  }

  @Test
  void evaluatesEveryCallerAtOnceWhenAllowed() throws Exception {
    assertThat(mostAtOnce(Integer.MAX_VALUE, 6)).isGreaterThan(2);
  }

  @Test
  void refusesFewerThanOneEvaluationAtOnce() {
    assertThatThrownBy(() -> RulesAdvisoryEngine.builder().concurrentEvaluations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  /** The most evaluations inside Drools at once when so many callers ask 4 times each. */
  private static int mostAtOnce(int allowed, int callers) throws Exception {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/probe/probe.drl",
        """
        package rules.probe
        import nl.gesprekswijzer.engine.facts.Situation;
        import nl.gesprekswijzer.engine.evaluation.EvaluationTurnsTests;
        rule "probe-evaluating"
        when
            Situation()
        then
            EvaluationTurnsTests.evaluating();
        end
        """);
    files.put(
        "texts/probe.yaml",
        """
        rule.probe-evaluating:
          nl: Een proef telt de evaluaties.
          en: A probe counts the evaluations.
        """);
    RuleSet withProbe = RuleSetCompiler.compile("minimal with a probe", files, TestRuleSets.minimalBinaryFiles());
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try (RulesAdvisoryEngine engine =
        RulesAdvisoryEngine.builder().ruleSet(withProbe).concurrentEvaluations(allowed).build()) {
      List<Future<AdviceResponse>> answers = new ArrayList<>();
      for (int i = 0; i < callers * 4; i++) {
        answers.add(pool.submit(() -> engine.advise(TestRequests.care())));
      }
      for (Future<AdviceResponse> answer : answers) {
        assertThat(answer.get().agenda()).isNotEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    return mostAtOnce.get();
  }
}
