package nl.gesprekswijzer.engine.ruleset;

import static nl.gesprekswijzer.engine.decisiontable.CaoWorkbooks.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.decisiontable.CaoWorkbooks;
import nl.gesprekswijzer.engine.decisiontable.DefaultTables;
import nl.gesprekswijzer.spi.RuleSetSource;
import org.junit.jupiter.api.Test;

class RuleSetCompilerTests {

  private static final String CAO_TABLE = DefaultTables.CAO_TABLE;

  @Test
  void compilesAValidRuleSet() {
    RuleSet ruleSet = RuleSetCompiler.compile("minimal", TestRuleSets.minimalFiles());

    assertThat(ruleSet.name()).isEqualTo("minimal");
    assertThat(ruleSet.version()).matches("1\\.0\\.0\\+[0-9a-f]{8}");
    assertThat(ruleSet.ruleNames())
        .containsExactly(
            "flexible-times-wish", "follow-up", "intensive-care", "no-diagnosis", "problem-analysis",
            "short-term-care-leave");
    assertThat(ruleSet.parameters().contains("follow-up.weeks")).isTrue();
    assertThat(ruleSet.texts().contains("rule.follow-up")).isTrue();
    assertThat(ruleSet.files()).containsKeys("ruleset.yaml", "scenarios/care.yaml");
  }

  @Test
  void givesEveryDifferentRuleSetItsOwnVersion() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    String before = RuleSetCompiler.compile("minimal", files).version();
    files.put("texts/t.yaml", files.get("texts/t.yaml") + "\n# a comment\n");

    String after = RuleSetCompiler.compile("minimal", files).version();

