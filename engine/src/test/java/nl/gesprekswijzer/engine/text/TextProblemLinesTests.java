package nl.gesprekswijzer.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.yaml.YamlLines;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A text without both languages is reported at the line of its key, or of the wrong language. */
class TextProblemLinesTests {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  @Test
  void namesTheLineOfATextWithoutEnglish() {
    List<String> problems =
        problems(
            """
            tip.LISTEN:
              nl: Luister eerst.
              en: Listen first.
            tip.ONLY_DUTCH:
              nl: Alleen Nederlands.
            """);

    assertThat(problems).containsExactly("texts/t.yaml line 4: text tip.ONLY_DUTCH: the 'en' text is missing or empty");
  }

  @Test
  void namesTheLineOfAnEmptyLanguageAndOfAnUnknownOne() {
    List<String> problems =
        problems(
            """
            tip.LISTEN:
              nl: ''
              en: Listen first.
              de: Zuerst zuhören.
            """);

    assertThat(problems)
        .containsExactly(
            "texts/t.yaml line 2: text tip.LISTEN: the 'nl' text is missing or empty",
            "texts/t.yaml line 4: text tip.LISTEN: unknown language 'de'");
  }

  @Test
  void refusesATextWrittenWithoutItsLanguages() {
    List<String> problems = problems("tip.LISTEN: Luister eerst.\n");

    assertThat(problems)
        .containsExactly("texts/t.yaml line 1: text tip.LISTEN: must be a map {nl: ..., en: ...}, the text in each language");
  }

  private static List<String> problems(String yaml) {
    List<String> problems = new ArrayList<>();
    TextCatalog.read(Map.of("texts/t.yaml", YAML.readTree(yaml)), Map.of("texts/t.yaml", YamlLines.of(yaml)), problems);
    return problems;
  }
}
