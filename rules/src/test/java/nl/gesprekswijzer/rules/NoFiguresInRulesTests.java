package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.junit.jupiter.api.Test;

/**
 * Every figure of law, CAO or policy lives in a dated parameter with its source, never inside a
 * rule. The only numbers a rule may write are 0 (as in "some care": {@code careCount > 0}), the
 * rank that orders advice ({@code advice.agenda(drools, "NEEDS", 40)}) and a rule's salience (the
 * order rules fire in, {@code salience -10}).
 *
 * <p>That holds for every form of rule: DRL ({@code .drl}), the Dutch sentences ({@code .dsl}: the
 * sentence and the DRL it stands for) and the rules written in them ({@code .dslr}, read as Drools
 * reads it, every sentence expanded, so that a figure a rule passes to a sentence is found too,
 * and the rank of "zet NEEDS op de agenda met volgnummer 30" is not).
 *
 * <p>A decision table is held to the same: every cell, put into the code of its column as Drools
 * does, must write no figure. The CAO table's figures are no exception to it: its cells are data
 * that the rules read as text ({@code row.payPercent("100")}), like a parameter's value.
 */
class NoFiguresInRulesTests {

  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern DSL_COMMENT = Pattern.compile("(?m)^\\s*(?:#|//).*$");
  private static final Pattern DSL_SECTION = Pattern.compile("(?m)^\\s*\\[[^\\]]*\\]");
  /** A placeholder of a sentence, with the pattern its value must match: {@code {rang:\d+}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  /** Advice calls whose number is a rank: ordering, not a figure. */
  private static final Pattern RANKED_CALL =
      Pattern.compile("advice\\.(?:agenda|solution|tips|prepare)\\([^;]*?\\)\\s*;", Pattern.DOTALL);
  /** A rule's salience: the order rules fire in, not a figure. */
  private static final Pattern SALIENCE = Pattern.compile("(?m)^\\s*salience\\s+-?\\d+\\s*$");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?:\\.\\d+)?(?![\\w.])");

  @Test
  void noRuleWritesAFigureOfLawCaoOrPolicy() throws Exception {
    Map<String, String> files = new ClasspathRuleSetSource().files();

    assertThat(files.keySet()).as("the test reads every form of rule").anyMatch(path -> path.endsWith(".dslr"));
    assertThat(figures(files)).as("figures written inside rules; move them to parameters/").isEmpty();
  }

  @Test
  void findsAFigureWrittenInsideARule() {
    String drl = "rule \"x\" when Care( hoursPerWeek > 8 ) then advice.agenda(drools, \"NEEDS\", 40); end";

    assertThat(figures(Map.of("rules/care/x.drl", drl))).containsExactly("rules/care/x.drl: 8");
  }

  @Test
  void allowsASalienceButNotAFigureInTheSameRule() {
    String drl =
        "rule \"x\"\nsalience -10\nwhen Care( hoursPerWeek > 8 ) then advice.agenda(drools, \"NEEDS\", 40); end";

    assertThat(figures(Map.of("rules/care/x.drl", drl))).containsExactly("rules/care/x.drl: 8");
  }

  @Test
  void findsAFigureInASentenceAndInTheDrlItStandsFor() {
    String dsl =
        """
        # Intensieve zorg: meer dan 8 uur per week (in dit commentaar mag een getal staan).
        [when]de medewerker zorgt meer dan 8 uur per week=Situation( careHoursPerWeek > 9 )
        [then]zet {onderwerp:[A-Z_]+} op de agenda met volgnummer {rang:\\d+}=advice.agenda(drools, "{onderwerp}", {rang});
        """;

    assertThat(figures(Map.of("rules/dutch.dsl", dsl))).containsExactly("rules/dutch.dsl: 8", "rules/dutch.dsl: 9");
  }

  @Test
  void findsAFigureARuleInSentencesWritesButNotTheRankOfItsAdvice() {
    String dsl =
        """
        [when]de medewerker zorgt meer dan {uren} uur per week=Situation( careHoursPerWeek > {uren} )
        [then]zet {onderwerp:[A-Z_]+} op de agenda met volgnummer {rang:\\d+}=advice.agenda(drools, "{onderwerp}", {rang});
        """;
    String dslr =
        """
        package rules.care
        rule "x"
        when
            de medewerker zorgt meer dan 12 uur per week
        then
            zet NEEDS op de agenda met volgnummer 30
        end
        """;

    assertThat(figures(Map.of("rules/dutch.dsl", dsl, "rules/care/x.dslr", dslr)))
        .containsExactly("rules/care/x.dslr: 12");
  }

  /** The figures written in the rule files, as {@code path: figure}. */
  private static List<String> figures(Map<String, String> files) {
    List<String> figures = new ArrayList<>();
    files.forEach(
        (path, content) -> {
          String code;
          if (path.endsWith(".drl")) {
            code = content;
          } else if (path.endsWith(".dsl")) {
            // The sentence and the DRL after "=": only the comments and placeholders may hold digits.
            code = PLACEHOLDER.matcher(DSL_SECTION.matcher(DSL_COMMENT.matcher(content).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
          } else if (path.endsWith(".dslr")) {
            code = expanded(content, files);
          } else {
            return;
          }
          figures.addAll(figures(path, code));
        });
    return figures;
  }

  @Test
  void noDecisionTableCellWritesAFigureOfLawCaoOrPolicy() throws Exception {
    Map<String, byte[]> tables = new ClasspathRuleSetSource().binaryFiles();
    List<String> figures = new ArrayList<>();
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      for (DecisionTable read : DecisionTable.read(table.getValue())) {
        for (DecisionTable.Row row : read.rows()) {
          for (DecisionTable.Column column : read.columns()) {
            row.cell(column.index())
                .ifPresent(
                    cell ->
                        figures.addAll(
                            figures(table.getKey() + " cell " + cell.ref(), column.snippet(cell.text()))));
          }
        }
      }
    }

    assertThat(tables).as("the default rule set's decision tables").isNotEmpty();
    assertThat(figures).as("figures written inside decision tables; name a parameter instead").isEmpty();
  }

  @Test
  void findsAFigureWrittenInADecisionTableCell() {
    DecisionTable.Column weeks =
        new DecisionTable.Column(2, "CONDITION", "Situation", "weeklyHours > $param", "Hours");

    assertThat(figures("t.xlsx cell T!C7", weeks.snippet("36"))).containsExactly("t.xlsx cell T!C7: 36");
    assertThat(figures("t.xlsx cell T!C8", weeks.snippet("$p.number(\"x.hours\")"))).isEmpty();
  }

  /** The figures written in a piece of rule code, as {@code where: figure}. */
  private static List<String> figures(String where, String content) {
    List<String> figures = new ArrayList<>();
    String code = STRING.matcher(COMMENT.matcher(content).replaceAll(" ")).replaceAll("\"\"");
    code = RANKED_CALL.matcher(code).replaceAll(" ");
    code = SALIENCE.matcher(code).replaceAll(" ");
    Matcher number = NUMBER.matcher(code);
    while (number.find()) {
      if (!number.group().equals("0")) {
        figures.add(where + ": " + number.group());
      }
    }
    return figures;
  }

  /** A {@code .dslr} as Drools reads it, with the sentences of every {@code .dsl} expanded. */
  private static String expanded(String dslr, Map<String, String> files) {
    DefaultExpander expander = new DefaultExpander();
    files.forEach(
        (path, content) -> {
          if (path.endsWith(".dsl")) {
            DSLTokenizedMappingFile sentences = new DSLTokenizedMappingFile();
            try {
              assertThat(sentences.parseAndLoad(new StringReader(content))).as(path).isTrue();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            expander.addDSLMapping(sentences.getMapping());
          }
        });
    String drl = expander.expand(dslr);
    assertThat(expander.getErrors()).as("sentences that are not in the .dsl").isEmpty();
    return drl;
  }
}
