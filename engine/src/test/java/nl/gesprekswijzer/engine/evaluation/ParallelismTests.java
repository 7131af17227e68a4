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
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine runs at most its parallelism of evaluations at once, whatever the number of callers:
 * a rule of the minimal rule set's plus one counts how many evaluations are inside the rules at
 * the same moment, and stays there long enough for the others to pile up.
 */
// Public, as the rule below reaches its Turnstile from outside the package.
public class ParallelismTests {

  /** Called from the rule below: counts the evaluations inside it at once. */
  public static final class Turnstile {
    static final AtomicInteger INSIDE = new AtomicInteger();
    static final AtomicInteger MOST = new AtomicInteger();

    public static void pass() throws InterruptedException {
      MOST.accumulateAndGet(INSIDE.incrementAndGet(), Math::max);
      Thread.sleep(25);
      INSIDE.decrementAndGet();
    }
  }

  private static final String TURNSTILE_RULE =
      """
      package rules.test

      import nl.gesprekswijzer.engine.facts.*;
      import nl.gesprekswijzer.engine.evaluation.ParallelismTests.Turnstile;

      global Advice advice;

      rule "pass-the-turnstile"
      when
          Situation( )
      then
          advice.because(drools);
          Turnstile.pass();
      end
      """;

  private static RuleSet withTurnstile;

  @BeforeEach
  void resetTheCount() {
    Turnstile.INSIDE.set(0);
    Turnstile.MOST.set(0);
  }

  @Test
  void runsNoMoreEvaluationsAtOnceThanItsParallelism() throws Exception {
    RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().ruleSet(withTurnstile()).parallelism(2).build();

    evaluateFromThreads(engine, 6, 4);

    assertThat(Turnstile.MOST.get()).isEqualTo(2);
  }

  @Test
  void evaluatesOneAtATimeWithAParallelismOfOne() throws Exception {
    RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().ruleSet(withTurnstile()).parallelism(1).build();

    evaluateFromThreads(engine, 4, 3);

    assertThat(Turnstile.MOST.get()).isEqualTo(1);
  }

  @Test
  void refusesAParallelismBelowOne() {
    assertThatThrownBy(() -> RulesAdvisoryEngine.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parallelism must be at least 1, not 0");
  }

  private static void evaluateFromThreads(RulesAdvisoryEngine engine, int threads, int callsEach)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        calls.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < callsEach; n++) {
                    assertThat(engine.advise(TestRequests.care()).explanation())
                        .anyMatch(explanation -> explanation.rule().equals("pass-the-turnstile"));
                  }
                  return null;
                }));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static synchronized RuleSet withTurnstile() {
    if (withTurnstile == null) {
      Map<String, String> files = TestRuleSets.minimalFiles();
      files.put("rules/test/turnstile.drl", TURNSTILE_RULE);
      files.merge(
          "texts/t.yaml",
          "\nrule.pass-the-turnstile:\n  nl: Door het draaihek.\n  en: Through the turnstile.\n",
          String::concat);
      withTurnstile = RuleSetCompiler.compile(TestRuleSets.inMemory("minimal with a turnstile", files));
    }
    return withTurnstile;
  }
}
