package nl.gesprekswijzer.engine.decisiontable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.template.parser.DataListener;
import org.drools.template.parser.DecisionTableParseException;
import org.jspecify.annotations.Nullable;

/**
 * One RuleTable of a spreadsheet in Drools' decision-table layout, read cell by cell as Drools reads
 * it (its own parser supplies the text of each cell). Drools compiles only the first sheet of a
 * workbook; the tables are read from there too, and further sheets are free for notes.
 *
 * <p>The layout: a cell {@code RuleTable <name>}, then one row each for the kind of every column
 * ({@code NAME}, {@code CONDITION}, {@code ACTION}, {@code METADATA}), the pattern it matches, the
 * code each of its cells fills in at {@code $param}, and the title people read; every further row
 * up to the first empty one is a rule.
 */
public final class DecisionTable {

  /**
   * A cell and its text as Drools reads it.
   *
   * @param ref the cell as a spreadsheet names it, with its sheet: {@code CAO!C12}
   * @param row the row as a spreadsheet numbers it, from 1
   * @param column the column, from 0 ({@code A})
   */
  public record Cell(String ref, int row, int column, String text) {

    /**
     * Whether the cell holds a real date rather than text: Drools turns those into {@code
     * "1-Jul-2023"}, which no rule here reads. Tables write dates as text, {@code 2023-07-01}.
     */
    public boolean isDate() {
      return DATE_CELL.matcher(text).matches();
    }
  }

  /**
   * A column of the table.
   *
   * @param kind {@code NAME}, {@code CONDITION}, {@code ACTION}, {@code METADATA}, ... in capitals
   * @param pattern the fact the column's conditions match, such as {@code $s : Situation}; empty
   *     when the code stands alone
   * @param code what each cell of the column writes into its rule, {@code $param} standing for the
   *     cell's text
   * @param title the column's title, as people read it
   */
  public record Column(int index, String kind, String pattern, String code, String title) {

    /** The code a cell of this column writes into its rule. */
    public String snippet(String text) {
      return code.replace("$param", text);
    }

    /** The column's letter, {@code C}. */
    public String letter() {
      return CellReference.convertNumToColString(index);
    }
  }

  /** A row of the table: one rule, with the name Drools gives it and its non-empty cells. */
  public record Row(int number, String ruleName, Map<Integer, Cell> cells) {

    public Row {
      cells = Map.copyOf(cells);
    }

    public Optional<Cell> cell(int column) {
      return Optional.ofNullable(cells.get(column));
    }
  }

  private static final Pattern DATE_CELL = Pattern.compile("\"\\d{1,2}-[A-Za-z]{3}-\\d{4}\"");
  private static final Pattern DROOLS_CELL = Pattern.compile("\\bcells? ([A-Z]{1,3}[0-9]+)\\b");
  private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at ([A-Z]{1,3})([0-9]+),");
  private static final String RULE_TABLE = "ruletable";

  private final String sheet;
  private final @Nullable Cell ruleSet;
  private final String name;
  private final Cell nameCell;
  private final List<Column> columns;
  private final List<Row> rows;

