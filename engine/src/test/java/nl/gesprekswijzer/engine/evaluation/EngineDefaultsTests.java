package nl.gesprekswijzer.engine.evaluation;

import static nl.gesprekswijzer.engine.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/** What the builder lets an application choose for requests that leave a field out. */
class EngineDefaultsTests {

  private static final String WITHOUT_LANGUAGE = TestRequests.CARE.replace("\"language\": \"en\",", "");
  private static final String WITHOUT_DATE =
      TestRequests.CARE.replace("\"referenceDate\": \"2026-11-23\",", "");

  @Test
  void answersInTheDefaultLanguageWhenTheRequestGivesNone() {
    RulesAdvisoryEngine english =
        RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).defaultLanguage("en").build();

    AdviceResponse answer = english.advise(request(WITHOUT_LANGUAGE));

    assertThat(answer.agenda().get(0).why()).isEqualTo("You care 14 hours a week for your child.");
  }

  @Test
  void answersInTheRequestedLanguageWhateverTheDefault() {
    RulesAdvisoryEngine english =
        RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).defaultLanguage("en").build();

    AdviceResponse answer = english.advise(request(TestRequests.CARE.replace("\"en\"", "\"nl\"")));

    assertThat(answer.agenda().get(0).why()).isEqualTo("U zorgt 14 uur per week voor uw kind.");
  }

  @Test
  void refusesADefaultLanguageWithoutTexts() {
    assertThatThrownBy(() -> RulesAdvisoryEngine.builder().defaultLanguage("de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nl' or 'en'");
  }

  @Test
  void takesTodayInTheConfiguredZone() {
    // 23:30 UTC on 22 November: still the 22nd in UTC, already the 23rd in Amsterdam.
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Asia/Tokyo"));

    LocalDate inUtc =
        RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).clock(lateEvening).zone(ZoneOffset.UTC)
            .build().advise(request(WITHOUT_DATE)).referenceDate();
    LocalDate inAmsterdam =
        RulesAdvisoryEngine.builder().ruleSet(TestRuleSets.minimal()).clock(lateEvening)
            .build().advise(request(WITHOUT_DATE)).referenceDate();

    assertThat(inUtc).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(inAmsterdam).isEqualTo(LocalDate.of(2026, 11, 23));
  }
}
