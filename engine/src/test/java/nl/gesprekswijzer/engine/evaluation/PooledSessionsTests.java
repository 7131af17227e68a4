package nl.gesprekswijzer.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/**
 * The engine reuses Drools sessions from a pool: nothing of one evaluation may show in the next,
 * on the same thread or on others.
 */
class PooledSessionsTests {

  private final List<AdviceRequest> requests =
      List.of(
          TestRequests.care(),
          TestRequests.request(TestRequests.CARE.replace("\"en\"", "\"nl\"")),
          TestRequests.request(TestRequests.CARE.replace("\"hoursPerWeek\": 14", "\"hoursPerWeek\": 4")),
          TestRequests.request(TestRequests.CARE.replace("\"FLEXIBLE_TIMES\"", "")));

  @Test
  void answersEachRequestAsAFreshEngineWouldWhateverCameBefore() {
    List<AdviceResponse> expected = expectedAnswers();
    RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).build();
    for (int round = 0; round < 3; round++) {
      for (int i = requests.size() - 1; i >= 0; i--) {
        assertThat(engine.advise(requests.get(i))).isEqualTo(expected.get(i));
      }
    }
  }

  @Test
  void answersConcurrentCallsAsIfEachWereAlone() throws Exception {
    List<AdviceResponse> expected = expectedAnswers();
    RulesAdvisoryEngine engine = RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).build();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(
            threads.submit(
                () -> {
                  for (int n = 0; n < 200; n++) {
                    int i = (n + offset) % requests.size();
                    if (!engine.advise(requests.get(i)).equals(expected.get(i))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Each request's answer from an engine of its own, so no pooled session was used before. */
  private List<AdviceResponse> expectedAnswers() {
    return requests.stream()
        .map(request -> RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).build().advise(request))
        .toList();
  }
}
