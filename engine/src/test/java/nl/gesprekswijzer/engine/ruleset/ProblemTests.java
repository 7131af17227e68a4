package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTests {

  @Test
  void writesTheCompilersPlacesAsFileLineAndColumn() {
    assertThat(Problem.parse("rules/care/agenda.drl line 26: [ERR 102] mismatched input"))
        .hasToString("rules/care/agenda.drl:26: [ERR 102] mismatched input");
    assertThat(Problem.parse("rules/care/agenda.drl line 0: Parser returned a null Package"))
        .hasToString("rules/care/agenda.drl: Parser returned a null Package");
    assertThat(Problem.parse("scenarios/care.yaml line 3 column 7: not valid YAML: x"))
        .hasToString("scenarios/care.yaml:3:7: not valid YAML: x");
    assertThat(Problem.parse("rules/x.drl line 4 (executable model): cannot\n  compile"))
        .hasToString("rules/x.drl:4: (executable model) cannot compile");
    assertThat(Problem.parse("ruleset.yaml: name and version are required"))
        .hasToString("ruleset.yaml: name and version are required");
  }

  @Test
  void keepsTheFileLineColumnAndCellApart() {
    assertThat(Problem.parse("scenarios/care.yaml line 3 column 7: not valid YAML"))
        .isEqualTo(new Problem("scenarios/care.yaml", 3, 7, null, "not valid YAML"));
    assertThat(Problem.parse("cao/entitlements.xlsx cell CAO!C12: not a number: 'veel'"))
        .isEqualTo(new Problem("cao/entitlements.xlsx", 0, 0, "CAO!C12", "not a number: 'veel'"))
        .hasToString("cao/entitlements.xlsx:CAO!C12: not a number: 'veel'");
    assertThat(Problem.parse("something without a place"))
        .isEqualTo(new Problem("", 0, 0, null, "something without a place"))
        .hasToString("something without a place");
  }
}
