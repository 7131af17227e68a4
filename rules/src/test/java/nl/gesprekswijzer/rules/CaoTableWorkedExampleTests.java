package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.scenario.RuleSetCheck;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules README's worked examples for the CAO table, done as a policy officer does them: a row
 * added or changed in the spreadsheet, a scenario beside it, and {@code rules check} passes with no
 * rule touched.
 */
class CaoTableWorkedExampleTests {

  private static final String TABLE = "rules/cao/cao-entitlements.xlsx";

  private static Map<String, String> files;
  private static Map<String, byte[]> binaryFiles;

  @BeforeAll
  static void readTheDefaultRuleSet() throws IOException {
    ClasspathRuleSetSource source = new ClasspathRuleSetSource();
    files = source.files();
    binaryFiles = source.binaryFiles();
  }

  @Test
  void aCaoAddedAsARowIsAdvisedOnAndRefusedBeforeItStarts() throws IOException {
    Map<String, String> withScenario = new HashMap<>(files);
    withScenario.put(
        "scenarios/zz-voorbeeld-cao.yaml",
        """
        - name: Under the Voorbeeld-cao someone caring for a parent gets 2.5 times the weekly hours of short-term care leave at 90 percent
          situation:
            referenceDate: 2026-11-23
            conversation: {type: CARE_BALANCE}
            employee: {weeklyHours: 32, employedSince: 2019-04-01}
            employer: {size: 240, cao: voorbeeld-cao}
            caregiving:
              - {relation: PARENT, hoursPerWeek: 6, since: 2026-01-01, situation: SERIOUS_ILLNESS}
          expect:
            entitlements:
              SHORT_TERM_CARE_LEAVE: {maxHours: 80, payPercent: 90, periodMonths: 12, source: CAO, legalBasis: "Voorbeeld-cao 2026, art. 7.3"}
            rulesFired: [cao-short-term-care-leave]

        - name: Before 1 January 2026 the Voorbeeld-cao is not known and a request naming it is refused
          situation:
            referenceDate: 2025-12-31
            conversation: {type: CARE_BALANCE}
            employee: {weeklyHours: 32, employedSince: 2019-04-01}
            employer: {size: 240, cao: voorbeeld-cao}
          expect:
            error: employer.cao
        """);
    Map<String, byte[]> tables =
        withTable(
            addRow(
                binaryFiles.get(TABLE),
                List.of(
                    "voorbeeld-cao", "SHORT_TERM_CARE_LEAVE", "2026-01-01", "", "2.5", "", "", "90", "12",
                    "PARTNER|CHILD|PARENT", "", "Voorbeeld-cao 2026, art. 7.3", "example: the README's worked example",
                    "UNCONFIRMED", "An example row, not a real CAO")));

    RuleSetCheck check = RuleSetCheck.of("with a CAO row added", withScenario, tables);

    assertThat(check.problems()).isEmpty();
    assertThat(check.ok()).isTrue();
    assertThat(check.ruleSet().caos().codesOn(LocalDate.of(2026, 11, 23))).contains("voorbeeld-cao");
  }

