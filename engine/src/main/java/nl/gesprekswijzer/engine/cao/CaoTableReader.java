package nl.gesprekswijzer.engine.cao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import org.jspecify.annotations.Nullable;

/**
 * Turns the CSV files of the CAO table into rows, checking every field. Columns are found by their
 * name in the header, so policy staff may order them as they like; a problem names the file, the
 * line and the column, the way a spreadsheet shows them.
 */
final class CaoTableReader {

  static final List<String> COLUMNS =
      List.of(
          "cao", "entitlement", "validFrom", "validUntil", "weeklyHoursFactor", "hoursPerYearFullTime",
          "fullTimeWeeklyHours", "payPercent", "periodMonths", "relations", "situations", "legalBasis",
          "source", "status", "note");

  static final List<String> STATUSES = List.of("CONFIRMED", "UNCONFIRMED", "DERIVED");

  private static final Pattern CAO_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CAO_ONLY_ID = Pattern.compile("CAO_[A-Z0-9]+(_[A-Z0-9]+)*");

  private CaoTableReader() {}

  static List<CaoTable.Row> read(Map<String, String> files, List<String> problems) {
    List<CaoTable.Row> rows = new ArrayList<>();
    files.forEach(
        (path, content) -> {
          if (path.startsWith(CaoTable.FOLDER) && path.endsWith(".csv")) {
            rows.addAll(readFile(path, content, problems));
          }
        });
    checkOverlaps(rows, problems);
    return rows;
  }

  private static List<CaoTable.Row> readFile(String path, String content, List<String> problems) {
    List<Csv.Record> records = Csv.parse(path, content, problems);
    if (records.isEmpty()) {
      problems.add(path + ": has no header row; the first line that is not a comment names the columns");
      return List.of();
    }
    Csv.Record header = records.get(0);
    Map<String, Integer> columns = columns(path, header, problems);
    if (columns == null) {
      return List.of();
    }
    List<CaoTable.Row> rows = new ArrayList<>();
    for (Csv.Record record : records.subList(1, records.size())) {
      if (record.fields().size() != header.fields().size()) {
        problems.add(
            path + " line " + record.line() + ": " + record.fields().size() + " fields, but the header has "
                + header.fields().size() + " columns (a comma inside a field needs quotes around the field)");
        continue;
      }
      CaoProvision provision = new Fields(path, record, columns, problems).provision();
      if (provision != null) {
        rows.add(new CaoTable.Row(path, record.line(), provision));
      }
    }
    return rows;
  }

