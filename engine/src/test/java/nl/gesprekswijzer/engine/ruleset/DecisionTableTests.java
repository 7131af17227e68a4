package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.decisiontable.TableWorkbook;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decision table beside the minimal rule set's DRL: compiled like a rule file, at build and from
 * a folder, and every problem in it, the engine's checks and Drools' own compile errors alike, at
 * the cell policy staff typed.
 */
class DecisionTableTests {

  private static final String PATH = "rules/care/intervals.xlsx";
  private static final TableWorkbook LAYOUT =
      new TableWorkbook(
          "Intervals",
          "Test intervals",
          List.of("A table of one family of rules, as the default rule set's follow-up table."),
          "rules.care",
          "nl.gesprekswijzer.engine.facts.*, nl.gesprekswijzer.api.ConversationType",
          "Advice advice",
          "Intervals",
          List.of(
              new TableWorkbook.Column("NAME", "", "", "Rule", 20, "name"),
              new TableWorkbook.Column("CONDITION", "Situation", "type == ConversationType.$param", "Kind of talk", 16, "kind"),
              new TableWorkbook.Column("CONDITION", "Parameters", "$weeks : whole(\"$param\") > 0", "Weeks (parameter)", 30, "weeks"),
              new TableWorkbook.Column("CONDITION", "Situation", "careCount > $param", "More people cared for than", 12, "count"),
              new TableWorkbook.Column("ACTION", "",
                  "advice.because(drools, \"weeks\", $weeks); advice.followUpWithin(drools, $weeks);", "Then", 20, "do")));
  private static final String TEXTS =
      """
      rule.table-interval:
        nl: Een rij van de tabel gaf {weeks} weken.
        en: A row of the table gave {weeks} weeks.
      """;
  private static final List<String> ROW =
      List.of("table-interval", "CARE_BALANCE", "follow-up.weeks", "0", "talk again");

  private static int firstRow;

  @BeforeAll
  static void findTheFirstRow() throws Exception {
    firstRow = DecisionTable.read(LAYOUT.write(List.of(ROW))).get(0).rows().get(0).number();
  }

  @Test
  void compilesATableIntoRulesThatFireWithAnExplanationFromTheirName() {
    RuleSet ruleSet = RuleSetCompiler.compile("with a table", files(), tables(LAYOUT.write(List.of(ROW))));

    assertThat(ruleSet.ruleNames()).contains("table-interval");
    AdviceResponse advice = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build().advise(TestRequests.care());
    assertThat(advice.explanation()).extracting(Explanation::rule).contains("table-interval");
  }

  @Test
  void theExecutableModelBuiltAtBuildTimeTakesTheTableAndOnlyItsOwnTable() {
    Map<String, byte[]> tables = tables(LAYOUT.write(List.of(ROW)));
    List<String> problems = new ArrayList<>();
    byte[] module = PrecompiledRuleBase.compile(RuleFiles.textRuleFiles(files()), tables, problems);
    assertThat(problems).isEmpty();

    RuleSet precompiled = RuleSetCompiler.compile("precompiled", files(), tables, module);
    RuleSet fromFiles = RuleSetCompiler.compile("from files", files(), tables);
    Map<String, byte[]> edited = tables(LAYOUT.write(List.of(ROW, withCell(ROW, 0, "table-interval-2"))));
    RuleSet afterAnEdit = RuleSetCompiler.compile("edited", withText("table-interval", "table-interval-2"), edited, module);

    assertThat(precompiled.precompiled()).isTrue();
    assertThat(precompiled.ruleNames()).isEqualTo(fromFiles.ruleNames()).contains("table-interval");
    assertThat(RulesAdvisoryEngine.builder().ruleSet(precompiled).build().advise(TestRequests.care()))
        .isEqualTo(RulesAdvisoryEngine.builder().ruleSet(fromFiles).build().advise(TestRequests.care()));
    assertThat(afterAnEdit.precompiled()).as("a changed table is compiled from the folder").isFalse();
    assertThat(afterAnEdit.ruleNames()).contains("table-interval", "table-interval-2");
  }

  @Test
  void aChangedTableChangesTheVersion() {
    RuleSet one = RuleSetCompiler.compile("one", files(), tables(LAYOUT.write(List.of(ROW))));
    RuleSet other =
        RuleSetCompiler.compile("other", files(), tables(LAYOUT.write(List.of(withCell(ROW, 3, "1")))));

    assertThat(other.version()).isNotEqualTo(one.version());
  }

  @Test
  void namesTheCellOfAnUnknownParameterOrKindOfTalk() {
    List<String> wrong = withCell(withCell(ROW, 1, "CARE"), 2, "follow-up.weekz");

    assertThat(problems(LAYOUT.write(List.of(ROW, withCell(wrong, 0, "table-interval-2")))))
        .as("each cell once: Drools' own error about the kind of talk says the same less clearly")
        .containsExactly(
            PATH + " cell Intervals!B" + (firstRow + 1)
                + ": Kind of talk 'CARE' is not a ConversationType; use one of CARE_BALANCE, SICK_LEAVE, WELLBEING, CAREER",
            PATH + " cell Intervals!C" + (firstRow + 1)
                + ": Weeks (parameter) names the parameter \"follow-up.weekz\", which does not exist in parameters/");
  }