  @Test
  void aChangedFigureFromADateIsTheOldRowEndedAndANewRow() throws IOException {
    byte[] table = binaryFiles.get(TABLE);
    table = setCell(table, "sociaal-werk", "Valid until", "2026-12-31");
    table = addRow(
        table,
        List.of(
            "sociaal-werk", "SHORT_TERM_CARE_LEAVE", "2027-01-01", "", "1.6", "", "", "100", "12",
            "PARTNER|CHILD|PARENT|HOUSEMATE|OTHER_FAMILY|SOCIAL", "", "Cao Sociaal Werk 2027, art. 5.11",
            "example: the README's worked example", "UNCONFIRMED", "An example of a new period"));
    Map<String, String> withScenario = new HashMap<>(files);
    withScenario.put(
        "scenarios/zz-sociaal-werk-2027.yaml",
        """
        - name: From 1 January 2027 the Cao Sociaal Werk of the example gives 1.6 times the weekly hours
          situation:
            referenceDate: 2027-01-01
            conversation: {type: CARE_BALANCE}
            employee: {weeklyHours: 32, employedSince: 2019-04-01}
            employer: {size: 240, cao: sociaal-werk}
            caregiving:
              - {relation: PARENT, hoursPerWeek: 6, since: 2026-01-01, situation: SERIOUS_ILLNESS}
          expect:
            entitlements:
              SHORT_TERM_CARE_LEAVE: {maxHours: 51.2, payPercent: 100, source: CAO, legalBasis: "Cao Sociaal Werk 2027, art. 5.11"}

        - name: On 31 December 2026 the Cao Sociaal Werk of the example still gives 1.4 times the weekly hours
          situation:
            referenceDate: 2026-12-31
            conversation: {type: CARE_BALANCE}
            employee: {weeklyHours: 32, employedSince: 2019-04-01}
            employer: {size: 240, cao: sociaal-werk}
            caregiving:
              - {relation: PARENT, hoursPerWeek: 6, since: 2026-01-01, situation: SERIOUS_ILLNESS}
          expect:
            entitlements:
              SHORT_TERM_CARE_LEAVE: {maxHours: 44.8, source: CAO, legalBasis: "Cao Sociaal Werk 2023-2025, art. 5.11"}
        """);

    RuleSetCheck check = RuleSetCheck.of("with a CAO row changed", withScenario, withTable(table));

    assertThat(check.problems()).isEmpty();
  }

  @Test
  void aRowThatOverlapsTheOldOneIsRefusedAtItsCell() throws IOException {
    byte[] table =
        addRow(
            binaryFiles.get(TABLE),
            List.of(
                "sociaal-werk", "SHORT_TERM_CARE_LEAVE", "2027-01-01", "", "1.6", "", "", "100", "12",
                "PARENT", "", "Cao Sociaal Werk 2027, art. 5.11", "example", "UNCONFIRMED", ""));

    RuleSetCheck check = RuleSetCheck.of("with an overlapping row", files, withTable(table));

    assertThat(check.ok()).isFalse();
    assertThat(check.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .matches(TABLE.replace(".", "\\.") + ":CAO!A\\d+: sociaal-werk SHORT_TERM_CARE_LEAVE applies on some of the same days as the row at CAO!A\\d+; .*");
  }

  private static Map<String, byte[]> withTable(byte[] table) {
    Map<String, byte[]> tables = new HashMap<>(binaryFiles);
    tables.put(TABLE, table);
    return tables;
  }

  /** Adds a row below the last, with the cells' format, as a policy officer does. */
  private static byte[] addRow(byte[] workbook, List<String> cells) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      Row last = sheet.getRow(sheet.getLastRowNum());
      Row added = sheet.createRow(last.getRowNum() + 1);
      for (int c = 0; c < cells.size(); c++) {
        Cell cell = added.createCell(c);
        cell.setCellStyle(last.getCell(c).getCellStyle());
        if (!cells.get(c).isEmpty()) {
          cell.setCellValue(cells.get(c));
        }
      }
      return bytes(book);
    }
  }

  /** Sets a cell of the first row of a CAO, in the column with this title. */
  private static byte[] setCell(byte[] workbook, String cao, String title, String value) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      Row titles = null;
      for (Row row : sheet) {
        if (titles == null && row.getCell(0) != null && "CAO".equals(row.getCell(0).toString())) {
          titles = row;
        } else if (titles != null && row.getCell(0) != null && cao.equals(row.getCell(0).toString())) {
          for (Cell cell : titles) {
            if (title.equals(cell.toString())) {
              row.getCell(cell.getColumnIndex()).setCellValue(value);
              return bytes(book);
            }
          }
        }
      }
      throw new IllegalArgumentException("no row of " + cao + " with a column " + title);
    }
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
