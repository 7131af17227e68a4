package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Solution;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import nl.gesprekswijzer.engine.text.TextCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text style guide of the rules README, checked: each list of the answer speaks with the voice
 * of its audience, and no text shows what only the rule files know.
 *
 * <ul>
 *   <li>the agenda, solutions, entitlements, deadlines and the explanation speak <em>about</em> the
 *       situation or the rule, so they have no word of address;
 *   <li>manager tips and warnings address the manager, the preparation addresses the employee,
 *       in Dutch always with "u", never "je" or "jullie"; a tip never speaks of "uw leidinggevende"
 *       or "the manager", a checklist item never of "de medewerker" or "your employee";
 *   <li>no answer shows a rule's name, an unfilled placeholder or a code in capitals, and no two
 *       agenda items of one answer give the same reason.
 * </ul>
 *
 * <p>The checks run on every text of the rule set and on the answer to every scenario's situation
 * in both languages, with every item ({@code detail: FULL}).
 */
class TextVoiceTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Words that address the reader; a text about the situation has none of them. */
  private static final Map<String, Pattern> ADDRESS =
      Map.of(
          "nl", words("u", "uw", "uzelf", "je", "jij", "jou", "jouw", "jullie", "jezelf"),
          "en", words("you", "your", "yours", "yourself"));

  /**
   * A tip or warning that speaks to the employee ("uw leidinggevende") or about its own reader
   * ("de leidinggevende") has the wrong voice: it is read by the manager.
   */
  private static final Map<String, Pattern> MANAGER_ADDRESSED_AS_SOMEONE_ELSE =
      Map.of(
          "nl", phrases("uw leidinggevende", "de leidinggevende", "je leidinggevende"),
          "en", phrases("your manager", "the manager"));

  /**
   * A checklist item that speaks about its own reader ("de medewerker") or to a manager ("uw
   * medewerker") has the wrong voice: it is read by the employee.
   */
  private static final Map<String, Pattern> EMPLOYEE_ADDRESSED_AS_SOMEONE_ELSE =
      Map.of(
          "nl", phrases("de medewerker", "uw medewerker", "de werknemer", "uw werknemer"),
          "en", phrases("the employee", "your employee"));

  /** The other form of address in Dutch: the texts say "u". */
  private static final Pattern INFORMAL_DUTCH = words("je", "jij", "jou", "jouw", "jullie", "jezelf");

  /** Common English words that have no place in a Dutch sentence. */
  private static final Pattern ENGLISH_IN_DUTCH =
      words("the", "and", "with", "for", "your", "you", "leave", "employee", "manager", "care", "old",
          "before", "after", "in time");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");
  /** An id such as SHORT_TERM_CARE_LEAVE or a parameter name such as care.long-term-weeks. */
  private static final Pattern CODE =
      Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)+\\b");

  private static RuleSet ruleSet;
  private static TextCatalog texts;
  private static AdvisoryEngine engine;
  private static List<AdviceRequest> situations;

  @BeforeAll
  static void answerEveryScenarioInBothLanguages() {
    ruleSet = RuleSetCompiler.compile(new ClasspathRuleSetSource());
    texts = ruleSet.texts();
    engine = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
    situations = new ArrayList<>();
    for (Scenario scenario : ScenarioLoader.load(ruleSet)) {
      if (!scenario.expect().path("error").isMissingNode()) {
        continue;
      }
      for (String language : TextCatalog.LANGUAGES) {
        ObjectNode situation = ((ObjectNode) scenario.situation()).deepCopy();
        situation.put("language", language);
        situations.add(JSON.treeToValue(situation, AdviceRequest.class).withDetail(Detail.FULL));
      }
    }
  }

  @Test
  void textsAboutTheSituationOrTheRuleAddressNobody() {
    List<String> wrong = new ArrayList<>();
    for (String key : texts.keys()) {
      if (isAbout(key)) {
        for (String language : TextCatalog.LANGUAGES) {
          String text = texts.text(key, language);
          if (ADDRESS.get(language).matcher(text).find()) {
            wrong.add(key + " (" + language + "): " + text);
          }
        }
      }
    }
    assertThat(wrong)
        .as("agenda, solution, entitlement, deadline, follow-up and rule texts speak about the situation"
            + " in the third person, without 'u', 'je' or 'you'")
        .isEmpty();
  }

  @Test
  void textsToTheManagerOrTheEmployeeSayUInDutch() {
    List<String> wrong = new ArrayList<>();
    for (String key : texts.keys()) {
      String text = texts.text(key, "nl");
      if (INFORMAL_DUTCH.matcher(text).find()) {
        wrong.add(key + ": " + text);
      }
    }
    assertThat(wrong).as("Dutch texts address people with 'u', never 'je' or 'jullie'").isEmpty();
  }

  @Test
  void tipsAndWarningsSpeakToTheManagerAndTheChecklistToTheEmployee() {
    List<String> wrong = new ArrayList<>();
    for (String key : texts.keys()) {
      Map<String, Pattern> otherReader =
          key.startsWith("tip.") || key.startsWith("warning.")
              ? MANAGER_ADDRESSED_AS_SOMEONE_ELSE
              : key.startsWith("preparation.") ? EMPLOYEE_ADDRESSED_AS_SOMEONE_ELSE : Map.of();
      for (Map.Entry<String, Pattern> language : otherReader.entrySet()) {
        String text = texts.text(key, language.getKey());
        if (language.getValue().matcher(text).find()) {
          wrong.add(key + " (" + language.getKey() + "): " + text);
        }
      }
    }
    assertThat(wrong)
        .as("tips and warnings address the manager, never 'uw leidinggevende' or 'the manager';"
            + " checklist items address the employee, never 'de medewerker' or 'your employee'")
        .isEmpty();
  }

  @Test
  void dutchTextsHaveNoEnglishWords() {
    List<String> wrong = new ArrayList<>();
    for (String key : texts.keys()) {
      String text = texts.text(key, "nl");
      if (ENGLISH_IN_DUTCH.matcher(text).find()) {
        wrong.add(key + ": " + text);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyAgendaTopicSaysWhyInItsOwnWords() {
    List<String> withoutWhy =
        texts.keys().stream()
            .filter(key -> key.startsWith("agenda.") && key.endsWith(".title"))
            .map(key -> key.substring(0, key.length() - ".title".length()))
            .filter(topic -> !texts.contains(topic + ".why"))
            .sorted()
            .toList();
    assertThat(withoutWhy).as("agenda topics without an agenda.<TOPIC>.why text").isEmpty();
  }

  @Test
  void noAnswerShowsARuleNameAPlaceholderOrACode() {
    List<String> wrong = new ArrayList<>();
    for (AdviceRequest request : situations) {
      for (String text : everyText(engine.advise(request))) {
        boolean ruleName = ruleSet.ruleNames().stream().anyMatch(text::contains);
        if (ruleName || PLACEHOLDER.matcher(text).find() || CODE.matcher(text).find()
            || text.contains(TextCatalog.MISSING)) {
          wrong.add(request.languageOrDefault() + ": " + text);
        }
      }
    }
    assertThat(wrong).as("texts that show what only the rule files know").isEmpty();
  }

  @Test
  void dutchAnswersCiteTheirLegalBasesWithoutEnglishWords() {
    List<String> wrong = new ArrayList<>();
    for (AdviceRequest request : situations) {
      if (!"nl".equals(request.languageOrDefault())) {
        continue;
      }
      AdviceResponse answer = engine.advise(request);
      List<String> bases = new ArrayList<>();
      answer.solutions().forEach(s -> bases.add(s.legalBasis()));
      answer.entitlements().forEach(e -> bases.add(e.legalBasis()));
      answer.deadlines().forEach(d -> bases.add(d.legalBasis()));
      for (String basis : bases) {
        if (basis != null && ENGLISH_IN_DUTCH.matcher(basis).find()) {
          wrong.add(basis);
        }
      }
    }
    assertThat(wrong).as("legal bases are citations, in Dutch").isEmpty();
  }

  @Test
  void noTwoAgendaItemsOfAnAnswerGiveTheSameReason() {
    List<String> repeated = new ArrayList<>();
    for (AdviceRequest request : situations) {
      Set<String> seen = new HashSet<>();
      for (AgendaItem item : engine.advise(request).agenda()) {
        if (!seen.add(item.why())) {
          repeated.add(item.topic() + ": " + item.why());
        }
      }
    }
    assertThat(repeated).isEmpty();
  }

  @Test
  void theDefaultAnswerKeepsToTheDocumentedListSizesAndFullDetailKeepsEverything() {
    for (AdviceRequest full : situations) {
      AdviceResponse everything = engine.advise(full);
      AdviceResponse standard = engine.advise(full.withDetail(Detail.STANDARD));
      assertThat(standard.agenda()).hasSizeLessThanOrEqualTo(8);
      assertThat(standard.managerTips()).hasSizeLessThanOrEqualTo(6);
      assertThat(standard.preparation()).hasSizeLessThanOrEqualTo(10);
      assertThat(everything.agenda()).hasSizeGreaterThanOrEqualTo(standard.agenda().size());
      assertThat(everything.agenda()).containsAll(standard.agenda().subList(0, standard.agenda().size() - 1));
      assertThat(standard.agenda().get(standard.agenda().size() - 1).topic()).isEqualTo("CLOSING");
      assertThat(everything.managerTips()).containsAll(standard.managerTips());
      assertThat(everything.preparation()).containsAll(standard.preparation());
    }
  }

  /** Texts that describe the situation or a rule: everything but tips, warnings and preparation. */
  private static boolean isAbout(String key) {
    return Stream.of("agenda.", "solution.", "entitlement.", "deadline.", "follow-up.", "rule.", "value.")
        .anyMatch(key::startsWith);
  }

  private static List<String> everyText(AdviceResponse answer) {
    List<String> all = new ArrayList<>();
    answer.agenda().forEach(item -> all.addAll(List.of(item.title(), item.why())));
    for (Solution solution : answer.solutions()) {
      all.add(solution.title());
      all.add(solution.description());
    }
    answer.entitlements().forEach(e -> all.addAll(List.of(e.title(), e.conditions())));
    answer.deadlines().forEach(d -> all.add(d.title()));
    all.add(answer.followUp().why());
    all.addAll(texts(answer.managerTips(), tip -> tip.text()));
    all.addAll(texts(answer.preparation(), item -> item.text()));
    all.addAll(texts(answer.warnings(), warning -> warning.text()));
    all.addAll(texts(answer.explanation(), reason -> reason.because()));
    return all;
  }

  private static <T> List<String> texts(List<T> items, Function<T, String> text) {
    return items.stream().map(text).toList();
  }

  private static Pattern words(String... words) {
    return Pattern.compile("(?iu)(?<![\\p{L}'])(" + String.join("|", words) + ")(?![\\p{L}'])");
  }

  /** Phrases of several words, each word matched whole, any spacing between them. */
  private static Pattern phrases(String... phrases) {
    return words(
        Stream.of(phrases).map(phrase -> phrase.replace(" ", "\\s+")).toArray(String[]::new));
  }
}