  /** The position of every column, or {@code null} when the header is not usable. */
  private static @Nullable Map<String, Integer> columns(String path, Csv.Record header, List<String> problems) {
    int before = problems.size();
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      if (!COLUMNS.contains(name)) {
        problems.add(path + " line " + header.line() + ": unknown column '" + name + "'; the columns are " + COLUMNS);
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(path + " line " + header.line() + ": column " + name + " appears twice");
      }
    }
    COLUMNS.stream()
        .filter(name -> !columns.containsKey(name))
        .forEach(name -> problems.add(path + " line " + header.line() + ": column " + name + " is missing"));
    return problems.size() > before ? null : columns;
  }

  /** Two rows for one entitlement of one CAO must not both apply on any day. */
  private static void checkOverlaps(List<CaoTable.Row> rows, List<String> problems) {
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        CaoProvision a = rows.get(i).provision();
        CaoProvision b = rows.get(j).provision();
        if (a.cao().equals(b.cao()) && a.entitlement().equals(b.entitlement()) && overlap(a, b)) {
          problems.add(
              rows.get(j).file() + " line " + rows.get(j).line() + ": " + b.cao() + " " + b.entitlement()
                  + " applies on some of the same days as line " + rows.get(i).line() + " of " + rows.get(i).file()
                  + "; end the earlier row (validUntil) the day before the later one starts");
        }
      }
    }
  }

  private static boolean overlap(CaoProvision a, CaoProvision b) {
    return (a.validUntil() == null || !a.validUntil().isBefore(b.validFrom()))
        && (b.validUntil() == null || !b.validUntil().isBefore(a.validFrom()));
  }

  /** The fields of one record, each parsed and checked, every problem reported. */
  private static final class Fields {
    private final String path;
    private final Csv.Record record;
    private final Map<String, Integer> columns;
    private final List<String> problems;
    private final int before;

    Fields(String path, Csv.Record record, Map<String, Integer> columns, List<String> problems) {
      this.path = path;
      this.record = record;
      this.columns = columns;
      this.problems = problems;
      this.before = problems.size();
    }

    @Nullable CaoProvision provision() {
      String cao = required("cao");
      if (!cao.isEmpty() && !CAO_CODE.matcher(cao).matches()) {
        problem("cao", "'" + cao + "' is not a code in lower-case kebab-case, like sociaal-werk");
      }
      String entitlement = required("entitlement");
      if (!entitlement.isEmpty()
          && !CaoTable.REPLACEABLE.contains(entitlement)
          && !CAO_ONLY_ID.matcher(entitlement).matches()) {
        problem(
            "entitlement",
            "'" + entitlement + "' is neither a statutory entitlement a CAO can replace " + CaoTable.REPLACEABLE
                + " nor a CAO-only id in capitals starting with " + CaoProvision.CAO_ONLY_PREFIX);
      }
      LocalDate validFrom = date("validFrom", true);
      LocalDate validUntil = date("validUntil", false);
      if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
        problem("validUntil", validUntil + " is before validFrom " + validFrom);
      }
      BigDecimal factor = positive("weeklyHoursFactor");
      BigDecimal perYear = positive("hoursPerYearFullTime");
      BigDecimal fullTime = positive("fullTimeWeeklyHours");
      checkHourForms();
      Integer pay = whole("payPercent", true, 0, 100);
      Integer months = whole("periodMonths", false, 1, 1200);
      Set<Relation> relations = codes("relations", Relation.class);
      Set<CareSituation> situations = codes("situations", CareSituation.class);
      if (relations.isEmpty() && !situations.isEmpty()) {
        problem("situations", "situations only apply to rows tied to care; name the relations too");
      }
      String legalBasis = required("legalBasis");
      required("source");
      String status = required("status");
      if (!status.isEmpty() && !STATUSES.contains(status)) {
        problem("status", "'" + status + "' is not one of " + STATUSES);
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
      boolean anyProRata = !raw("hoursPerYearFullTime").isEmpty() || !raw("fullTimeWeeklyHours").isEmpty();
      if (!raw("weeklyHoursFactor").isEmpty() && anyProRata) {
        problem(
            "weeklyHoursFactor",
            "give either weeklyHoursFactor or hoursPerYearFullTime with fullTimeWeeklyHours, not both");
      } else if (raw("weeklyHoursFactor").isEmpty() && !anyProRata) {
        problem(
            "weeklyHoursFactor",
            "give the hours: weeklyHoursFactor, or hoursPerYearFullTime with fullTimeWeeklyHours");
      } else if (anyProRata && (raw("hoursPerYearFullTime").isEmpty() || raw("fullTimeWeeklyHours").isEmpty())) {
        problem(
            raw("hoursPerYearFullTime").isEmpty() ? "hoursPerYearFullTime" : "fullTimeWeeklyHours",
            "hoursPerYearFullTime and fullTimeWeeklyHours go together");
      }
    }

    private String raw(String column) {
      return record.fields().get(columns.get(column)).strip();
    }

    private String required(String column) {
      String value = raw(column);
      if (value.isEmpty()) {
        problem(column, "is required");
      }
      return value;
    }

    private @Nullable LocalDate date(String column, boolean required) {
      String value = required ? required(column) : raw(column);
      if (value.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problem(column, "'" + value + "' is not a date like 2026-01-01");
        return null;
      }
    }

    private @Nullable BigDecimal positive(String column) {
      String value = raw(column);
      if (value.isEmpty()) {
        return null;
      }
      try {
        BigDecimal number = new BigDecimal(value);
        if (number.signum() > 0) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(column, "'" + value + "' is not a number above 0 (write decimals with a point: 1.4)");
      return null;
    }

    private @Nullable Integer whole(String column, boolean required, int min, int max) {
      String value = required ? required(column) : raw(column);
      if (value.isEmpty()) {
        return null;
      }
      try {
        int number = Integer.parseInt(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(column, "'" + value + "' is not a whole number from " + min + " to " + max);
      return null;
    }

    private <E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
      String value = raw(column);
      Set<E> codes = EnumSet.noneOf(type);
      if (value.isEmpty()) {
        return codes;
      }
      for (String code : value.split("\\|", -1)) {
        try {
          codes.add(Enum.valueOf(type, code.strip()));
        } catch (IllegalArgumentException e) {
          problem(
              column,
              "'" + code.strip() + "' is not a " + type.getSimpleName() + "; use "
                  + String.join("|", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
      }
      return codes;
    }

    private void problem(String column, String problem) {
      problems.add(path + " line " + record.line() + ", column " + column + ": " + problem);
    }
  }
}
