package nl.gesprekswijzer.engine.decisiontable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a decision table in the layout of the rule set's tables: a title, what the table is for and
 * what each column means, the RuleSet with its imports and globals, then the table with its three
 * technical rows hidden, column titles in bold and every data cell formatted as text (so that a
 * spreadsheet program keeps {@code 2026-01-01} a text and {@code 1.4} as typed). Used to make the
 * committed tables ({@link DefaultTables}) and, in tests, tables with a fault in one cell.
 */
public final class TableWorkbook {

  /**
   * A column of the table.
   *
   * @param kind {@code NAME}, {@code CONDITION}, {@code ACTION} or {@code METADATA}
   * @param pattern the fact the condition matches; empty when the code stands alone
   * @param code what each cell writes into its rule, at {@code $param}
   * @param title the column's title
   * @param width the column's width in characters
   * @param help what goes in the column, for the lines above the table
   */
  public record Column(String kind, String pattern, String code, String title, int width, String help) {}

  private final String sheetName;
  private final String title;
  private final List<String> about;
  private final String ruleSet;
  private final String imports;
  private final String variables;
  private final String tableName;
  private final List<Column> columns;

  public TableWorkbook(
      String sheetName,
      String title,
      List<String> about,
      String ruleSet,
      String imports,
      String variables,
      String tableName,
      List<Column> columns) {
    this.sheetName = sheetName;
    this.title = title;
    this.about = List.copyOf(about);
    this.ruleSet = ruleSet;
    this.imports = imports;
    this.variables = variables;
    this.tableName = tableName;
    this.columns = List.copyOf(columns);
  }

  public List<Column> columns() {
    return columns;
  }

  /** The workbook with these rows, each a list of cells in column order ({@code ""} for empty). */
  public byte[] write(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle bold = style(workbook, true, false);
      CellStyle header = style(workbook, true, true);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      text.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.cloneStyleFrom(text);
      wrapped.setWrapText(true);

      int r = 0;
      set(sheet, r++, 0, title, style(workbook, true, false, 14));
      for (String line : about) {
        set(sheet, r++, 0, line, null);
      }
      r++;
      set(sheet, r++, 0, "Columns:", bold);
      for (Column column : columns) {
        set(sheet, r++, 0, column.title() + ": " + column.help(), null);
      }
      r++;
      set(sheet, r, 0, "RuleSet", bold);
      set(sheet, r++, 1, ruleSet, null);
      set(sheet, r, 0, "Import", bold);
      set(sheet, r++, 1, imports, null);
      if (!variables.isEmpty()) {
        set(sheet, r, 0, "Variables", bold);
        set(sheet, r++, 1, variables, null);
      }
      r++;
      set(sheet, r++, 0, "RuleTable " + tableName, bold);
      for (int technical = 0; technical < 3; technical++) {
        Row row = sheet.createRow(r);
        row.setZeroHeight(true);
        for (int c = 0; c < columns.size(); c++) {
          Column column = columns.get(c);
          String value = technical == 0 ? column.kind() : technical == 1 ? column.pattern() : column.code();
          if (!value.isEmpty()) {
            row.createCell(c).setCellValue(value);
          }
        }
        r++;
      }
      for (int c = 0; c < columns.size(); c++) {
        set(sheet, r, c, columns.get(c).title(), header);
      }
      sheet.createFreezePane(0, r + 1);
      r++;
      for (List<String> values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
          Cell cell = row.createCell(c);
          cell.setCellStyle(columns.get(c).width() > 30 ? wrapped : text);
          String value = c < values.size() ? values.get(c) : "";
          if (!value.isEmpty()) {
            cell.setCellValue(value);
          }
        }
      }
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(c, columns.get(c).width() * 256);
        sheet.setDefaultColumnStyle(c, columns.get(c).width() > 30 ? wrapped : text);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void set(Sheet sheet, int row, int column, String value, CellStyle style) {
    Row cells = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    Cell cell = cells.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean filled) {
    return style(workbook, bold, filled, 11);
  }

  private static CellStyle style(XSSFWorkbook workbook, boolean bold, boolean filled, int points) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(bold);
    font.setFontHeightInPoints((short) points);
    style.setFont(font);
    if (filled) {
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      style.setBorderBottom(BorderStyle.THIN);
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
    }
    return style;
  }
}