  private DecisionTable(
      String sheet, @Nullable Cell ruleSet, String name, Cell nameCell, List<Column> columns, List<Row> rows) {
    this.sheet = sheet;
    this.ruleSet = ruleSet;
    this.name = name;
    this.nameCell = nameCell;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /**
   * The sheet the table is on, as a cell names it: {@code CAO}, or in quotes when the name has a
   * space, {@code 'CAO rows'}.
   */
  public String sheet() {
    return sheet;
  }

  /**
   * The cell beside {@code RuleSet} above the tables: the package of their rules. {@code null} when
   * the sheet has none.
   */
  public @Nullable Cell ruleSet() {
    return ruleSet;
  }

  /** The table's name, after {@code RuleTable}. */
  public String name() {
    return name;
  }

  /** The cell that starts the table, {@code RuleTable <name>}. */
  public Cell nameCell() {
    return nameCell;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The column with this title, ignoring case and spaces around it. */
  public Optional<Column> column(String title) {
    return columns.stream().filter(c -> c.title().strip().equalsIgnoreCase(title.strip())).findFirst();
  }

  /** Every RuleTable on the first sheet of a workbook, in the order they stand. */
  public static List<DecisionTable> read(byte[] workbook) throws DecisionTableException {
    Cells cells = cells(workbook);
    List<DecisionTable> tables = new ArrayList<>();
    cells.values.forEach(
        (row, byColumn) ->
            byColumn.forEach(
                (column, text) -> {
                  if (text.strip().toLowerCase(Locale.ROOT).startsWith(RULE_TABLE)) {
                    tables.add(table(cells, row, column));
                  }
                }));
    if (tables.isEmpty()) {
      throw new DecisionTableException(
          null, "no cell starting with RuleTable on sheet " + cells.sheet + "; a decision table starts there");
    }
    return tables;
  }

  /**
   * The rules Drools generates from a workbook, as DRL: only to place Drools' own problems at the
   * cell they come from; never shown to policy staff.
   */
  public static String drl(byte[] workbook) throws DecisionTableException {
    String sheet = cells(workbook).sheet;
    try {
      return new SpreadsheetCompiler().compile(new ByteArrayInputStream(workbook), InputType.XLS);
    } catch (DecisionTableParseException e) {
      throw droolsProblem(sheet, e);
    }
  }

  /**
   * Where a problem Drools reports in a workbook comes from.
   *
   * @param ref the cell, {@code Sheet!C12}
   * @param title the title of the cell's column, when the problem is with a cell of a row
   * @param text the cell's text, when the problem is with a cell of a row
   */
  public record Place(String ref, @Nullable String title, @Nullable String text) {}

  /**
   * The cell a problem Drools reports for a workbook comes from: the cell it names, else the cell
   * whose code appears in the message, preferring the rule at the line of the generated rules that
   * Drools names.
   *
   * @param drl the workbook's generated rules ({@link #drl})
   * @param line the line of those rules Drools names; 0 or less when none
   * @return the cell; {@code null} when nothing points at one
   */
  public static @Nullable Place locate(List<DecisionTable> tables, String drl, int line, String message) {
    if (tables.isEmpty()) {
      return null;
    }
    String sheet = tables.get(0).sheet;
    Matcher named = DROOLS_CELL.matcher(message);
    if (named.find()) {
      return new Place(sheet + "!" + named.group(1), null, null);
    }
    int row = line > 0 ? ruleRowAt(drl, line) : 0;
    Place best = null;
    int bestScore = 0;
    for (DecisionTable table : tables) {
      for (Row candidate : table.rows) {
        if (row > 0 && candidate.number != row) {
          continue;
        }
        for (Cell cell : candidate.cells.values()) {
          Column column = table.columnAt(cell.column);
          int score = score(message, cell, column);
          if (score > bestScore) {
            best = new Place(cell.ref, column == null ? null : column.title, cell.text.strip());
            bestScore = score;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    if (row > 0) {
      for (DecisionTable table : tables) {
        for (Row candidate : table.rows) {
          if (candidate.number == row) {
            String ref =
                candidate.cells.values().stream().min(Comparator.comparingInt(Cell::column)).map(Cell::ref)
                    .orElse(table.nameCell.ref);
            return new Place(ref, null, null);
          }
        }
      }
    }
    return null;
  }

  /** A row whose rule Drools cannot read, at the cell most likely to blame. */
  public record RowProblem(Place place, String message) {}

  /**
   * The rows whose generated rules Drools cannot even parse, each at its cell: a cell that ends a
   * string or a bracket early. A table with one must stay out of the build, because Drools then
   * loses its way in the other rule files too and blames them.
   *
   * @param drl the workbook's generated rules ({@link #drl})
   */
  public static List<RowProblem> parseProblems(List<DecisionTable> tables, String drl) {
    if (tables.isEmpty() || parseErrors(drl).isEmpty()) {
      return List.of();
    }
    String[] lines = drl.split("\\R", -1);
    StringBuilder header = new StringBuilder();
    Map<Integer, StringBuilder> blocks = new LinkedHashMap<>();
    StringBuilder current = header;
    for (String line : lines) {
      Matcher values = RULE_VALUES.matcher(line.strip());
      if (values.find()) {
        current = blocks.computeIfAbsent(Integer.parseInt(values.group(2)), row -> new StringBuilder());
      }
      current.append(line).append('\n');
    }
    List<RowProblem> problems = new ArrayList<>();
    blocks.forEach(
        (number, block) -> {
          List<String> errors = parseErrors(header + block.toString());
          if (!errors.isEmpty()) {
            problems.add(new RowProblem(suspect(tables, number), errors.get(0)));
          }
        });
    if (problems.isEmpty()) {
      DecisionTable first = tables.get(0);
      Cell at = first.ruleSet != null ? first.ruleSet : first.nameCell;
      problems.add(new RowProblem(new Place(at.ref, null, null), parseErrors(drl).get(0)));
    }
    return problems;
  }

  private static List<String> parseErrors(String drl) {
    DrlParser parser = new DrlParser();
    try {
      parser.parse(false, drl);
    } catch (DroolsParserException e) {
      return List.of(e.getMessage());
    }
    // Drools numbers the lines of rules it generated; they mean nothing in a spreadsheet.
    return parser.getErrors().stream()
        .map(error -> error.getMessage().replaceAll("\\s*\\[?\\b[Ll]ine:? \\d+(:\\d+)?\\]?", "").strip())
        .toList();
  }

  /**
   * The cell of a row to blame for a rule Drools cannot parse: one with a backslash, or with more
   * opening than closing brackets or the other way round; else the row's first cell.
   */
  private static Place suspect(List<DecisionTable> tables, int number) {
    for (DecisionTable table : tables) {
      for (Row row : table.rows) {
        if (row.number != number) {
          continue;
        }
        List<Cell> cells = new ArrayList<>(row.cells.values());
        cells.sort(Comparator.comparingInt(Cell::column));
        for (Cell cell : cells) {
          if (cell.text.contains("\\") || !balanced(cell.text)) {
            Column column = table.columnAt(cell.column);
            return new Place(cell.ref, column == null ? null : column.title, cell.text.strip());
          }
        }
        return new Place(cells.isEmpty() ? table.nameCell.ref : cells.get(0).ref, null, null);
      }
    }
    return new Place(tables.get(0).nameCell.ref, null, null);
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  private @Nullable Column columnAt(int index) {
    return columns.stream().filter(c -> c.index == index).findFirst().orElse(null);
  }

  /** How surely the message is about this cell: the length of its code or text found in it. */
  private static int score(String message, Cell cell, @Nullable Column column) {
    String text = cell.text.strip();
    if (column != null) {
      String snippet = column.snippet(text).strip();
      if (snippet.length() > 2 && message.contains(snippet)) {
        return 2 * snippet.length();
      }
    }
    if (text.length() > 1 && Pattern.compile("(?<![\\w$])" + Pattern.quote(text) + "(?![\\w])").matcher(message).find()) {
      return text.length();
    }
    return 0;
  }

  /**
   * The spreadsheet row of the rule at a line of generated rules: the last {@code // rule values
   * at A12} comment Drools writes above each rule, at or before the line. 0 when there is none.
   */
  private static int ruleRowAt(String drl, int line) {
    String[] lines = drl.split("\\R", -1);
    int row = 0;
    for (int i = 0; i < Math.min(line, lines.length); i++) {
      Matcher values = RULE_VALUES.matcher(lines[i].strip());
      if (values.find()) {
        row = Integer.parseInt(values.group(2));
      }
    }
    return row;
  }

  static DecisionTableException droolsProblem(String sheet, RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
    Matcher named = DROOLS_CELL.matcher(message);
    return new DecisionTableException(named.find() ? sheet + "!" + named.group(1) : null, message);
  }

  private static DecisionTable table(Cells cells, int row, int column) {
    String name = cells.text(row, column).strip().substring(RULE_TABLE.length()).strip();
    Cell nameCell = cells.cell(row, column);
    List<Column> columns = new ArrayList<>();
    cells.values
        .getOrDefault(row + 1, new TreeMap<>())
        .forEach(
            (index, kind) -> {
              if (index >= column && !kind.isBlank()) {
                Integer mergedStart = cells.mergedStart.get(List.of(row + 2, index));
                String pattern = cells.text(row + 2, mergedStart == null ? index : mergedStart).strip();
                columns.add(
                    new Column(
                        index,
                        kind.strip().toUpperCase(Locale.ROOT),
                        pattern,
                        cells.text(row + 3, index).strip(),
                        cells.text(row + 4, index).strip()));
              }
            });
    Column nameColumn = columns.stream().filter(c -> c.kind.equals("NAME")).findFirst().orElse(null);
    List<Row> rows = new ArrayList<>();
    for (int r = row + 5; ; r++) {
      Map<Integer, Cell> rowCells = new LinkedHashMap<>();
      for (Column c : columns) {
        String text = cells.text(r, c.index);
        if (!text.isBlank()) {
          rowCells.put(c.index, cells.cell(r, c.index));
        }
      }
      if (rowCells.isEmpty()) {
        break;
      }
      String ruleName =
          nameColumn != null && rowCells.containsKey(nameColumn.index)
              ? rowCells.get(nameColumn.index).text.strip()
              : name + "_" + (r + 1);
      rows.add(new Row(r + 1, ruleName, rowCells));
    }
    return new DecisionTable(cells.sheet, cells.ruleSet(), name, nameCell, columns, rows);
  }

  /** Every non-empty cell of the first sheet, with the text Drools' parser gives it. */
  private static Cells cells(byte[] bytes) throws DecisionTableException {
    Workbook workbook;
    try {
      workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new DecisionTableException(null, "cannot be read as a spreadsheet (.xlsx): " + e.getMessage());
    }
    if (workbook.getNumberOfSheets() == 0) {
      throw new DecisionTableException(null, "has no sheet");
    }
    Cells cells = new Cells(referenceName(workbook.getSheetName(0)));
    try {
      new ExcelParser(cells).parseWorkbook(workbook);
    } catch (RuntimeException e) {
      throw new DecisionTableException(null, "cannot be read as a spreadsheet (.xlsx): " + e.getMessage());
    }
    return cells;
  }

  /** A sheet's name as a cell reference writes it: quoted when it holds a space or a mark. */
  private static String referenceName(String sheet) {
    return sheet.matches("[^\\s'!:]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  /** Receives the cells from Drools' parser. */
  private static final class Cells implements DataListener {
    final String sheet;
    final Map<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
    final Map<List<Integer>, Integer> mergedStart = new HashMap<>();

    Cells(String sheet) {
      this.sheet = sheet;
    }

    String text(int row, int column) {
      return values.getOrDefault(row, new TreeMap<>()).getOrDefault(column, "");
    }

    /** The cell right of the first cell reading {@code RuleSet}. */
    @Nullable Cell ruleSet() {
      for (Map.Entry<Integer, TreeMap<Integer, String>> row : values.entrySet()) {
        for (Map.Entry<Integer, String> cell : row.getValue().entrySet()) {
          if (cell.getValue().strip().equalsIgnoreCase("RuleSet")) {
            Map.Entry<Integer, String> value = row.getValue().higherEntry(cell.getKey());
            return value == null ? null : cell(row.getKey(), value.getKey());
          }
        }
      }
      return null;
    }

    Cell cell(int row, int column) {
      return new Cell(
          sheet + "!" + CellReference.convertNumToColString(column) + (row + 1), row + 1, column, text(row, column));
    }

    @Override
    public void startSheet(String name) {}

    @Override
    public void finishSheet() {}

    @Override
    public void newRow(int rowNumber, int columns) {}

    @Override
    public void newCell(int row, int column, String value, int mergedColStart) {
      if (value != null && !value.isBlank()) {
        values.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
      }
      if (mergedColStart != DataListener.NON_MERGED) {
        mergedStart.put(List.of(row, column), mergedColStart);
      }
    }
  }
}
