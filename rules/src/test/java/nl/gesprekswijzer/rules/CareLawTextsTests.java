package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.ManagerTip;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the care-law texts say, where a scenario can only check ids and figures: the conditions of
 * care leave name everyone cared for who qualifies, the grounds of long-term care leave follow the
 * date, the pay tip names the amounts of the reference date and no others, and the paid weeks of
 * parental leave are mentioned only for a child in its first year.
 */
class CareLawTextsTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String PARENT_AND_NEIGHBOUR =
      """
      [{"relation": "PARENT", "hoursPerWeek": 6, "since": "2014-01-01", "situation": "PALLIATIVE"},
       {"relation": "SOCIAL", "hoursPerWeek": 3, "since": "2014-01-01", "situation": "STABLE"}]""";
  private static final String TWO_PARENTS =
      """
      [{"relation": "PARENT", "hoursPerWeek": 6, "since": "2014-01-01", "situation": "SERIOUS_ILLNESS"},
       {"relation": "PARENT", "hoursPerWeek": 2, "since": "2014-01-01", "situation": "STABLE"}]""";
  private static final String CHILD_OF_THREE =
      """
      [{"relation": "CHILD", "childAge": 3, "hoursPerWeek": 6, "since": "2024-01-01", "situation": "STABLE"}]""";

  private static final String NEWBORN =
      """
      [{"relation": "CHILD", "childAge": 0, "hoursPerWeek": 10, "since": "2026-11-01", "situation": "STABLE"}]""";

  private static AdvisoryEngine engine;

  @BeforeAll
  static void compileTheDefaultRuleSet() {
    engine = RulesAdvisoryEngine.builder().ruleSet(RuleSetCompiler.compile(new ClasspathRuleSetSource())).build();
  }

  @Test
  void careLeaveConditionsNameEveryoneWhoQualifies() {
    AdviceResponse dutch = advise("2026-03-02", "nl", PARENT_AND_NEIGHBOUR);
    AdviceResponse english = advise("2026-03-02", "en", PARENT_AND_NEIGHBOUR);

    for (String id : List.of("SHORT_TERM_CARE_LEAVE", "LONG_TERM_CARE_LEAVE")) {
      assertThat(conditions(dutch, id))
          .contains("een ouder (6 uur per week) en een vriend of buur (3 uur per week)");
      assertThat(conditions(english, id))
          .contains("a parent (6 hours a week) and a friend or neighbour (3 hours a week)");
    }
  }

  @Test
  void twoPeopleWithTheSameRelationAreBothNamed() {
    assertThat(conditions(advise("2026-03-02", "nl", TWO_PARENTS), "SHORT_TERM_CARE_LEAVE"))
        .contains("een ouder (6 uur per week) en een ouder (2 uur per week)");
  }

  @Test
  void beforeJuly2015OnlyThoseWhoQualifiedAreNamedAndTheOthersAreWarnedAbout() {
    AdviceResponse answer = advise("2015-03-02", "nl", PARENT_AND_NEIGHBOUR);

    assertThat(conditions(answer, "SHORT_TERM_CARE_LEAVE"))
        .contains("een ouder (6 uur per week)")
        .doesNotContain("vriend of buur");
    assertThat(warning(answer, "CARE_LEAVE_NOT_FOR_RELATION")).contains("een vriend of buur (3 uur per week)");
  }

  @Test
  void longTermCareLeaveNamesTheGroundsOfItsDate() {
    assertThat(conditions(advise("2015-06-30", "nl", PARENT_AND_NEIGHBOUR), "LONG_TERM_CARE_LEAVE"))
        .contains("alleen bij een levensbedreigende ziekte")
        .doesNotContain("hulpbehoevendheid");
    assertThat(conditions(advise("2015-07-01", "nl", PARENT_AND_NEIGHBOUR), "LONG_TERM_CARE_LEAVE"))
        .contains("hulpbehoevendheid")
        .doesNotContain("alleen bij een levensbedreigende ziekte");
    assertThat(conditions(advise("2015-07-01", "en", PARENT_AND_NEIGHBOUR), "LONG_TERM_CARE_LEAVE"))
        .contains("need for help")
        .contains("18 hours a week for 12 weeks")
        .contains("no later than 7 days before the start");
  }

  @Test
  void thePayTipNamesTheAmountsOfTheReferenceDateAndSaysTheYouthMinimumIsLower() {
    assertThat(tip(advise("2026-03-02", "nl", TWO_PARENTS), "SHORT_TERM_PAY_LIMITS"))
        .contains("2 maart 2026", "€ 14,71 bruto per uur vanaf 21 jaar", "€ 212,98", "jonger");
    assertThat(tip(advise("2025-03-03", "nl", TWO_PARENTS), "SHORT_TERM_PAY_LIMITS"))
        .contains("€ 14,06", "€ 203,47");
    assertThat(tip(advise("2024-09-02", "en", TWO_PARENTS), "SHORT_TERM_PAY_LIMITS"))
        .contains("€13.68 gross an hour from age 21", "€198.07 gross a day", "younger");
  }

  @Test
  void thePayTipSaysNothingWhenTheRuleSetHasNoAmountForTheDate() {
    assertThat(tips(advise("2025-08-01", "nl", TWO_PARENTS))).doesNotContain("SHORT_TERM_PAY_LIMITS");
    assertThat(tips(advise("2026-07-01", "nl", TWO_PARENTS))).doesNotContain("SHORT_TERM_PAY_LIMITS");
  }

  @Test
  void parentalLeaveSpeaksOfThePaidWeeksOnlyInTheChildsFirstYear() {
    AdviceResponse toddler = advise("2026-03-02", "nl", CHILD_OF_THREE);

    assertThat(conditions(toddler, "PARENTAL_LEAVE")).contains("een kind van 3").doesNotContain("UWV");
    assertThat(toddler.warnings()).noneMatch(w -> w.id().equals("PAID_PARENTAL_LEAVE_FIRST_YEAR"));
  }

  @Test
  void birthLeaveSaysItIsForThePartnerOfThePersonWhoGaveBirth() {
    String newborn =
        """
        [{"relation": "CHILD", "childAge": 0, "hoursPerWeek": 10, "since": "2026-02-20", "situation": "STABLE"}]""";
    AdviceResponse dutch = advise("2026-03-02", "nl", newborn);
    AdviceResponse english = advise("2026-03-02", "en", newborn);

    assertThat(conditions(dutch, "BIRTH_LEAVE")).contains("partner van degene die is bevallen", "4 weken");
    assertThat(conditions(english, "BIRTH_LEAVE")).contains("partner of the person who gave birth");
    assertThat(conditions(dutch, "ADDITIONAL_BIRTH_LEAVE")).contains("UWV-uitkering aan van 70% van het dagloon");
    assertThat(warning(dutch, "PAID_PARENTAL_LEAVE_FIRST_YEAR")).contains("9 weken (324 uur)", "minstens 36 uur");
  }

  @Test
  void parentalLeaveNamesTheChildrenItIsForWithoutTheHoursOfCare() {
    assertThat(conditions(advise("2026-11-23", "nl", NEWBORN), "PARENTAL_LEAVE"))
        .contains("een kind jonger dan één jaar")
        .doesNotContain("uur per week")
        .doesNotContain("kind van 0");
    assertThat(conditions(advise("2026-11-23", "en", CHILD_OF_THREE), "PARENTAL_LEAVE"))
        .contains("a child aged 3")
        .doesNotContain("hours a week");
  }

  private static AdviceResponse advise(String date, String language, String caregiving) {
    String request =
        """
        {"referenceDate": "%s", "language": "%s", "conversation": {"type": "CARE_BALANCE"},
         "employee": {"weeklyHours": 36, "employedSince": "2012-09-01"}, "employer": {"size": 80},
         "caregiving": %s}"""
            .formatted(date, language, caregiving);
    return engine.advise(JSON.readValue(request, AdviceRequest.class).withDetail(Detail.FULL));
  }

  private static String conditions(AdviceResponse answer, String id) {
    return answer.entitlements().stream()
        .filter(e -> e.id().equals(id))
        .map(Entitlement::conditions)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entitlement " + id));
  }

  private static List<String> tips(AdviceResponse answer) {
    return answer.managerTips().stream().map(ManagerTip::id).toList();
  }

  private static String tip(AdviceResponse answer, String id) {
    return answer.managerTips().stream()
        .filter(t -> t.id().equals(id))
        .map(ManagerTip::text)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no manager tip " + id + " in " + tips(answer)));
  }

  private static String warning(AdviceResponse answer, String id) {
    return answer.warnings().stream()
        .filter(w -> w.id().equals(id))
        .map(w -> w.text())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no warning " + id));
  }
}