    assertThat(after).startsWith("1.0.0+").isNotEqualTo(before);
  }

  @Test
  void keepsTheVersionWhenOnlyScenariosOrDocumentationChange() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    String before = RuleSetCompiler.compile("minimal", files).version();
    files.put("scenarios/care.yaml", files.get("scenarios/care.yaml") + "\n# a comment\n");
    files.put("README.md", "# Notes for policy staff\n");

    assertThat(RuleSetCompiler.compile("minimal", files).version()).isEqualTo(before);
  }

  @Test
  void reportsARuleFileWhosePackageIsNotItsFolder() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("rules/care/elsewhere.drl", "package rules.sick\n");

    assertThat(problems(files))
        .containsExactly("rules/care/elsewhere.drl: must declare \"package rules.care\", the folder it is in");
  }

  @Test
  void reportsAValueWithoutWordsForTexts() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("texts/values.yaml", files.get("texts/values.yaml").replaceAll("(?m)^value\\.Relation\\.SOCIAL:.*$", ""));

    assertThat(problems(files))
        .containsExactly("texts/: value.Relation.SOCIAL is missing; texts name this value in sentences");
  }

  @Test
  void reportsDroolsErrorsTogetherWithProblemsInOtherFiles() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("rules/care/broken.drl", "package rules.care\nrule \"broken\" when then nonsense(\nend\n");
    files.put("texts/more.yaml", "tip.EXTRA:\n  nl: Nog een tip.\n");

    assertThat(problems(files))
        .anySatisfy(p -> assertThat(p).startsWith("rules/care/broken.drl line"))
        .contains("texts/more.yaml line 1: text tip.EXTRA: the 'en' text is missing or empty");
  }

  @Test
  void reportsADrlSyntaxErrorWithFileAndLine() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/care/broken.drl",
        """
        package rules.care

        rule "broken"
        when
            Situation( type == )
        then
        end
        """);

    assertThat(problems(files)).anySatisfy(p -> assertThat(p).startsWith("rules/care/broken.drl line 5"));
  }

  @Test
  void aFileThatDoesNotParseIsTheOnlyOneReportedNotTheFilesThatMissItsImports() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    String care = files.get("rules/care/care.drl");
    files.put("rules/care/care.drl", care.replaceFirst("(?m)^then$", "thenn this is not DRL )"));
    // Right in itself, but it reads Situation through the import of care.drl.
    files.put(
        "rules/care/uses-imports-of-care.drl",
        """
        package rules.care
        rule "reads-the-situation"
        when
            Situation( referenceDate != null )
        then
        end
        """);

    assertThat(problems(files))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).startsWith("rules/care/care.drl line "))
        .noneSatisfy(p -> assertThat(p).contains("null Package"));
  }

  @Test
  void reportsAnUnknownParameterNamedInARule() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/care/typo.drl",
        """
        package rules.care
        import nl.gesprekswijzer.engine.facts.*;
        global Advice advice;
        rule "typo"
        when
            Parameters( $h : number("care.intensive-hours-per-wek") != null )
        then
        end
        """);

    assertThat(problems(files))
        .contains("rules/care/typo.drl line 6: unknown parameter \"care.intensive-hours-per-wek\"");
  }

  @Test
  void reportsARuleWithoutExplanationText() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/care/unexplained.drl",
        """
        package rules.care
        import nl.gesprekswijzer.engine.facts.*;
        rule "unexplained"
        when
            Situation( )
        then
        end
        """);

    assertThat(problems(files)).singleElement().asString().contains("rules/care/unexplained.drl")
        .contains("\"unexplained\"").contains("rule.unexplained");
  }

  @Test
  void reportsATextWithoutEnglish() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("texts/more.yaml", "tip.EXTRA:\n  nl: Nog een tip.\n");

    assertThat(problems(files))
        .containsExactly("texts/more.yaml line 1: text tip.EXTRA: the 'en' text is missing or empty");
  }

  @Test
  void reportsAnEmptyText() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("texts/more.yaml", "tip.EXTRA:\n  nl: Nog een tip.\n  en: '  '\n");

    assertThat(problems(files))
        .containsExactly("texts/more.yaml line 3: text tip.EXTRA: the 'en' text is missing or empty");
  }

  @Test
  void reportsAParameterWithoutSource() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "parameters/more.yaml",
        """
        extra.weeks:
          description: Weeks.
          type: number
          status: POLICY
          values:
            - {from: 2020-01-01, value: 4}
        """);

    assertThat(problems(files)).containsExactly("parameters/more.yaml line 1: parameter extra.weeks: source is required");
  }

  @Test
  void reportsAParameterWithoutValues() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "parameters/more.yaml",
        "extra.weeks: {description: Weeks., type: number, source: test, status: POLICY}\n");

    assertThat(problems(files))
        .containsExactly("parameters/more.yaml line 1: parameter extra.weeks: values must be a list of {from, value}");
  }

  @Test
  void reportsValuesOutOfDateOrder() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "parameters/more.yaml",
        """
        extra.weeks:
          description: Weeks.
          type: number
          source: test
          status: POLICY
          values:
            - {from: 2024-01-01, value: 4}
            - {from: 2023-01-01, value: 5}
        """);

    assertThat(problems(files))
        .singleElement()
        .asString()
        .startsWith("parameters/more.yaml line 8: parameter extra.weeks: values must be in date order")
        .contains("2023-01-01");
  }

  @Test
  void reportsAProblemInTheCaoTableAtItsCell() throws Exception {
    Map<String, byte[]> tables =
        caoTableWith(with(CaoWorkbooks.sociaalWerk(), "Valid from", "2000-13-01"));

    assertThat(problems(TestRuleSets.minimalFiles(), tables))
        .containsExactly(
            CAO_TABLE + " cell CAO!C" + (CaoWorkbooks.firstRow() + 3)
                + ": Valid from '2000-13-01' is not a date written as text like 2026-01-01");
  }

  @Test
  void reportsACaoEntitlementWithoutItsTexts() throws Exception {
    Map<String, byte[]> tables =
        caoTableWith(with(with(CaoWorkbooks.sociaalWerk(), "Entitlement", "CAO_UNWORDED"), "CAO", "other-cao"));
    String row = CAO_TABLE + " cell CAO!A" + (CaoWorkbooks.firstRow() + 3);

    assertThat(problems(TestRuleSets.minimalFiles(), tables))
        .containsExactly(
            row + ": entitlement CAO_UNWORDED has no text entitlement.CAO_UNWORDED.title in texts/",
            row + ": entitlement CAO_UNWORDED has no text entitlement.CAO_UNWORDED.conditions in texts/");
  }

  @Test
  void readsTheCaoTableWithTheRuleSet() {
    RuleSet ruleSet = TestRuleSets.minimal();

    assertThat(ruleSet.caos().codesOn(LocalDate.of(2026, 11, 23))).containsExactly("test-cao");
    assertThat(ruleSet.ruleNames()).as("the table's rows insert facts and explain nothing themselves")
        .noneMatch(rule -> rule.startsWith("CAO entitlements"));
  }

  @Test
  void aCaoRowAddedInTheSpreadsheetIsKnownAndItsTableIsPartOfTheVersion() throws Exception {
    Map<String, byte[]> tables =
        caoTableWith(with(with(CaoWorkbooks.sociaalWerk(), "CAO", "added-cao"), "Relations", "PARENT"));

    RuleSet ruleSet = RuleSetCompiler.compile("minimal and a row", TestRuleSets.minimalFiles(), tables);

    assertThat(ruleSet.caos().codesOn(LocalDate.of(2026, 11, 23))).containsExactly("added-cao", "test-cao");
    assertThat(ruleSet.version()).isNotEqualTo(TestRuleSets.minimal().version());
  }

  /** The minimal rule set's CAO table with one more row, the fourth. */
  private static Map<String, byte[]> caoTableWith(List<String> row) throws Exception {
    byte[] minimal = TestRuleSets.minimalBinaryFiles().get(CAO_TABLE);
    List<List<String>> rows = new ArrayList<>(DefaultTables.rows(minimal, DefaultTables.cao()));
    rows.add(row);
    return Map.of(CAO_TABLE, DefaultTables.cao().write(rows));
  }

  private static List<String> problems(Map<String, String> files, Map<String, byte[]> binaryFiles) {
    try {
      RuleSetCompiler.compile("test", files, binaryFiles);
    } catch (RuleSetException e) {
      return e.problems();
    }
    throw new AssertionError("The rule set compiled, but should not have");
  }

  @Test
  void reportsAMissingManifest() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.remove("ruleset.yaml");

    assertThat(problems(files)).containsExactly("ruleset.yaml: missing");
  }

  @Test
  void reportsAManifestWithoutVersion() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("ruleset.yaml", "name: minimal\n");

    assertThat(problems(files)).containsExactly("ruleset.yaml: name and version are required");
  }

  @Test
  void reportsAFileThatIsNotYaml() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("texts/broken.yaml", "tip.X: [unclosed\n");

    assertThat(problems(files)).singleElement().asString().startsWith("texts/broken.yaml: not valid YAML");
  }

  @Test
  void reportsARuleSetWithoutRules() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.keySet().removeIf(path -> path.endsWith(".drl"));

    assertThat(problems(files)).containsExactly("rules/: no .drl, .dslr or .xlsx files");
  }

  @Test
  void reportsDuplicateRuleNamesAcrossPackages() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/sick/copy.drl",
        """
        package rules.sick
        import nl.gesprekswijzer.engine.facts.*;
        rule "intensive-care"
        when
            Situation( )
        then
        end
        """);

    assertThat(problems(files))
        .singleElement()
        .asString()
        .contains("\"intensive-care\"")
        .contains("rules/care/care.drl")
        .contains("rules/sick/copy.drl");
  }

  @Test
  void reportsDuplicateRuleNamesInOnePackage() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/care/copy.drl",
        """
        package rules.care
        import nl.gesprekswijzer.engine.facts.*;
        rule "intensive-care"
        when
            Situation( )
        then
        end
        """);

    assertThat(problems(files)).containsExactly("rules/care/copy.drl line 3: Duplicate rule name: intensive-care");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put("texts/more.yaml", "tip.EXTRA:\n  nl: Nog een tip.\n");
    files.put("parameters/more.yaml", "extra.weeks: {description: Weeks., type: number, status: POLICY}\n");

    assertThat(problems(files))
        .containsExactlyInAnyOrder(
            "texts/more.yaml line 1: text tip.EXTRA: the 'en' text is missing or empty",
            "parameters/more.yaml line 1: parameter extra.weeks: source is required",
            "parameters/more.yaml line 1: parameter extra.weeks: values must be a list of {from, value}");
  }

  @Test
  void reportsASourceThatCannotBeRead() {
    RuleSetSource unreadable =
        new RuleSetSource() {
          @Override
          public String description() {
            return "the policy share";
          }

          @Override
          public Map<String, String> files() throws IOException {
            throw new IOException("share not mounted");
          }
        };

    assertThatThrownBy(() -> RuleSetCompiler.compile(unreadable))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("the policy share")
        .hasMessageContaining("share not mounted");
  }

  private static List<String> problems(Map<String, String> files) {
    try {
      RuleSetCompiler.compile("test", files);
    } catch (RuleSetException e) {
      assertThat(e.getMessage()).contains("Rule set from test cannot be used");
      return e.problems();
    }
    throw new AssertionError("The rule set compiled, but should not have");
  }
}
