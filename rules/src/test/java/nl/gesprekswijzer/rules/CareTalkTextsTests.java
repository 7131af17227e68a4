package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the scenarios cannot check, because they compare ids, not texts: the talk about work and
 * care names each person cared for, gives every agenda item a why of its own, speaks about the
 * situation in the third person where manager and employee both read it, and assumes nothing the
 * request did not say. Run on every situation of the care scenario files, in Dutch and English.
 */
class CareTalkTextsTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern SECOND_PERSON_NL = Pattern.compile("(?i)\\b(u|uw|je|jij|jou|jouw|jullie)\\b");
  private static final Pattern SECOND_PERSON_EN = Pattern.compile("(?i)\\b(you|your|yours)\\b");
  private static final Pattern INFORMAL_NL = Pattern.compile("(?i)\\b(je|jij|jou|jouw|jullie)\\b");
  /** Internal terms: rule ids, enum constants, parameter names, placeholders, counts in brackets. */
  private static final Pattern INTERNAL =
      Pattern.compile("[{}\u27e6\u27e7]|\\b[A-Z]{2,}_[A-Z_]+\\b|\\b[a-z]+(-[a-z]+){2,}\\b|aantal naasten|people cared for \\d");

  /** The rule files of the care talk whose explanations this test reads (not those of the care law). */
  private static final List<String> CARE_TALK_FILES =
      List.of("agenda", "short-emergency", "long-care", "manager-tips", "preparation", "solutions", "follow-up", "privacy");

  private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]+)\"");

  private static RulesAdvisoryEngine engine;
  private static List<Scenario> scenarios;
  private static Set<String> careTalkRules;

  @BeforeAll
  static void compileOnce() throws Exception {
    var files = new ClasspathRuleSetSource().files();
    careTalkRules = new HashSet<>();
    for (String file : CARE_TALK_FILES) {
      String rules = files.getOrDefault("rules/care/" + file + ".drl", files.get("rules/care/" + file + ".dslr"));
      RULE_NAME.matcher(rules).results().forEach(m -> careTalkRules.add(m.group(1)));
    }
    assertThat(careTalkRules).contains("care-agenda-situation", "follow-up-short-emergency", "solution-coaching");
    RuleSet ruleSet = RuleSetCompiler.compile(new ClasspathRuleSetSource());
    engine = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
    scenarios =
        ScenarioLoader.load(ruleSet).stream()
            .filter(s -> s.file().contains("/care-") && s.expect().path("error").isMissingNode())
            .toList();
  }

  @Test
  void namesEachPersonCaredForInTheCareSituation() throws Exception {
    String situation =
        """
        {"referenceDate": "2026-11-23", "language": "%s", "conversation": {"type": "CARE_BALANCE"},
         "employee": {"weeklyHours": 36, "employedSince": "2014-09-01"}, "employer": {"size": 90},
         "caregiving": [
           {"relation": "PARENT", "hoursPerWeek": 5, "since": "2026-09-01", "situation": "STABLE"},
           {"relation": "CHILD", "childAge": 12, "hoursPerWeek": 3, "since": "2026-10-01", "situation": "STABLE"}]}
        """;
    assertThat(why(advise(situation.formatted("nl")), "CARE_SITUATION"))
        .contains("een ouder (5 uur per week) en een kind van 12 (3 uur per week)");
    assertThat(why(advise(situation.formatted("en")), "CARE_SITUATION"))
        .contains("a parent (5 hours a week) and a child aged 12 (3 hours a week)");
  }

  @TestFactory
  Stream<DynamicTest> everyCareAnswerReadsRightForItsAudience() {
    return scenarios.stream()
        .flatMap(
            scenario ->
                Stream.of("nl", "en")
                    .map(
                        language ->
                            DynamicTest.dynamicTest(
                                scenario.name() + " [" + language + "]",
                                () -> checkTexts(scenario, language))));
  }

  private static void checkTexts(Scenario scenario, String language) throws Exception {
    ObjectNode situation = ((ObjectNode) scenario.situation()).deepCopy();
    situation.put("language", language);
    situation.put("detail", "FULL");
    AdviceResponse answer = engine.advise(JSON.treeToValue(situation, AdviceRequest.class));
    Pattern secondPerson = "nl".equals(language) ? SECOND_PERSON_NL : SECOND_PERSON_EN;
    List<String> problems = new ArrayList<>();

    Set<String> whys = new HashSet<>();
    for (AgendaItem item : answer.agenda()) {
      if (!whys.add(item.why())) {
        problems.add("two agenda items share the why: " + item.why());
      }
      shared(item.topic() + " title", item.title(), secondPerson, problems);
      shared(item.topic() + " why", item.why(), secondPerson, problems);
    }
    answer.solutions().forEach(s -> shared(s.id(), s.title() + " " + s.description(), secondPerson, problems));
    answer.managerTips().forEach(t -> addressed(t.id(), t.text(), language, problems));
    answer.preparation().forEach(p -> addressed(p.id(), p.text(), language, problems));
    answer.explanation().stream()
        .filter(e -> careTalkRules.contains(e.rule()))
        .forEach(e -> shared("rule " + e.rule(), e.because(), secondPerson, problems));

    if (scenario.situation().path("wishes").isMissingNode()) {
      Pattern wishes = Pattern.compile("(?i)\\b(wens|wensen|wish|wishes)\\b");
      answer.agenda().stream()
          .filter(item -> wishes.matcher(item.why()).find())
          .forEach(item -> problems.add(item.topic() + " speaks of wishes the request did not give: " + item.why()));
    }
    assertThat(problems).isEmpty();
  }

  /** A text both manager and employee read: third person, no internal terms. */
  private static void shared(String what, String text, Pattern secondPerson, List<String> problems) {
    if (secondPerson.matcher(text).find()) {
      problems.add(what + " addresses someone: " + text);
    }
    internal(what, text, problems);
  }

  /** A text for one reader: addressed formally in Dutch, no internal terms. */
  private static void addressed(String what, String text, String language, List<String> problems) {
    if ("nl".equals(language) && INFORMAL_NL.matcher(text).find()) {
      problems.add(what + " uses je or jullie: " + text);
    }
    internal(what, text, problems);
  }

  private static void internal(String what, String text, List<String> problems) {
    if (INTERNAL.matcher(text).find()) {
      problems.add(what + " has an internal term: " + text);
    }
  }

  private static AdviceResponse advise(String json) throws Exception {
    return engine.advise(JSON.readValue(json, AdviceRequest.class));
  }

  private static String why(AdviceResponse answer, String topic) {
    return answer.agenda().stream()
        .filter(item -> item.topic().equals(topic))
        .findFirst()
        .map(AgendaItem::why)
        .orElse("(no " + topic.toLowerCase(Locale.ROOT) + " on the agenda)");
  }
}
