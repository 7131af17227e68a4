package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.Solution;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order of solutions, which scenarios do not check: in a sudden emergency care leave comes
 * first; a CAO's paid palliative leave comes before the law's care leave, of which the long-term
 * part is unpaid.
 */
class SolutionOrderTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static AdvisoryEngine engine;

  @BeforeAll
  static void loadTheDefaultRuleSet() {
    engine = RulesAdvisoryEngine.builder().ruleSet(RuleSetCompiler.compile(new ClasspathRuleSetSource())).build();
  }

  @Test
  void listsTheCaosPaidPalliativeLeaveBeforeUnpaidCareLeave() {
    AdviceResponse answer =
        engine.advise(
            request(
                """
                {
                  "referenceDate": "2026-11-23",
                  "language": "nl",
                  "conversation": { "type": "CARE_BALANCE" },
                  "employee": { "weeklyHours": 36, "employedSince": "2016-09-01" },
                  "employer": { "size": 900, "cao": "gehandicaptenzorg" },
                  "caregiving": [
                    { "relation": "PARTNER", "hoursPerWeek": 25, "since": "2026-09-01", "situation": "PALLIATIVE" }
                  ],
                  "wishes": ["LEAVE"]
                }
                """));

    List<String> solutions = answer.solutions().stream().map(Solution::id).toList();
    assertThat(solutions).contains("CAO_PALLIATIVE_LEAVE", "CARE_LEAVE");
    assertThat(solutions.indexOf("CAO_PALLIATIVE_LEAVE")).isLessThan(solutions.indexOf("CARE_LEAVE"));
  }

  @Test
  void listsCareLeaveFirstInASuddenEmergency() {
    AdviceResponse answer =
        engine.advise(
            request(
                """
                {
                  "referenceDate": "2026-11-23",
                  "language": "en",
                  "conversation": { "type": "CARE_BALANCE" },
                  "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
                  "employer": { "size": 240 },
                  "caregiving": [
                    { "relation": "PARENT", "hoursPerWeek": 10, "since": "2026-11-20", "situation": "EMERGENCY" }
                  ],
                  "wishes": ["FLEXIBLE_TIMES"]
                }
                """));

    assertThat(answer.solutions().get(0).id()).isEqualTo("CARE_LEAVE");
  }

  private static AdviceRequest request(String json) {
    return JSON.readValue(json, AdviceRequest.class);
  }
}
