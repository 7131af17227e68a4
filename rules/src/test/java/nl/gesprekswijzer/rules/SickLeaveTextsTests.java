package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.ManagerTip;
import nl.gesprekswijzer.api.Warning;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.parameters.Parameter;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the sick-leave texts say, where a scenario can only check ids and dates: the steps ahead
 * named by the week, the company-doctor report as practice rather than a ground for a wage
 * sanction, the wage cap in euros as each language writes them, everyone cared for in the order of
 * the request, legal bases that are citations only, and English that speaks of continued pay.
 */
class SickLeaveTextsTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static RuleSet ruleSet;
  private static AdvisoryEngine engine;

  @BeforeAll
  static void compileTheDefaultRuleSet() {
    ruleSet = RuleSetCompiler.compile(new ClasspathRuleSetSource());
    engine = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
  }

  @Test
  void beforeTheProblemAnalysisTheRolesSpeakOfTheAnalysisAndThePlanAhead() {
    AdviceResponse week2 = advise("2026-11-23", "en", "SICK_LEAVE", "2026-11-16", "[]");

    assertThat(why(week2, "ROLES")).contains("with the problem analysis and the plan of approach still to come");
    assertThat(tip(week2, "SICK_EXPLAIN_ROLES")).contains("the problem analysis and the plan of approach");
  }

  @Test
  void afterTheProblemAnalysisTheRolesSpeakOnlyOfThePlanAhead() {
    AdviceResponse week7 = advise("2026-11-23", "nl", "SICK_LEAVE", "2026-10-12", "[]");

    assertThat(why(week7, "ROLES")).contains("met het oog op het plan van aanpak").doesNotContain("probleemanalyse");
    assertThat(tip(week7, "SICK_EXPLAIN_ROLES")).contains("het plan van aanpak").doesNotContain("probleemanalyse");
  }

  @Test
  void theCompanyDoctorReportIsPracticeAndNoGroundForAWageSanction() {
    AdviceResponse week2 = advise("2026-11-23", "nl", "SICK_LEAVE", "2026-11-16", "[]");
    AdviceResponse week30 = advise("2026-11-23", "nl", "SICK_LEAVE", "2026-05-04", "[]");

    assertThat(why(week2, "CONFIRM_DOCTOR_REPORT")).contains("In de praktijk", "op tijd voor de probleemanalyse");
    assertThat(warnings(week2)).doesNotContain("SICK_WAGE_SANCTION_RISK");
    assertThat(warning(week2, "SICK_LATE_DOCTOR_REPORT"))
        .contains("22 november 2026", "uiterlijk 27 december 2026 de probleemanalyse");
    assertThat(warnings(week30)).doesNotContain("SICK_LATE_DOCTOR_REPORT");
    assertThat(warning(week30, "SICK_WAGE_SANCTION_RISK"))
        .contains("de probleemanalyse en het plan van aanpak")
        .doesNotContain("bedrijfsarts");
  }

  @Test
  void theWageCapTipNamesTheAmountInEachLanguagesNotation() {
    assertThat(tip(advise("2026-06-30", "en", "SICK_LEAVE", "2026-06-01", "[]"), "SICK_WAGE_CAP"))
        .contains("€304.25", "€212.98");
    assertThat(tip(advise("2026-06-30", "nl", "SICK_LEAVE", "2026-06-01", "[]"), "SICK_WAGE_CAP"))
        .contains("€ 304,25", "€ 212,98");
  }

  @Test
  void withoutAKnownMaximumDailyWageTheCapIsNamedInWordsWithoutAnOldAmount() {
    AdviceResponse answer = advise("2026-11-23", "nl", "SICK_LEAVE", "2026-10-12", "[]");

    assertThat(tip(answer, "SICK_WAGE_CAP_AMOUNT_UNKNOWN"))
        .contains("70% van het loon", "tot het maximumdagloon", "23 november 2026")
        .doesNotContain("€");
    assertThat(answer.managerTips()).extracting(ManagerTip::id).doesNotContain("SICK_WAGE_CAP");
  }

  @Test
  void theSickCarerWarningNamesEveryoneInTheOrderOfTheRequest() {
    String parentThenPartner =
        """
        [{"relation": "PARENT", "hoursPerWeek": 4, "since": "2026-01-01", "situation": "STABLE"},
         {"relation": "PARTNER", "hoursPerWeek": 6, "since": "2026-02-01", "situation": "SERIOUS_ILLNESS"}]""";
    String partnerThenParent =
        """
        [{"relation": "PARTNER", "hoursPerWeek": 6, "since": "2026-02-01", "situation": "SERIOUS_ILLNESS"},
         {"relation": "PARENT", "hoursPerWeek": 4, "since": "2026-01-01", "situation": "STABLE"}]""";

    assertThat(warning(advise("2026-11-23", "nl", "CARE_BALANCE", "2026-11-16", parentThenPartner), "SICK_AND_CARING"))
        .contains("een ouder (4 uur per week) en de partner (6 uur per week)");
    assertThat(warning(advise("2026-11-23", "nl", "CARE_BALANCE", "2026-11-16", partnerThenParent), "SICK_AND_CARING"))
        .contains("de partner (6 uur per week) en een ouder (4 uur per week)");
  }

  @Test
  void theLegalBasisOfASickLeaveFigureIsACitationOnly() {
    List<String> explained = new ArrayList<>();
    for (Parameter parameter : ruleSet.parameters().all()) {
      String basis = parameter.legalBasis();
      if (parameter.name().startsWith("sick-leave.") && basis != null && (basis.contains("(") || basis.contains(")"))) {
        explained.add(parameter.name() + ": " + basis);
      }
    }
    assertThat(explained).as("legal bases with an explanation in brackets; it belongs in the note").isEmpty();

    for (String language : List.of("nl", "en")) {
      AdviceResponse answer = advise("2026-11-23", language, "SICK_LEAVE", "2026-10-05", "[]");
      assertThat(answer.deadlines()).extracting(Deadline::legalBasis).noneMatch(basis -> basis.contains("("));
    }
  }

  @Test
  void englishTextsSpeakOfContinuedPayAndWriteAmountsWithTheEuroSign() {
    List<String> wrong = new ArrayList<>();
    for (String key : ruleSet.texts().keys()) {
      String text = ruleSet.texts().text(key, "en");
      if (text != null && (text.toLowerCase().contains("sick pay") || text.contains("euros"))) {
        wrong.add(key + ": " + text);
      }
    }
    assertThat(wrong).as("say 'continued pay' and write '€304.25', not '304.25 euros'").isEmpty();
  }

  private static AdviceResponse advise(
      String date, String language, String type, String firstSickDay, String caregiving) {
    String request =
        """
        {"referenceDate": "%s", "language": "%s", "conversation": {"type": "%s"},
         "employee": {"weeklyHours": 36, "employedSince": "2015-01-01"}, "employer": {"size": 80},
         "sickness": {"firstSickDay": "%s"}, "caregiving": %s}"""
            .formatted(date, language, type, firstSickDay, caregiving);
    return engine.advise(JSON.readValue(request, AdviceRequest.class).withDetail(Detail.FULL));
  }

  private static String why(AdviceResponse answer, String topic) {
    return answer.agenda().stream()
        .filter(item -> item.topic().equals(topic))
        .map(AgendaItem::why)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no agenda item " + topic));
  }

  private static String tip(AdviceResponse answer, String id) {
    return answer.managerTips().stream()
        .filter(t -> t.id().equals(id))
        .map(ManagerTip::text)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no manager tip " + id));
  }

  private static List<String> warnings(AdviceResponse answer) {
    return answer.warnings().stream().map(Warning::id).toList();
  }

  private static String warning(AdviceResponse answer, String id) {
    return answer.warnings().stream()
        .filter(w -> w.id().equals(id))
        .map(Warning::text)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no warning " + id + " in " + warnings(answer)));
  }
}
