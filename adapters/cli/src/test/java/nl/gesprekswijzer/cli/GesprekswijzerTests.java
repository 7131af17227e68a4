package nl.gesprekswijzer.cli;

import static nl.gesprekswijzer.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.gesprekswijzer.engine.decisiontable.TableCells;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands run in-process as {@code main} runs them, with their output captured. */
class GesprekswijzerTests {

  @TempDir static Path exported;

  @TempDir Path work;

  @BeforeAll
  static void exportTheDefaultRules() {
    Run export = run("rules", "export", exported.toString(), "--force");
    assertThat(export.exitCode()).as(export.toString()).isZero();
  }

  @Test
  void exportsEveryFileOfTheDefaultRuleSetButThePrecompiledRuleBase() {
    assertThat(exported.resolve("ruleset.yaml")).isRegularFile();
    assertThat(exported.resolve("README.md")).isRegularFile();
    assertThat(exported.resolve("CHANGELOG.md")).isRegularFile();
    assertThat(exported.resolve("rules/care/long-care.drl")).isRegularFile();
    assertThat(exported.resolve("rules/dutch.dsl")).isRegularFile();
    assertThat(exported.resolve("rules/care/agenda.dslr")).isRegularFile();
    assertThat(exported.resolve("scenarios/care-balance.yaml")).isRegularFile();
    assertThat(exported.resolve("parameters")).isDirectory();
    assertThat(exported.resolve("texts")).isDirectory();
    assertThat(exported.resolve("rules/cao/cao-entitlements.xlsx")).isRegularFile();
    assertThat(exported.resolve("rules/conversation/follow-up.xlsx")).isRegularFile();
  }

  @Test
  void refusesToExportIntoAFolderThatIsNotEmpty() throws IOException {
    Files.writeString(work.resolve("notes.txt"), "mine");

    Run export = run("rules", "export", work.toString());

    assertThat(export.exitCode()).isEqualTo(2);
    assertThat(export.err()).contains("is not empty").contains("--force");
    assertThat(work.resolve("ruleset.yaml")).doesNotExist();
  }

