package nl.gesprekswijzer.engine.cao;

import static nl.gesprekswijzer.engine.decisiontable.CaoWorkbooks.column;
import static nl.gesprekswijzer.engine.decisiontable.CaoWorkbooks.row;
import static nl.gesprekswijzer.engine.decisiontable.CaoWorkbooks.sociaalWerk;
import static nl.gesprekswijzer.engine.decisiontable.CaoWorkbooks.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.decisiontable.CaoWorkbooks;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.decisiontable.DecisionTableException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CaoTableTests {

  private static final String FILE = "rules/cao/t.xlsx";
  private static final int ROW = CaoWorkbooks.firstRow();

  private final List<String> problems = new ArrayList<>();

  @Test
  void readsARowWithEveryFigure() throws Exception {
    CaoTable table = read(CaoWorkbooks.of(sociaalWerk()));

    assertThat(problems).isEmpty();
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2026, 11, 23)))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.entitlement()).isEqualTo("SHORT_TERM_CARE_LEAVE");
          assertThat(p.legalBasis()).isEqualTo("Cao Sociaal Werk, art. 5.11");
          assertThat(p.payPercent()).isEqualTo(100);
          assertThat(p.periodMonths()).isEqualTo(12);
          assertThat(p.relations()).containsExactlyInAnyOrder(Relation.PARTNER, Relation.CHILD);
          assertThat(p.maxHours(new BigDecimal("32"))).isEqualByComparingTo("44.8");
          assertThat(p.covers(Relation.CHILD, CareSituation.SERIOUS_ILLNESS)).isTrue();
          assertThat(p.covers(Relation.CHILD, CareSituation.STABLE)).isFalse();
          assertThat(p.covers(Relation.PARENT, CareSituation.SERIOUS_ILLNESS)).isFalse();
        });
  }

  @Test
  void readsNumbersTypedAsNumbersAsDroolsDoes() throws Exception {
    byte[] typed = CaoWorkbooks.of(sociaalWerk());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(typed))) {
      Sheet sheet = workbook.getSheetAt(0);
      CellStyle general = workbook.createCellStyle();
      var factor = sheet.getRow(ROW - 1).getCell(CaoWorkbooks.TITLES.indexOf("Weekly hours factor"));
      factor.setCellStyle(general);
      factor.setCellValue(1.4);
      var pay = sheet.getRow(ROW - 1).getCell(CaoWorkbooks.TITLES.indexOf("Pay %"));
      pay.setCellStyle(general);
      pay.setCellValue(100);
      typed = bytes(workbook);
    }

    CaoTable table = read(typed);

    assertThat(problems).isEmpty();
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2026, 1, 1)).get(0).weeklyHoursFactor())
        .isEqualByComparingTo("1.4");
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2026, 1, 1)).get(0).payPercent()).isEqualTo(100);
  }

  @Test
  void reportsADateCellAtItsCell() throws Exception {
    byte[] dated = CaoWorkbooks.of(sociaalWerk());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(dated))) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      var from = workbook.getSheetAt(0).getRow(ROW - 1).getCell(CaoWorkbooks.TITLES.indexOf("Valid from"));
      from.setCellStyle(date);
      from.setCellValue(LocalDate.of(2023, 7, 1));
      dated = bytes(workbook);
    }

    read(dated);

    assertThat(problems)
        .containsExactly(
            FILE + " cell CAO!" + column("Valid from") + ROW
                + ": Valid from is a date cell; write the date as text like 2026-01-01 (format the cell as Text, or start it with ')");
  }

  @Test
  void reportsEveryWrongCellAtItsCell() throws Exception {
    List<String> wrong = sociaalWerk();
    wrong = with(wrong, "Valid from", "1-7-2023");
    wrong = with(wrong, "Valid until", "2023-13-01");
    wrong = with(wrong, "Weekly hours factor", "1,4");
    wrong = with(wrong, "Pay %", "110");
    wrong = with(wrong, "Period in months", "twelve");
    wrong = with(wrong, "Relations", "PARTNER|NEIGHBOUR");

    read(CaoWorkbooks.of(wrong));

    assertThat(problems)
        .containsExactly(
            at("Valid from", "Valid from '1-7-2023' is not a date written as text like 2026-01-01"),
            at("Valid until", "Valid until '2023-13-01' is not a date written as text like 2026-01-01"),
            at("Weekly hours factor", "Weekly hours factor '1,4' is not a number above 0 (write decimals with a point: 1.4)"),
            at("Pay %", "Pay % '110' is not a whole number from 0 to 100"),
            at("Period in months", "Period in months 'twelve' is not a whole number"),
            at("Relations", "Relations 'NEIGHBOUR' is not a Relation; use PARTNER|CHILD|PARENT|HOUSEMATE|OTHER_FAMILY|SOCIAL"));
  }

  @Test
  void reportsCodesIdsAndRequiredCells() throws Exception {
    List<String> wrong = with(sociaalWerk(), "CAO", "Sociaal Werk");
    wrong = with(wrong, "Entitlement", "PALLIATIVE_LEAVE");
    wrong = with(wrong, "Legal basis", "");
    wrong = with(wrong, "Status", "SURE");

    read(CaoWorkbooks.of(wrong));

    assertThat(problems)
        .contains(
            at("CAO", "CAO 'Sociaal Werk' is not a code in lower-case kebab-case, like sociaal-werk"),
            at("Legal basis", "Legal basis is required"),
            at("Status", "Status 'SURE' is not one of [CONFIRMED, UNCONFIRMED, DERIVED]"))
        .anySatisfy(p -> assertThat(p).startsWith(at("Entitlement", "Entitlement 'PALLIATIVE_LEAVE' is neither")));
  }

  @Test
  void reportsHoursGivenBothWaysOrNotAtAll() throws Exception {
    read(
        CaoWorkbooks.of(
            with(sociaalWerk(), "Hours a year, full time", "57"),
            with(with(sociaalWerk(), "CAO", "banken"), "Weekly hours factor", ""),
            with(with(with(sociaalWerk(), "CAO", "zorg"), "Weekly hours factor", ""), "Hours a year, full time", "57")));

    assertThat(problems)
        .containsExactly(
            at("Weekly hours factor", ROW,
                "Weekly hours factor give either the weekly hours factor or the hours a year with the full-time hours a week, not both"),
            at("Weekly hours factor", ROW + 1,
                "Weekly hours factor give the hours: a weekly hours factor, or the hours a year with the full-time hours a week"),
            at("Full-time hours a week", ROW + 2,
                "Full-time hours a week the hours a year and the full-time hours a week go together"));
  }

  @Test
  void reportsOverlappingPeriodsAndAcceptsConsecutiveOnes() throws Exception {
    read(CaoWorkbooks.of(sociaalWerk(), with(sociaalWerk(), "Valid from", "2024-01-01")));

    assertThat(problems)
        .containsExactly(
            FILE + " cell CAO!A" + (ROW + 1) + ": sociaal-werk SHORT_TERM_CARE_LEAVE applies on some of the same days "
                + "as the row at CAO!A" + ROW + "; end the earlier row (Valid until) the day before the later one starts");

    problems.clear();
    CaoTable table =
        read(
            CaoWorkbooks.of(
                with(sociaalWerk(), "Valid until", "2024-12-31"),
                with(with(sociaalWerk(), "Valid from", "2025-01-01"), "Weekly hours factor", "1.6")));

    assertThat(problems).isEmpty();
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2024, 12, 31)).get(0).weeklyHoursFactor())
        .isEqualByComparingTo("1.4");
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2025, 1, 1)).get(0).weeklyHoursFactor())
        .isEqualByComparingTo("1.6");
    assertThat(table.codesOn(LocalDate.of(2023, 6, 30))).isEmpty();
    assertThat(table.codesOn(LocalDate.of(2023, 7, 1))).containsExactly("sociaal-werk");
  }

  @Test
  void reportsEntitlementsWithoutTheirTextsAtTheirRow() throws Exception {
    CaoTable table =
        read(
            CaoWorkbooks.of(
                sociaalWerk(),
                row("x", "CAO_EXTRA", "2023-01-01", "", "1", "", "", "100", "", "", "", "X art. 1", "s", "CONFIRMED", "")));
    Set<String> texts =
        Set.of("entitlement.SHORT_TERM_CARE_LEAVE.title", "entitlement.SHORT_TERM_CARE_LEAVE.conditions",
            "entitlement.CAO_EXTRA.title");

    table.checkTexts(texts::contains, problems);

    assertThat(problems)
        .containsExactly(
            FILE + " cell CAO!A" + ROW + ": entitlement SHORT_TERM_CARE_LEAVE has no text "
                + "entitlement.SHORT_TERM_CARE_LEAVE.cao.conditions in texts/",
            FILE + " cell CAO!A" + (ROW + 1) + ": entitlement CAO_EXTRA has no text entitlement.CAO_EXTRA.conditions in texts/");
  }

  @Test
  void reportsAMissingColumnAtTheTable() throws Exception {
    byte[] workbook = CaoWorkbooks.of(sociaalWerk());
    try (XSSFWorkbook edited = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
      edited.getSheetAt(0).getRow(ROW - 2).getCell(CaoWorkbooks.TITLES.indexOf("Status")).setCellValue("State");
      workbook = bytes(edited);
    }
    DecisionTable table = DecisionTable.read(workbook).get(0);

    read(workbook);

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(FILE + " cell " + table.nameCell().ref() + ": table CAO entitlements has no column 'Status'");
  }

  @Test
  void reportsTheFormerCsvTable() {
    CaoTable.read(Map.of("cao/entitlements.csv", "cao,entitlement\n"), Map.of(), problems);

    assertThat(problems)
        .containsExactly(
            "cao/entitlements.csv: the CAO table is a spreadsheet now, rules/cao/cao-entitlements.xlsx; "
                + "move these rows there and delete this file");
  }

  private static String at(String title, String message) {
    return at(title, ROW, message);
  }

  private static String at(String title, int row, String message) {
    return FILE + " cell CAO!" + column(title) + row + ": " + message;
  }

  private CaoTable read(byte[] workbook) throws DecisionTableException {
    return CaoTable.read(Map.of(), Map.of(FILE, DecisionTable.read(workbook)), problems);
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
