package nl.gesprekswijzer.cli;

import static nl.gesprekswijzer.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gesprekswijzer rules doc} on the exported default rules, run in-process as {@code main} runs it. */
class DocCommandTests {

  @TempDir static Path exported;

  @TempDir Path work;

  private static Run dutch;

  @BeforeAll
  static void exportTheDefaultRulesAndDocumentThemInDutch() {
    Run export = run("rules", "export", exported.toString(), "--force");
    assertThat(export.exitCode()).as(export.toString()).isZero();
    dutch = run("rules", "doc", exported.toString(), "--date", "2026-11-23");
  }

  @Test
  void listsEveryRuleOfTheDefaultRuleSetUnderItsConcern() {
    assertThat(dutch.exitCode()).as(dutch.err()).isZero();
    assertThat(dutch.err()).isEmpty();
    List<String> rules = RuleSetCompiler.compile(new ClasspathRuleSetSource()).ruleNames();
    assertThat(rules).hasSizeGreaterThan(100);
    List<String> headings = dutch.out().lines().filter(line -> line.startsWith("#### ")).map(line -> line.substring(5)).toList();
    assertThat(headings).containsExactlyInAnyOrderElementsOf(rules);
    assertThat(dutch.out())
        .startsWith("# Regelcatalogus gesprekswijzer-default")
        .contains("## Inhoud")
        .contains("\n## care\n", "\n## sick\n", "\n## cao\n")
        .contains("### `rules/care/short-term-care-leave.drl`")
        .contains("[short-term-care-leave](#rule-short-term-care-leave)")
        .contains("<a id=\"rule-short-term-care-leave\"></a>")
        .contains("## Cao-tabel");
  }

  @Test
  void describesARuleWithItsCommentExplanationParametersAndScenarios() {
    String rule = section(dutch.out(), "#### short-term-care-leave-pay-limits");

    assertThat(rule)
        .containsPattern("`rules/care/short-term-care-leave\\.drl:\\d+`")
        .contains("**Wat de regel doet**", "The employer pays at least the employee's minimum wage")
        .contains("> **nl**: Op \u2039referenceDate\u203a is het minimumloon € \u2039minimumWageNl\u203a per uur")
        .contains("> **en**: On \u2039referenceDate\u203a the minimum wage")
        .contains("**Parameters op 23 november 2026**")
        .contains("- `short-term-care-leave.pay-percent` = **70**")
        .contains("Grondslag: Wazo art. 5:6")
        .contains("Status: CONFIRMED")
        .containsPattern("\\*\\*Gaat af in (1 scenario|\\d+ scenario's)\\*\\*")
        .containsPattern("- `scenarios/[a-z-]+\\.yaml`: ");
  }

  @Test
  void writesEnglishHeadingsAndTheValuesOnTheChosenDateToAFile() throws IOException {
    Path file = work.resolve("docs/catalogue.md");

    Run english = run("rules", "doc", exported.toString(), "--lang", "en", "--date", "2015-06-30", "-o", file.toString());

    assertThat(english.exitCode()).as(english.toString()).isZero();
    assertThat(english.out()).matches("(?s)Wrote the catalogue of \\d+ rules and \\d+ scenarios on 2015-06-30 to .*catalogue\\.md, in [0-9.]+ s\\R");
    String markdown = Files.readString(file);
    assertThat(markdown).startsWith("# Rule catalogue gesprekswijzer-default").contains("## Contents", "## CAO table");
    String rule = section(markdown, "#### short-term-care-leave\n");
    assertThat(rule)
        .contains("**Parameters on 30 June 2015**")
        .contains(
            "- `care-leave.qualifying-relations` = **PARTNER, CHILD, PARENT** (since 1 December 2001);"
                + " from 1 July 2015: **PARTNER, CHILD, PARENT, HOUSEMATE, OTHER_FAMILY, SOCIAL**");
    assertThat(section(markdown, "## CAO table")).doesNotContain("sociaal-werk"); // its row starts in 2023
  }

  @Test
  void refusesAFolderThatDoesNotCompileNamingFileAndLine() throws IOException {
    Path rules = copyOfExport();
    Path drl = rules.resolve("rules/care/long-care.drl");
    Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^then$", "thenn )"));

    Run doc = run("rules", "doc", rules.toString());

    assertThat(doc.exitCode()).as(doc.toString()).isEqualTo(2);
    assertThat(doc.out()).isEmpty();
    assertThat(doc.err()).containsPattern("(?m)^rules/care/long-care\\.drl:\\d+(:\\d+)?: ").doesNotContain("Exception");
  }

  @Test
  void cannotDocumentAFolderThatDoesNotExistOrAWrongDate() {
    Run missing = run("rules", "doc", work.resolve("missing").toString());
    Run wrongDate = run("rules", "doc", exported.toString(), "--date", "2026-02-30");
    Run wrongLanguage = run("rules", "doc", exported.toString(), "--lang", "de");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("missing");
    assertThat(wrongDate.exitCode()).isEqualTo(2);
    assertThat(wrongDate.err()).contains("--date");
    assertThat(wrongLanguage.exitCode()).isEqualTo(2);
    assertThat(wrongLanguage.err()).contains("--lang");
  }

  @Test
  void documentsItsOptionsAndExitCodesInTheHelp() {
    Run help = run("rules", "doc", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--date", "--lang", "-o", "Exit codes:", "0 ", "2 ");
    assertThat(run("rules", "--help").out()).contains("doc");
  }

  /** From the heading up to the next heading of the same or a higher level. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf(heading);
    assertThat(start).as("heading " + heading).isNotNegative();
    String hashes = heading.substring(0, heading.indexOf(' ') + 1);
    int end = markdown.length();
    for (String level = hashes; level.length() >= 2; level = level.substring(1)) {
      int next = markdown.indexOf("\n" + level, start + heading.length());
      if (next >= 0) {
        end = Math.min(end, next);
      }
    }
    return markdown.substring(start, end);
  }

  private Path copyOfExport() throws IOException {
    return Run.copy(exported, work.resolve("rules"));
  }
}
