package nl.gesprekswijzer.engine.decisiontable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CAO tables for tests, in the layout of the default rule set's, with a row a test can change. */
public final class CaoWorkbooks {

  /** The columns' titles, in order; a row's cells follow them. */
  public static final List<String> TITLES =
      DefaultTables.cao().columns().stream().map(TableWorkbook.Column::title).toList();

  private CaoWorkbooks() {}

  /** A valid row: Sociaal Werk's short-term care leave. */
  public static List<String> sociaalWerk() {
    return row(
        "sociaal-werk", "SHORT_TERM_CARE_LEAVE", "2023-07-01", "", "1.4", "", "", "100", "12", "PARTNER|CHILD",
        "SERIOUS_ILLNESS", "Cao Sociaal Werk, art. 5.11", "sociaalwerk-werkt.nl", "CONFIRMED",
        "a note, with a comma and \"quotes\" (and brackets)");
  }

  public static List<String> row(String... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /** The row with one cell, named by its column's title, changed. */
  public static List<String> with(List<String> row, String title, String value) {
    List<String> changed = new ArrayList<>(row);
    changed.set(TITLES.indexOf(title), value);
    return changed;
  }

  @SafeVarargs
  public static byte[] of(List<String>... rows) {
    return DefaultTables.cao().write(List.of(rows));
  }

  /** The letter of a column by its title, as a cell names it. */
  public static String column(String title) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(TITLES.indexOf(title));
  }

  /** The spreadsheet row of a table's first rule, below the layout's header. */
  public static int firstRow() {
    try {
      return DecisionTable.read(of(sociaalWerk())).get(0).rows().get(0).number();
    } catch (DecisionTableException e) {
      throw new IllegalStateException(e);
    }
  }
}
