package nl.gesprekswijzer.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.AdvisoryEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** The application starts with the starter as its only Gesprekswijzer dependency, and advises. */
@SpringBootTest
class SampleApplicationTests {

  @Autowired ConversationPlanner planner;
  @Autowired FollowUpReminders reminders;
  @Autowired AdvisoryEngine engine;

  @Test
  void plansTheConversationInTheLanguageItsPropertiesChoose() {
    List<String> agenda = planner.agenda(situation(null));

    assertThat(agenda).isNotEmpty().isEqualTo(titles(engine.advise(situation("en"))));
    assertThat(agenda).isNotEqualTo(titles(engine.advise(situation("nl"))));
  }

  @Test
  void tellsItsListenerAboutEachAdvice() {
    AdviceResponse answer = engine.advise(situation("nl"));

    assertThat(reminders.dates()).contains(answer.followUp().nextDate());
    assertThat(answer.rulesetVersion()).isEqualTo(engine.rulesetVersion()).matches("\\d+\\.\\d+\\.\\d+\\+\\w+");
  }

  /** The contract's example, in the language given or, for {@code null}, without one. */
  private static AdviceRequest situation(String language) {
    String json =
        """
        {
          %s
          "referenceDate": "2026-11-23",
          "conversation": { "type": "CARE_BALANCE", "lastHeldOn": "2026-08-10" },
          "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
          "employer": { "size": 240, "cao": "sociaal-werk" },
          "caregiving": [
            { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
              "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
          ],
          "sickness": { "firstSickDay": "2026-10-05", "workCapacityPercent": 50 },
          "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
        }
        """
            .formatted(language == null ? "" : "\"language\": \"" + language + "\",");
    return JsonMapper.builder().build().readValue(json, AdviceRequest.class);
  }

  private static List<String> titles(AdviceResponse answer) {
    return answer.agenda().stream().map(AgendaItem::title).toList();
  }
}
