package nl.gesprekswijzer.engine.cao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of the CAO decision tables, checking every cell. Columns are found by their title,
 * so policy staff may order them as they like; a problem names the cell, the way a spreadsheet
 * shows it ({@code CAO!E12}).
 */
final class CaoTableReader {

  static final String CAO = "CAO";
  static final String ENTITLEMENT = "Entitlement";
  static final String VALID_FROM = "Valid from";
  static final String VALID_UNTIL = "Valid until";
  static final String WEEKLY_HOURS_FACTOR = "Weekly hours factor";
  static final String HOURS_PER_YEAR = "Hours a year, full time";
  static final String FULL_TIME_HOURS = "Full-time hours a week";
  static final String PAY_PERCENT = "Pay %";
  static final String PERIOD_MONTHS = "Period in months";
  static final String RELATIONS = "Relations";
  static final String SITUATIONS = "Situations";
  static final String LEGAL_BASIS = "Legal basis";
  static final String SOURCE = "Source";
  static final String STATUS = "Status";
  static final String NOTE = "Note";

  static final List<String> COLUMNS =
      List.of(
          CAO, ENTITLEMENT, VALID_FROM, VALID_UNTIL, WEEKLY_HOURS_FACTOR, HOURS_PER_YEAR, FULL_TIME_HOURS,
          PAY_PERCENT, PERIOD_MONTHS, RELATIONS, SITUATIONS, LEGAL_BASIS, SOURCE, STATUS, NOTE);

  static final List<String> STATUSES = List.of("CONFIRMED", "UNCONFIRMED", "DERIVED");

  private static final Pattern CAO_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CAO_ONLY_ID = Pattern.compile("CAO_[A-Z0-9]+(_[A-Z0-9]+)*");

  private CaoTableReader() {}

  /** Whether an id is of the form an entitlement only a CAO has takes: {@code CAO_PALLIATIVE_LEAVE}. */
  static boolean isCaoOnlyId(String entitlement) {
    return CAO_ONLY_ID.matcher(entitlement).matches();
  }

  /**
   * @param tables the decision tables of each CAO table file, keyed by its path
   * @param problems receives one line per problem, {@code path cell Sheet!C12: message}
   */
  static List<CaoTable.Row> read(Map<String, List<DecisionTable>> tables, List<String> problems) {
    List<CaoTable.Row> rows = new ArrayList<>();
    tables.forEach(
        (path, inFile) -> inFile.forEach(table -> rows.addAll(readTable(path, table, problems))));
    checkOverlaps(rows, problems);
    return rows;
  }

  private static List<CaoTable.Row> readTable(String path, DecisionTable table, List<String> problems) {
    Map<String, DecisionTable.Column> columns = new LinkedHashMap<>();
    for (String title : COLUMNS) {
      table
          .column(title)
          .ifPresentOrElse(
              column -> columns.put(title, column),
              () ->
                  problems.add(
                      path + " cell " + table.nameCell().ref() + ": table " + table.name() + " has no column '" + title
                          + "'; the columns are " + COLUMNS));
    }
    if (columns.size() < COLUMNS.size()) {
      return List.of();
    }
    List<CaoTable.Row> rows = new ArrayList<>();
    for (DecisionTable.Row row : table.rows()) {
      CaoProvision provision = new Fields(path, table, row, columns, problems).provision();
      if (provision != null) {
        rows.add(new CaoTable.Row(path, firstCell(table, row), provision));
      }
    }
    return rows;
  }

  /** The row's first cell, to point at the row as a whole. */
  private static String firstCell(DecisionTable table, DecisionTable.Row row) {
    return table.sheet() + "!" + table.columns().get(0).letter() + row.number();
  }