  @Test
  void passesTheExportedDefaultRules() {
    Run check = run("rules", "check", exported.toString());

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.outLines()).hasSize(1);
    assertThat(check.out()).startsWith("OK: ").contains(" rules, ").contains(" scenarios passed");
  }

  @Test
  void namesTheFileAndLineOfABrokenRule() throws IOException {
    Path rules = copyOfExport();
    Path drl = rules.resolve("rules/care/long-care.drl");
    List<String> lines = Files.readAllLines(drl);
    int then = lines.indexOf(lines.stream().filter(line -> line.strip().equals("then")).findFirst().orElseThrow());
    lines.set(then, "  thenn this is not DRL )");
    Files.write(drl, lines);

    Run check = run("rules", "check", rules.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).containsPattern("(?m)^rules/care/long-care\\.drl:\\d+: ");
    assertThat(check.out()).doesNotContain("Exception").doesNotContain(".java");
  }

  @Test
  void namesTheCellOfAWrongValueInADecisionTable() throws IOException {
    Path rules = copyOfExport();
    String cell =
        TableCells.setInFirstRow(rules.resolve("rules/cao/cao-entitlements.xlsx"), "CAO", "Pay %", "full");

    Run check = run("rules", "check", rules.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains("rules/cao/cao-entitlements.xlsx:" + cell + ": Pay % 'full' is not a whole number");
    assertThat(check.out()).doesNotContain("Exception").doesNotContain(".java").doesNotContain("CaoRow");
  }

  @Test
  void namesTheFileAndLineOfASentenceTheDutchRulesDoNotKnow() throws IOException {
    Path rules = copyOfExport();
    Path dslr = rules.resolve("rules/care/agenda.dslr");
    List<String> lines = Files.readAllLines(dslr);
    int written = lines.indexOf("    de medewerker zorgt voor iemand") + 1;
    lines.set(written - 1, "    de medewerker zorgt heel veel");
    Files.write(dslr, lines);
    int sentence =
        Files.readAllLines(rules.resolve("rules/dutch.dsl")).indexOf("[when]de medewerker zorgt voor iemand=Situation( careCount > 0 )") + 1;

    Run check = run("rules", "check", rules.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.outLines())
        .contains(
            "rules/care/agenda.dslr:" + written + ": \"de medewerker zorgt heel veel\" is not a sentence of rules/dutch.dsl;"
                + " the nearest is \"de medewerker zorgt voor iemand\" (line " + sentence + ")");
    assertThat(check.out()).doesNotContain("Exception").doesNotContain(".java").doesNotContain("Unable to expand");
  }

  @Test
  void reportsAScenarioThatNoLongerHolds() throws IOException {
    Path rules = copyOfExport();
    Files.writeString(
        rules.resolve("scenarios/zz-wrong.yaml"),
        """
        - name: A carer is asked back after 99 weeks
          situation:
            referenceDate: 2026-11-23
            conversation: {type: CARE_BALANCE}
            employee: {weeklyHours: 32, employedSince: 2019-04-01}
            employer: {size: 240}
            caregiving:
              - {relation: CHILD, childAge: 6, hoursPerWeek: 14, since: 2026-03-01, situation: SERIOUS_ILLNESS}
          expect:
            followUp: {intervalWeeks: 99}
        """);

    Run check = run("rules", "check", rules.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains("scenarios/zz-wrong.yaml:1: A carer is asked back after 99 weeks: ");
    assertThat(check.out()).containsPattern("(?m)^1 finding: .* scenarios passed");
  }

  @Test
  void namesTheFileAndLineOfARuleThatNoScenarioMakesFire() throws IOException {
    Path rules = copyOfExport();
    try (Stream<Path> scenarios = Files.list(rules.resolve("scenarios"))) {
      for (Path scenario : scenarios.toList()) {
        if (!scenario.getFileName().toString().equals("career.yaml")) {
          Files.delete(scenario);
        }
      }
    }

    Run check = run("rules", "check", rules.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out())
        .containsPattern("(?m)^rules/care/agenda\\.dslr:\\d+: rule 'care-agenda-[a-z-]+' fires in no scenario$");
    assertThat(check.out())
        .containsPattern(
            "(?m)^rules/conversation/follow-up\\.xlsx:Follow-up!A\\d+: rule 'follow-up-wellbeing' fires in no scenario$");
  }

  @Test
  void cannotCheckAFolderThatDoesNotExist() {
    Run check = run("rules", "check", work.resolve("missing").toString());

    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).contains("missing");
  }

  @Test
  void printsTheAdviceForASituationAsJson() throws IOException {
    Path request = work.resolve("request.json");
    Files.writeString(
        request,
        """
        {
          "referenceDate": "2026-11-23",
          "language": "en",
          "conversation": { "type": "CARE_BALANCE" },
          "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
          "employer": { "size": 240 },
          "caregiving": [
            { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
              "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
          ]
        }
        """);

    Run advise = run("advise", request.toString());

    assertThat(advise.exitCode()).as(advise.toString()).isZero();
    assertThat(advise.out()).startsWith("{").contains("\"agenda\"").contains("\"rulesetVersion\"");
    assertThat(advise.out()).contains("\n  \"").contains("\"2026-11-23\"");
  }

  @Test
  void refusesARequestWithADiagnosisField() throws IOException {
    Path request = work.resolve("request.json");
    Files.writeString(
        request,
        """
        {
          "referenceDate": "2026-11-23",
          "conversation": { "type": "SICK_LEAVE" },
          "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
          "employer": { "size": 240 },
          "diagnosis": "burn-out"
        }
        """);

    Run advise = run("advise", request.toString());

    assertThat(advise.exitCode()).isEqualTo(1);
    assertThat(advise.err().strip()).isEqualTo("diagnosis: is not a field of the request");
    assertThat(advise.out()).isEmpty();
  }

  @Test
  void refusesAValueItCannotReadInTheWordsOfTheContract() throws IOException {
    String valid =
        """
        {
          "referenceDate": "2026-11-23",
          "conversation": { "type": "CARE_BALANCE" },
          "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
          "employer": { "size": 240 },
          "caregiving": [
            { "relation": "PARENT", "hoursPerWeek": 4, "since": "2026-03-01", "situation": "STABLE" }
          ]
        }
        """;
    List<List<String>> cases =
        List.of(
            List.of("\"2026-11-23\"", "\"2026-02-30\"", "referenceDate: 2026-02-30 is not a day of the calendar"),
            List.of("\"2019-04-01\"", "\"01-04-2019\"",
                "employee.employedSince: must be a date written as yyyy-mm-dd, for example 2026-11-23"),
            List.of("240", "99999999999", "employer.size: must be a whole number from 1 to 10000000"),
            List.of("\"PARENT\"", "\"AUNT\"", "caregiving[0].relation: must be one of "));
    for (List<String> wrong : cases) {
      Path request = work.resolve("request.json");
      Files.writeString(request, valid.replace(wrong.get(0), wrong.get(1)));

      Run advise = run("advise", request.toString());

      assertThat(advise.exitCode()).as(advise.toString()).isEqualTo(1);
      assertThat(advise.err().strip()).as(wrong.get(1)).startsWith(wrong.get(2)).doesNotContain("java.", "`");
      assertThat(advise.out()).isEmpty();
    }
  }

  @Test
  void documentsItsExitCodesInTheHelp() {
    Run help = run("rules", "check", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("0 ").contains("1 ").contains("2 ");
  }

  private Path copyOfExport() throws IOException {
    return Run.copy(exported, work.resolve("rules"));
  }
}
