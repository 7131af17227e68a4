package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dutch sentences of the default rule set ({@code rules/dutch.dsl}) are documented by example:
 * the comment above each sentence shows it as a rule writes it ({@code #   de medewerker zorgt voor
 * iemand}). The examples must be sentences of the file, and every sentence must have one, so that
 * the list policy staff read is the list the rules understand.
 */
class DutchSentencesTests {

  /** An example: a comment line with the sentence indented by three spaces. */
  private static final Pattern EXAMPLE = Pattern.compile("(?m)^#   (?! )(.+?)\\s*$");
  /** The lines of the example rule at the top of the file, which are no sentences themselves. */
  private static final Pattern RULE_WORD = Pattern.compile("(?:rule|when|then|end)\\b.*");

  private static List<DSLMappingEntry> sentences;
  private static List<String> examples;

  @BeforeAll
  static void readTheSentences() throws Exception {
    String dsl = new ClasspathRuleSetSource().files().get("rules/dutch.dsl");
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    assertThat(file.parseAndLoad(new StringReader(dsl))).as("rules/dutch.dsl reads").isTrue();
    sentences = file.getMapping().getEntries();
    examples = new ArrayList<>();
    Matcher example = EXAMPLE.matcher(dsl);
    while (example.find()) {
      if (!RULE_WORD.matcher(example.group(1)).matches()) {
        examples.add(example.group(1));
      }
    }
  }

  @Test
  void everyExampleIsASentence() {
    assertThat(examples).isNotEmpty();
    assertThat(examples)
        .allSatisfy(
            example ->
                assertThat(sentences)
                    .as("a sentence that reads \"%s\"", example)
                    .anyMatch(sentence -> sentence.getKeyPattern().matcher(example).matches()));
  }

  @Test
  void everySentenceHasAnExample() {
    assertThat(sentences)
        .allSatisfy(
            sentence ->
                assertThat(examples)
                    .as("an example of \"%s\" in the comment above it", sentence.getMappingKey())
                    .anyMatch(example -> sentence.getKeyPattern().matcher(example).matches()));
  }
}
