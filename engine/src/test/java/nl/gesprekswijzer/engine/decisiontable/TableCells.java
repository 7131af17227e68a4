package nl.gesprekswijzer.engine.decisiontable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Changes one cell of a decision table saved as a file, as a policy officer would in a spreadsheet
 * program, which saves the whole file at once.
 */
public final class TableCells {

  private TableCells() {}

  /**
   * Writes {@code value} into the first row of the column titled {@code title} (the row of titles
   * starts with {@code firstTitle}) and returns where, as a check names it: {@code Sheet!H12}.
   */
  public static String setInFirstRow(Path table, String firstTitle, String title, String value) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(table)))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row titles = titles(sheet, firstTitle);
      int column = 0;
      while (titles.getCell(column) == null || !title.equals(titles.getCell(column).toString())) {
        if (++column > titles.getLastCellNum()) {
          throw new IllegalArgumentException("no column titled " + title + " in " + table);
        }
      }
      Cell cell = sheet.getRow(titles.getRowNum() + 1).getCell(column);
      cell.setCellValue(value);
      // Saved whole in one step, as spreadsheet programs do: a folder watcher never reads half a file.
      Path saved = Files.createTempFile("table", ".xlsx");
      try (OutputStream out = Files.newOutputStream(saved)) {
        workbook.write(out);
      }
      Files.move(saved, table, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Row titles(Sheet sheet, String firstTitle) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && firstTitle.equals(row.getCell(0).toString())) {
        return row;
      }
    }
    throw new IllegalArgumentException("no row of titles starting with " + firstTitle);
  }
}
