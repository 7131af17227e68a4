package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import org.junit.jupiter.api.Test;

/**
 * Every figure of law, CAO or policy lives in a dated parameter with its source, never inside a
 * rule. The only numbers a rule may write are 0 (as in "some care": {@code careCount > 0}) and
 * the rank that orders advice ({@code advice.agenda(drools, "NEEDS", 40)}).
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
          if (!path.endsWith(".drl")) {
            return;
          }
          String code = STRING.matcher(COMMENT.matcher(content).replaceAll(" ")).replaceAll("\"\"");
          code = RANKED_CALL.matcher(code).replaceAll(" ");
          Matcher number = NUMBER.matcher(code);
          while (number.find()) {
            if (!number.group().equals("0")) {
              figures.add(path + ": " + number.group());
            }
          }
        });

    assertThat(figures).as("figures written inside rules; move them to parameters/").isEmpty();
  }

  @Test
  void findsAFigureWrittenInsideARule() {
    String drl = "rule \"x\" when Care( hoursPerWeek > 8 ) then advice.agenda(drools, \"NEEDS\", 40); end";
    String code = RANKED_CALL.matcher(STRING.matcher(drl).replaceAll("\"\"")).replaceAll(" ");

    assertThat(NUMBER.matcher(code).results().map(MatchResult::group)).containsExactly("8");
  }
}
