package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import org.junit.jupiter.api.Test;

/**
 * Every figure of law, CAO or policy lives in a dated parameter with its source, never inside a
 * rule. The only numbers a rule may write are 0 (as in "some care": {@code careCount > 0}) and
 * the rank that orders advice ({@code advice.agenda(drools, "NEEDS", 40)}).
 *
 * <p>A decision table is held to the same: every cell, put into the code of its column as Drools
 * does, must write no figure. The CAO table's figures are no exception to it: its cells are data
 * that the rules read as text ({@code row.payPercent("100")}), like a parameter's value.
 */
class NoFiguresInRulesTests {

  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  /** Advice calls whose number is a rank: ordering, not a figure. */
  private static final Pattern RANKED_CALL =
      Pattern.compile("advice\\.(?:agenda|solution|tips|prepare)\\([^;]*?\\)\\s*;", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?:\\.\\d+)?(?![\\w.])");

  @Test
  void noRuleWritesAFigureOfLawCaoOrPolicy() throws Exception {
    Map<String, String> files = new ClasspathRuleSetSource().files();
    List<String> figures = new ArrayList<>();
    files.forEach(
        (path, content) -> {
          if (path.endsWith(".drl")) {
            figures.addAll(figures(path, content));
          }
        });

    assertThat(figures).as("figures written inside rules; move them to parameters/").isEmpty();
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

  private static List<String> figures(String where, String content) {
    List<String> figures = new ArrayList<>();
    String code = STRING.matcher(COMMENT.matcher(content).replaceAll(" ")).replaceAll("\"\"");
    code = RANKED_CALL.matcher(code).replaceAll(" ");
    Matcher number = NUMBER.matcher(code);
    while (number.find()) {
      if (!number.group().equals("0")) {
        figures.add(where + ": " + number.group());
      }
    }
    return figures;
  }

  @Test
  void findsAFigureWrittenInsideARule() {
    String drl = "rule \"x\" when Care( hoursPerWeek > 8 ) then advice.agenda(drools, \"NEEDS\", 40); end";
    String code = RANKED_CALL.matcher(STRING.matcher(drl).replaceAll("\"\"")).replaceAll(" ");

    assertThat(NUMBER.matcher(code).results().map(MatchResult::group)).containsExactly("8");
  }
}