  /** Two rows for one entitlement of one CAO must not both apply on any day. */
  private static void checkOverlaps(List<CaoTable.Row> rows, List<String> problems) {
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        CaoProvision a = rows.get(i).provision();
        CaoProvision b = rows.get(j).provision();
        if (a.cao().equals(b.cao()) && a.entitlement().equals(b.entitlement()) && overlap(a, b)) {
          problems.add(
              rows.get(j).file() + " cell " + rows.get(j).cell() + ": " + b.cao() + " " + b.entitlement()
                  + " applies on some of the same days as the row at " + rows.get(i).cell()
                  + "; end the earlier row (Valid until) the day before the later one starts");
        }
      }
    }
  }

  private static boolean overlap(CaoProvision a, CaoProvision b) {
    return (a.validUntil() == null || !a.validUntil().isBefore(b.validFrom()))
        && (b.validUntil() == null || !b.validUntil().isBefore(a.validFrom()));
  }

  /** The cells of one row, each read and checked, every problem reported. */
  private static final class Fields {
    private final String path;
    private final DecisionTable table;
    private final DecisionTable.Row row;
    private final Map<String, DecisionTable.Column> columns;
    private final List<String> problems;
    private final int before;

    Fields(
        String path,
        DecisionTable table,
        DecisionTable.Row row,
        Map<String, DecisionTable.Column> columns,
        List<String> problems) {
      this.path = path;
      this.table = table;
      this.row = row;
      this.columns = columns;
      this.problems = problems;
      this.before = problems.size();
    }

    @Nullable CaoProvision provision() {
      columns.keySet().forEach(this::checkNotADateCell);
      String cao = required(CAO);
      if (!cao.isEmpty() && !CAO_CODE.matcher(cao).matches()) {
        problem(CAO, "'" + cao + "' is not a code in lower-case kebab-case, like sociaal-werk");
      }
      String entitlement = required(ENTITLEMENT);
      if (!entitlement.isEmpty()
          && !CaoTable.REPLACEABLE.contains(entitlement)
          && !CAO_ONLY_ID.matcher(entitlement).matches()) {
        problem(
            ENTITLEMENT,
            "'" + entitlement + "' is neither a statutory entitlement a CAO can replace " + CaoTable.REPLACEABLE
                + " nor a CAO-only id in capitals starting with " + CaoProvision.CAO_ONLY_PREFIX);
      }
      required(VALID_FROM);
      LocalDate validFrom = read(VALID_FROM, CaoCells::date);
      LocalDate validUntil = read(VALID_UNTIL, CaoCells::date);
      if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
        problem(VALID_UNTIL, validUntil + " is before Valid from " + validFrom);
      }
      BigDecimal factor = read(WEEKLY_HOURS_FACTOR, CaoCells::number);
      BigDecimal perYear = read(HOURS_PER_YEAR, CaoCells::number);
      BigDecimal fullTime = read(FULL_TIME_HOURS, CaoCells::number);
      checkHourForms();
      required(PAY_PERCENT);
      Integer pay = whole(PAY_PERCENT, 0, 100);
      Integer months = whole(PERIOD_MONTHS, 1, 1200);
      Set<Relation> relations = read(RELATIONS, cell -> CaoCells.codes(cell, Relation.class));
      Set<CareSituation> situations = read(SITUATIONS, cell -> CaoCells.codes(cell, CareSituation.class));
      if (relations != null && relations.isEmpty() && situations != null && !situations.isEmpty()) {
        problem(SITUATIONS, "situations only apply to rows tied to care; name the relations too");
      }
      String legalBasis = required(LEGAL_BASIS);
      required(SOURCE);
      String status = required(STATUS);
      if (!status.isEmpty() && !STATUSES.contains(status)) {
        problem(STATUS, "'" + status + "' is not one of " + STATUSES);
      }
      if (problems.size() > before) {
        return null;
      }
      return new CaoProvision(
          cao, entitlement, validFrom, validUntil, factor, perYear, fullTime, pay, months, relations, situations,
          legalBasis);
    }

    /** Hours come as a multiple of the weekly hours or pro rata from full time: exactly one. */
    private void checkHourForms() {
      boolean anyProRata = !raw(HOURS_PER_YEAR).isEmpty() || !raw(FULL_TIME_HOURS).isEmpty();
      if (!raw(WEEKLY_HOURS_FACTOR).isEmpty() && anyProRata) {
        problem(
            WEEKLY_HOURS_FACTOR,
            "give either the weekly hours factor or the hours a year with the full-time hours a week, not both");
      } else if (raw(WEEKLY_HOURS_FACTOR).isEmpty() && !anyProRata) {
        problem(
            WEEKLY_HOURS_FACTOR,
            "give the hours: a weekly hours factor, or the hours a year with the full-time hours a week");
      } else if (anyProRata && (raw(HOURS_PER_YEAR).isEmpty() || raw(FULL_TIME_HOURS).isEmpty())) {
        problem(
            raw(HOURS_PER_YEAR).isEmpty() ? HOURS_PER_YEAR : FULL_TIME_HOURS,
            "the hours a year and the full-time hours a week go together");
      }
    }

    /** A real date cell reaches the rules as Drools' own text, which no rule reads. */
    private void checkNotADateCell(String title) {
      row.cell(columns.get(title).index())
          .filter(DecisionTable.Cell::isDate)
          .ifPresent(
              cell ->
                  problem(
                      title,
                      "is a date cell; write the date as text like 2026-01-01 (format the cell as Text, or start it with ')"));
    }

    private String raw(String title) {
      return row.cell(columns.get(title).index()).map(DecisionTable.Cell::text).orElse("").strip();
    }

    private String required(String title) {
      String value = raw(title);
      if (value.isEmpty()) {
        problem(title, "is required");
      }
      return value;
    }

    private <T> @Nullable T read(String title, Function<String, T> reader) {
      if (row.cell(columns.get(title).index()).filter(DecisionTable.Cell::isDate).isPresent()) {
        return null;
      }
      try {
        return reader.apply(raw(title));
      } catch (IllegalArgumentException e) {
        problem(title, e.getMessage());
        return null;
      }
    }

    private @Nullable Integer whole(String title, int min, int max) {
      Integer number = read(title, CaoCells::whole);
      if (number != null && (number < min || number > max)) {
        problem(title, "'" + number + "' is not a whole number from " + min + " to " + max);
        return null;
      }
      return number;
    }

    private void problem(String title, String problem) {
      String cell = table.sheet() + "!" + columns.get(title).letter() + row.number();
      problems.add(path + " cell " + cell + ": " + title + " " + problem);
    }
  }
}