  @Test
  void namesTheCellOfWhatDroolsCannotCompile() {
    List<String> problems = problems(LAYOUT.write(List.of(withCell(ROW, 3, "lots"))));

    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem).startsWith(PATH + " cell Intervals!D" + firstRow + ": "))
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .startsWith(
                        PATH + " cell Intervals!D" + firstRow
                            + ": More people cared for than 'lots' does not make a rule Drools can compile: "))
        .noneSatisfy(problem -> assertThat(problem).contains("rule values at").contains(".drl"));
  }

  @Test
  void aCellThatBreaksTheRulesSyntaxIsNamedAndBlamesNoOtherFile() {
    List<String> unbalanced = withCell(withCell(ROW, 0, "table-interval-2"), 3, "1)");

    List<String> problems = problems(LAYOUT.write(List.of(ROW, unbalanced)));
    List<String> precompiling = new ArrayList<>();
    PrecompiledRuleBase.compile(
        RuleFiles.textRuleFiles(files()), tables(LAYOUT.write(List.of(ROW, unbalanced))), precompiling);

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            PATH + " cell Intervals!D" + (firstRow + 1)
                + ": More people cared for than '1)' does not make a rule Drools can compile: ");
    assertThat(precompiling)
        .singleElement()
        .asString()
        .startsWith(PATH + " cell Intervals!D" + (firstRow + 1) + " (executable model): More people cared for than '1)'");
  }

  @Test
  void saysWhyABackslashCannotStandInACell() {
    assertThat(problems(LAYOUT.write(List.of(withCell(ROW, 4, "talk again\\")))))
        .containsExactly(
            PATH + " cell Intervals!E" + firstRow
                + ": Then 'talk again\\' has a backslash (\\), which no rule can take; leave it out");
  }

  @Test
  void namesTheCellOfWhatTheExecutableModelCannotCompile() {
    List<String> problems = new ArrayList<>();

    byte[] module =
        PrecompiledRuleBase.compile(
            RuleFiles.textRuleFiles(files()), tables(LAYOUT.write(List.of(withCell(ROW, 3, "lots")))), problems);

    assertThat(module).isNull();
    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem).startsWith(PATH + " cell Intervals!D" + firstRow + " (executable model): "));
  }

  @Test
  void namesTheCellThatDroolsCannotPlaceInTheTable() throws IOException {
    byte[] workbook = LAYOUT.write(List.of(ROW));
    try (XSSFWorkbook edited = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      edited.getSheetAt(0).getRow(firstRow - 1).createCell(7).setCellValue("a note beside the table");
      workbook = bytes(edited);
    }

    assertThat(problems(workbook))
        .singleElement()
        .asString()
        .startsWith(PATH + " cell Intervals!H" + firstRow + ": ");
  }

  @Test
  void namesTheRowOfARuleWithoutExplanation() {
    List<String> unexplained = withCell(ROW, 0, "unexplained-interval");

    assertThat(problems(LAYOUT.write(List.of(ROW, unexplained))))
        .containsExactly(
            PATH + " cell Intervals!A" + (firstRow + 1)
                + ": rule \"unexplained-interval\" has no explanation text rule.unexplained-interval in texts/");
  }

  @Test
  void namesTheRuleSetCellOfATableInTheWrongPackage() throws IOException {
    byte[] workbook = LAYOUT.write(List.of(ROW));
    String cell;
    try (XSSFWorkbook edited = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      var sheet = edited.getSheetAt(0);
      var ruleSet = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
          .filter(row -> row.getCell(0) != null && "RuleSet".equals(row.getCell(0).toString()))
          .findFirst()
          .orElseThrow();
      ruleSet.getCell(1).setCellValue("rules.sick");
      cell = "Intervals!B" + (ruleSet.getRowNum() + 1);
      workbook = bytes(edited);
    }

    assertThat(problems(workbook))
        .contains(PATH + " cell " + cell + ": the RuleSet must be rules.care, the folder the table is in");
  }

  @Test
  void namesACellOfASheetWithASpaceInItsNameAsASpreadsheetDoes() throws IOException {
    byte[] workbook = LAYOUT.write(List.of(withCell(ROW, 2, "follow-up.weekz")));
    try (XSSFWorkbook edited = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      edited.setSheetName(0, "My intervals");
      workbook = bytes(edited);
    }

    List<String> problems = problems(workbook);

    assertThat(problems).singleElement().asString().startsWith(PATH + " cell 'My intervals'!C" + firstRow + ": ");
    assertThat(Problem.parse(problems.get(0)).cell()).isEqualTo("'My intervals'!C" + firstRow);
    assertThat(Problem.parse(problems.get(0)).toString()).startsWith(PATH + ":'My intervals'!C" + firstRow + ": Weeks");
  }

  @Test
  void reportsAFileThatIsNoSpreadsheet() {
    assertThat(problems("not a workbook".getBytes(StandardCharsets.UTF_8)))
        .singleElement()
        .asString()
        .startsWith(PATH + ": cannot be read as a spreadsheet (.xlsx)");
  }

  private static List<String> problems(byte[] workbook) {
    try {
      RuleSetCompiler.compile("test", withText("table-interval", "table-interval-2"), tables(workbook));
    } catch (RuleSetException e) {
      return e.problems();
    }
    throw new AssertionError("The rule set compiled, but should not have");
  }

  private static Map<String, String> files() {
    return withText("table-interval");
  }

  private static Map<String, String> withText(String... rules) {
    Map<String, String> files = TestRuleSets.minimalFiles();
    StringBuilder texts = new StringBuilder();
    for (String rule : rules) {
      texts.append(TEXTS.replace("table-interval", rule));
    }
    files.put("texts/intervals.yaml", texts.toString());
    return files;
  }

  private static Map<String, byte[]> tables(byte[] workbook) {
    Map<String, byte[]> tables = new HashMap<>(TestRuleSets.minimalBinaryFiles());
    tables.put(PATH, workbook);
    return tables;
  }

  private static List<String> withCell(List<String> row, int index, String value) {
    List<String> changed = new ArrayList<>(row);
    changed.set(index, value);
    return changed;
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
