package nl.gesprekswijzer.cli;

import static nl.gesprekswijzer.cli.Run.run;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Cell;
import java.io.OutputStream;
import java.io.ByteArrayInputStream;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.impact.ChangeKind;
import nl.gesprekswijzer.engine.impact.ImpactPreview;
import nl.gesprekswijzer.engine.impact.ImpactReport;
import nl.gesprekswijzer.engine.impact.Situation;
import nl.gesprekswijzer.engine.impact.SituationSpread;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rules diff} on the default rules, exported as {@code rules export} writes them, against
 * copies changed as policy staff would change them. Real compilation and evaluation throughout; the
 * exact set of changed situations is checked through the engine's {@link ImpactPreview}, which the
 * command prints.
 */
class DiffCommandTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path exported;

  /** The exported default rules, compiled from their folder as the command compiles them. */
  private static RuleSet defaultRules;

  @TempDir Path work;

  @BeforeAll
  static void exportTheDefaultRules() {
    System.setProperty(
        "org.jboss.logging.provider", "slf4j"); // as main sets it: no validator banner
    Run export = run("rules", "export", exported.toString(), "--force");
    assertThat(export.exitCode()).as(export.toString()).isZero();
    defaultRules = RuleSetCompiler.compile(new DirectoryRuleSetSource(exported));
  }

  @Test
  void printsNothingAndExitsZeroBetweenEqualFolders() throws IOException {
    Path copy = copyOfExport("same");

    Run diff = run("rules", "diff", exported.toString(), copy.toString());

    assertThat(diff.exitCode()).as(diff.toString()).isZero();
    assertThat(diff.out()).isEmpty();
    assertThat(diff.err().lines().toList()).hasSize(1);
    assertThat(diff.err()).startsWith("rules diff: no answer changes in ").contains(" s in all");
    assertThat(generatedCount(diff.err())).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void listsExactlyTheSituationsWithTheChangedCaoOnTheDatesOfItsRow() throws IOException {
    String cao = "gehandicaptenzorg";
    String entitlement = "CAO_BALANCE_LEAVE";
    Path changed = copyOfExport("changed-cao");
    changeCaoFigure(changed, cao, entitlement, "Hours a year, full time", "60");
    RuleSet after = RuleSetCompiler.compile(new DirectoryRuleSetSource(changed));

    Run diff = run("rules", "diff", exported.toString(), changed.toString(), "--json");

    assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(1);
    JsonNode report = JSON.readTree(diff.out());
    List<Situation> generated =
        ImpactPreview.generated(
            defaultRules, after, SituationSpread.DEFAULT_SEED, SituationSpread.DEFAULT_SIZE);
    long withTheRow = generated.stream().filter(s -> hasRow(s.request(), cao, entitlement)).count();
    assertThat(withTheRow).isPositive().isLessThan(generated.size());
    assertThat(report.path("situations").path("generated").asInt()).isEqualTo(generated.size());
    assertThat(report.path("changed").path("generated").asLong()).isEqualTo(withTheRow);
    JsonNode figure = group(report, ChangeKind.ENTITLEMENT_FIGURE, entitlement, "maxHours");
    assertThat(figure.path("count").asInt())
        .isEqualTo(report.path("changed").path("total").asInt());
    assertThat(figure.path("example").path("situation").path("employer").path("cao").asString())
        .isEqualTo(cao);
    LocalDate rowStarts =
        defaultRules
            .caos()
            .provisions(
                cao,
                LocalDate.parse(
                    figure.path("example").path("situation").path("referenceDate").asString()))
            .stream()
            .filter(row -> row.entitlement().equals(entitlement))
            .findFirst()
            .orElseThrow()
            .validFrom();
    assertThat(figure.path("referenceDates").path("from").asString())
        .isEqualTo(rowStarts.toString());
    assertThat(report.path("groups").valueStream().map(g -> g.path("kind").asString()))
        .allMatch(kind -> kind.equals("ENTITLEMENT_FIGURE") || kind.equals("TEXT"));

    // Exactly those: every changed situation, scenarios included, has the CAO on a date of the row.
    ImpactReport exact =
        ImpactPreview.compare(
            defaultRules, after, allSituations(defaultRules, after, SituationSpread.DEFAULT_SIZE));
    assertThat(exact.changed())
        .allMatch(s -> hasRow(s.request(), cao, entitlement), "has the changed row");
    assertThat((long) exact.changedGenerated()).isEqualTo(withTheRow);
  }

  @Test
  void listsOnlySituationsOnOrAfterTheDateAChangedParameterAppliesFrom() throws IOException {
    LocalDate from = LocalDate.of(2025, 9, 1);
    Path changed = copyOfExport("changed-parameter");
    addParameterValue(
        changed,
        "parameters/care-leave.yaml",
        "short-term-care-leave.weekly-hours-factor",
        from,
        "3");
    RuleSet after = RuleSetCompiler.compile(new DirectoryRuleSetSource(changed));

    Run diff =
        run("rules", "diff", exported.toString(), changed.toString(), "--situations", "2000");
    Run again =
        run("rules", "diff", exported.toString(), changed.toString(), "--situations", "2000");

    assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(1);
    assertThat(diff.out())
        .contains("Old rules: " + exported + " (")
        .containsPattern(
            "(?m)^entitlement figure changed: SHORT_TERM_CARE_LEAVE maxHours \\([\\d,]+"
                + " situations, from "
                + from
                + " to \\d{4}-\\d\\d-\\d\\d\\)$")
        .containsPattern("(?m)^  before: \\d+(\\.\\d+)?$")
        .containsPattern(
            "(?m)^  for example \\((scenarios/.*|generated \\d+)\\): \\{\"referenceDate\":\"")
        .contains("Texts changed in ");
    assertThat(again.out()).as("the same on every run").isEqualTo(diff.out());

    ImpactReport exact =
        ImpactPreview.compare(defaultRules, after, allSituations(defaultRules, after, 2000));
    assertThat(exact.changed()).isNotEmpty();
    assertThat(exact.changed())
        .allMatch(s -> !s.request().referenceDate().isBefore(from), "on or after " + from);
    assertThat(exact.changed()).anyMatch(s -> s.request().referenceDate().equals(from));
    assertThat(SituationSpread.referenceDates(List.of(defaultRules, after)))
        .contains(from.minusDays(1), from);
  }

  @Test
  void namesTheFileAndLineOfAFolderThatDoesNotCompileAndExitsTwo() throws IOException {
    Path broken = copyOfExport("broken");
    Path drl = broken.resolve("rules/care/long-care.drl");
    List<String> lines = new ArrayList<>(Files.readAllLines(drl));
    lines.set(lines.indexOf("then"), "  thenn this is not DRL )");
    Files.write(drl, lines);

    Run diff = run("rules", "diff", exported.toString(), broken.toString());

    assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(2);
    assertThat(diff.out()).isEmpty();
    assertThat(diff.err())
        .containsPattern(
            "(?m)^" + Pattern.quote(broken.toString()) + "/rules/care/long-care\\.drl:\\d+: ");
    assertThat(diff.err()).doesNotContain("Exception").doesNotContain(".java");
  }

  @Test
  void printsAJsonReportAlsoWhenNothingChanges() throws IOException {
    Path copy = copyOfExport("same-json");

    Run diff =
        run("rules", "diff", exported.toString(), copy.toString(), "--json", "--situations", "300");

    assertThat(diff.exitCode()).as(diff.toString()).isZero();
    JsonNode report = JSON.readTree(diff.out());
    assertThat(report.path("old").path("version").asString()).isEqualTo(defaultRules.version());
    assertThat(report.path("new").path("folder").asString()).isEqualTo(copy.toString());
    assertThat(report.path("situations").path("generated").asInt()).isGreaterThanOrEqualTo(300);
    assertThat(report.path("situations").path("scenarios").asInt()).isPositive();
    assertThat(report.path("changed").path("total").asInt()).isZero();
    assertThat(report.path("groups").isArray()).isTrue();
    assertThat(report.path("groups").isEmpty()).isTrue();
  }

  @Test
  void cannotCompareAFolderThatDoesNotExist() {
    Run diff = run("rules", "diff", exported.toString(), work.resolve("missing").toString());

    assertThat(diff.exitCode()).isEqualTo(2);
    assertThat(diff.err()).contains("missing: no such folder");
  }

  @Test
  void documentsItsExitCodesInTheHelp() {
    Run help = run("rules", "diff", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("OLD_DIR")
        .contains("NEW_DIR")
        .contains("--json")
        .contains("Exit codes:");
  }

  /**
   * Sets one figure of one CAO row. Today the rows are lines of {@code cao/entitlements.csv}, and
   * the figure columns come before the first quoted one; when the rows move to a decision table,
   * only this method changes.
   */
  /** Sets a figure of a CAO's row in the CAO table, in the column with this title. */
  private static void changeCaoFigure(
      Path rules, String cao, String entitlement, String column, String value) throws IOException {
    Path table = rules.resolve("rules/cao/cao-entitlements.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(table)))) {
      Sheet sheet = book.getSheetAt(0);
      Row titles = null;
      int entitlementColumn = -1;
      int figureColumn = -1;
      for (Row row : sheet) {
        if (titles == null && row.getCell(0) != null && "CAO".equals(row.getCell(0).toString())) {
          titles = row;
          for (Cell cell : titles) {
            entitlementColumn = "Entitlement".equals(cell.toString()) ? cell.getColumnIndex() : entitlementColumn;
            figureColumn = column.equals(cell.toString()) ? cell.getColumnIndex() : figureColumn;
          }
          assertThat(figureColumn).as("column " + column).isNotNegative();
        } else if (titles != null
            && row.getCell(0) != null
            && cao.equals(row.getCell(0).toString())
            && entitlement.equals(String.valueOf(row.getCell(entitlementColumn)))) {
          Cell figure = row.getCell(figureColumn);
          assertThat(figure.toString()).as("the figure before").isNotEmpty().isNotEqualTo(value);
          figure.setCellValue(value);
          try (OutputStream out = Files.newOutputStream(table)) {
            book.write(out);
          }
          return;
        }
      }
      throw new AssertionError("no row " + cao + " " + entitlement);
    }
  }

  /** Adds a value from a date to a parameter whose values all lie before it. */
  private static void addParameterValue(
      Path rules, String file, String parameter, LocalDate from, String value) throws IOException {
    Path yaml = rules.resolve(file);
    String content = Files.readString(yaml);
    int start = content.indexOf("\n" + parameter + ":\n");
    assertThat(start).as(parameter).isNotNegative();
    int end = content.indexOf("\n\n", start + 1);
    end = end < 0 ? content.length() : end;
    String changed =
        content.substring(0, end)
            + "\n    - from: "
            + from
            + "\n      value: "
            + value
            + content.substring(end);
    Files.writeString(yaml, changed);
  }

  /** Whether the CAO's row of the entitlement applies to the situation, as the rule set says. */
  private static boolean hasRow(AdviceRequest request, String cao, String entitlement) {
    return cao.equals(request.employer().cao())
        && defaultRules.caos().provisions(cao, request.referenceDate()).stream()
            .anyMatch(row -> row.entitlement().equals(entitlement));
  }

  private static List<Situation> allSituations(RuleSet before, RuleSet after, int size) {
    List<Situation> situations =
        new ArrayList<>(
            ImpactPreview.union(ImpactPreview.scenarios(before), ImpactPreview.scenarios(after)));
    situations.addAll(ImpactPreview.generated(before, after, SituationSpread.DEFAULT_SEED, size));
    return situations;
  }

  private static JsonNode group(JsonNode report, ChangeKind kind, String subject, String field) {
    return report
        .path("groups")
        .valueStream()
        .filter(
            g ->
                g.path("kind").asString().equals(kind.name())
                    && g.path("subject").asString().equals(subject)
                    && g.path("field").asString().equals(field))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no group " + kind + " " + subject + " " + field + " in " + report));
  }

  private static int generatedCount(String summary) {
    var matcher = Pattern.compile("scenarios, ([\\d,]+) generated").matcher(summary);
    assertThat(matcher.find()).as(summary).isTrue();
    return Integer.parseInt(matcher.group(1).replace(",", ""));
  }

  private Path copyOfExport(String name) throws IOException {
    return Run.copy(exported, work.resolve(name));
  }
}
