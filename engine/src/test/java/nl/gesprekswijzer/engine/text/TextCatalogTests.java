package nl.gesprekswijzer.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.facts.Care;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class TextCatalogTests {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final TextCatalog texts =
      catalog(
          """
          rule.intensive-care:
            nl: U zorgt {hours} uur per week voor uw {relation}, sinds {since}.
            en: You care {hours} hours a week for your {relation}, since {since}.
          tip.LISTEN:
            nl: Luister eerst.
            en: Listen first.
          rule.relations:
            nl: U zorgt voor uw {relations}.
            en: You care for your {relations}.
          value.Relation.CHILD:
            nl: kind
            en: child
          value.Relation.PARTNER:
            nl: partner
            en: partner
          value.Relation.PARENT:
            nl: ouder
            en: parent
          value.Care.CHILD:
            nl: een kind van {childAge} ({hours} uur per week)
            en: a child aged {childAge} ({hours} hours a week)
          value.Care.PARENT:
            nl: een ouder ({hours} uur per week)
            en: a parent ({hours} hours a week)
          rule.people:
            nl: De medewerker zorgt voor {people}.
            en: The employee cares for {people}.
          """);

  @Test
  void fillsInPlaceholders() {
    String text =
        texts.render(
            "rule.intensive-care",
            "en",
            List.of("hours", new BigDecimal("14"), "relation", Relation.CHILD, "since", LocalDate.of(2026, 3, 1)));

    assertThat(text).isEqualTo("You care 14 hours a week for your child, since 1 March 2026.");
  }

  @Test
  void writesDecimalsWithACommaInDutch() {
    List<Object> values = List.of("hours", new BigDecimal("14.50"), "relation", Relation.CHILD, "since", LocalDate.of(2026, 3, 1));

    assertThat(texts.render("rule.intensive-care", "nl", values)).startsWith("U zorgt 14,5 uur");
    assertThat(texts.render("rule.intensive-care", "en", values)).startsWith("You care 14.5 hours");
  }

  @Test
  void writesDatesOutInEachLanguage() {
    List<Object> values = List.of("hours", 8, "relation", Relation.CHILD, "since", LocalDate.of(2026, 11, 23));

    assertThat(texts.render("rule.intensive-care", "nl", values)).endsWith("sinds 23 november 2026.");
    assertThat(texts.render("rule.intensive-care", "en", values)).endsWith("since 23 November 2026.");
  }

  @Test
  void writesEveryDateAsALongDateOfTheLanguage() {
    for (String language : List.of("nl", "en")) {
      DateTimeFormatter longDate =
          DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language));
      for (LocalDate date : List.of(LocalDate.of(1, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(10_000, 1, 1))) {
        assertThat(texts.render("rule.intensive-care", language, List.of("hours", 8, "relation", Relation.CHILD, "since", date)))
            .endsWith(longDate.format(date) + ".");
      }
      for (LocalDate date = LocalDate.of(1999, 1, 1); date.getYear() < 2032; date = date.plusDays(1)) {
        String text = texts.render("rule.intensive-care", language, List.of("hours", 8, "relation", Relation.CHILD, "since", date));
        assertThat(text).endsWith(" " + longDate.format(date) + ".");
      }
    }
  }

  @Test
  void writesCodesThroughTheirValueTexts() {
    List<Object> values = List.of("hours", 8, "relation", Relation.CHILD, "since", LocalDate.of(2026, 3, 1));

    assertThat(texts.render("rule.intensive-care", "nl", values)).contains("voor uw kind,");
    assertThat(texts.render("rule.intensive-care", "en", values)).contains("for your child,");
  }

  @Test
  void writesACodeWithoutValueTextInLowerCase() {
    List<Object> values = List.of("hours", 8, "relation", Relation.SOCIAL, "since", LocalDate.of(2026, 3, 1));

    assertThat(texts.render("rule.intensive-care", "en", values)).contains("for your social,");
  }

  @Test
  void writesEachPersonCaredForAsAPhraseOfItsOwn() {
    LocalDate reference = LocalDate.of(2026, 11, 23);
    List<Object> people =
        List.of(
            Care.of(1, Relation.CHILD, 6, new BigDecimal("14"), reference, CareSituation.STABLE, reference),
            Care.of(2, Relation.PARENT, -1, new BigDecimal("4.5"), reference, CareSituation.STABLE, reference));

    assertThat(texts.render("rule.people", "nl", List.of("people", people)))
        .isEqualTo("De medewerker zorgt voor een kind van 6 (14 uur per week) en een ouder (4,5 uur per week).");
    assertThat(texts.render("rule.people", "en", List.of("people", people.subList(1, 2))))
        .isEqualTo("The employee cares for a parent (4.5 hours a week).");
  }

  @Test
  void joinsListsWithAnd() {
    List<Object> relations = List.of(Relation.PARTNER, Relation.CHILD, Relation.PARENT);

    assertThat(texts.render("rule.relations", "nl", List.of("relations", relations)))
        .isEqualTo("U zorgt voor uw partner, kind en ouder.");
    assertThat(texts.render("rule.relations", "en", List.of("relations", List.of(Relation.CHILD))))
        .isEqualTo("You care for your child.");
  }

  @Test
  void marksAMissingText() {
    assertThat(texts.render("tip.NOT_WRITTEN", "en"))
        .startsWith(TextCatalog.MISSING)
        .contains("tip.NOT_WRITTEN");
  }

  @Test
  void marksAMissingValue() {
    assertThat(texts.render("rule.intensive-care", "en", List.of("hours", 8)))
        .startsWith("You care 8 hours a week for your " + TextCatalog.MISSING + "rule.intensive-care {relation}");
  }

  @Test
  void leavesATextWithoutPlaceholdersAsItIs() {
    assertThat(texts.render("tip.LISTEN", "nl", List.of("unused", 1))).isEqualTo("Luister eerst.");
  }

  @Test
  void reportsEveryProblemNamingFileAndKey() {
    List<String> problems = new ArrayList<>();

    TextCatalog.read(
        Map.of(
            "texts/t.yaml",
            YAML.readTree(
                """
                tip.ONLY_DUTCH:
                  nl: Alleen Nederlands.
                tip.EMPTY:
                  nl: ''
                  en: Empty in Dutch.
                tip.GERMAN:
                  nl: Ja.
                  en: Yes.
                  de: Ja.
                """)),
        problems);

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "texts/t.yaml: text tip.ONLY_DUTCH: the 'en' text is missing or empty",
            "texts/t.yaml: text tip.EMPTY: the 'nl' text is missing or empty",
            "texts/t.yaml: text tip.GERMAN: unknown language 'de'");
  }

  @Test
  void reportsATextDefinedInTwoFiles() {
    List<String> problems = new ArrayList<>();
    String yaml = "tip.LISTEN: {nl: Luister., en: Listen.}\n";

    TextCatalog.read(
        new java.util.TreeMap<>(Map.of("texts/a.yaml", YAML.readTree(yaml), "texts/b.yaml", YAML.readTree(yaml))),
        problems);

    assertThat(problems).containsExactly("texts/b.yaml: text tip.LISTEN: defined twice");
  }

  private static TextCatalog catalog(String yaml) {
    List<String> problems = new ArrayList<>();
    TextCatalog catalog = TextCatalog.read(Map.of("texts/t.yaml", YAML.readTree(yaml)), problems);
    assertThat(problems).isEmpty();
    return catalog;
  }
}
