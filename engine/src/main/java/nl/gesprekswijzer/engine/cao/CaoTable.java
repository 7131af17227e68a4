package nl.gesprekswijzer.engine.cao;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.text.TextKeys;

/**
 * Every CAO entitlement a rule set knows, from its CAO decision tables ({@code rules/cao/*.xlsx}):
 * one row per entitlement per CAO, each with the dates it applies between. Policy staff keep the
 * CAO figures in this table rather than in rules, so that adding a CAO or a new CAO period is adding
 * a row.
 *
 * <p>Drools compiles each row into a rule that inserts the row's {@link CaoProvision} when the
 * employee has that CAO and the row is in force on the reference date ({@link CaoRow}); the rules in
 * {@code rules/cao/*.drl} match those facts. The same rows, read here, decide which CAO codes a
 * request may name: those with at least one row valid on the reference date. A code without figures
 * for that date is refused rather than silently answered with the law alone.
 */
public final class CaoTable {

  /** The folder of a rule set that holds the CAO decision tables: every {@code .xlsx} in it. */
  public static final String FOLDER = "rules/cao/";

  /** Where the table was before it became a decision table; a file there is reported, not read. */
  static final String FORMER_FOLDER = "cao/";

  /** The statutory entitlements a CAO row may replace; the others carry no hours or pay to replace. */
  public static final List<String> REPLACEABLE =
      List.of("CALAMITY_LEAVE", "SHORT_TERM_CARE_LEAVE", "LONG_TERM_CARE_LEAVE", "PARENTAL_LEAVE");

  /**
   * A row with where it is written, so that a problem found later can still point at it.
   *
   * @param cell the row's first cell, {@code CAO!A12}
   */
  record Row(String file, String cell, CaoProvision provision) {}

  private static final CaoTable EMPTY = new CaoTable(List.of());

  private final List<Row> rows;

  CaoTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** A table without CAOs: every CAO code is unknown. */
  public static CaoTable empty() {
    return EMPTY;
  }

  /** Whether a rule set file is a CAO table: a decision table in {@value #FOLDER}. */
  public static boolean isTable(String path) {
    return path.startsWith(FOLDER) && path.endsWith(".xlsx");
  }

  /**
   * Reads the table from the rule set's CAO decision tables.
   *
   * @param files the rule set's text files: a CSV table where the table used to be is reported
   * @param tables the decision tables of every rule set file, keyed by path; those that are not
   *     {@link #isTable CAO tables} are left alone
   * @param problems receives one line per problem, naming the file and the cell
   */
  public static CaoTable read(
      Map<String, String> files, Map<String, List<DecisionTable>> tables, List<String> problems) {
    files.keySet().stream()
        .filter(path -> path.startsWith(FORMER_FOLDER) && path.endsWith(".csv"))
        .forEach(
            path ->
                problems.add(
                    path + ": the CAO table is a spreadsheet now, " + FOLDER
                        + "cao-entitlements.xlsx; move these rows there and delete this file"));
    Map<String, List<DecisionTable>> caoTables = new LinkedHashMap<>();
    tables.forEach(
        (path, inFile) -> {
          if (isTable(path)) {
            caoTables.put(path, inFile);
          }
        });
    return new CaoTable(CaoTableReader.read(caoTables, problems));
  }

  /** Whether the CAO has at least one row valid on the date. */
  public boolean knows(String cao, LocalDate date) {
    return !provisions(cao, date).isEmpty();
  }

  /** The codes of the CAOs with at least one row valid on the date, sorted. */
  public List<String> codesOn(LocalDate date) {
    TreeSet<String> codes = new TreeSet<>();
    rows.stream()
        .filter(row -> row.provision().appliesOn(date))
        .forEach(row -> codes.add(row.provision().cao()));
    return List.copyOf(codes);
  }

  /** The rows of the CAO valid on the date, in table order: the facts the rules match on. */
  public List<CaoProvision> provisions(String cao, LocalDate date) {
    return rows.stream()
        .map(Row::provision)
        .filter(p -> p.cao().equals(cao) && p.appliesOn(date))
        .toList();
  }

  /** The number of rows, all dates together. */
  public int size() {
    return rows.size();
  }

  /**
   * Reports every entitlement of the table that the answer could not put in words: a CAO-only id
   * needs its title and conditions, a statutory id the conditions under a CAO ({@code
   * entitlement.<ID>.cao.conditions}), since the law's conditions would state the law's figures.
   */
  public void checkTexts(Predicate<String> textExists, List<String> problems) {
    Map<String, Row> firstRowOf = new LinkedHashMap<>();
    rows.forEach(row -> firstRowOf.putIfAbsent(row.provision().entitlement(), row));
    firstRowOf.forEach(
        (id, row) -> {
          List<String> patterns =
              CaoProvision.isCaoOnly(id)
                  ? List.of(TextKeys.ENTITLEMENT_TITLE, TextKeys.ENTITLEMENT_CONDITIONS)
                  : List.of(TextKeys.ENTITLEMENT_TITLE, TextKeys.ENTITLEMENT_CAO_CONDITIONS);
          for (String pattern : patterns) {
            String key = TextKeys.key(pattern, id);
            if (!textExists.test(key)) {
              problems.add(row.file() + " cell " + row.cell() + ": entitlement " + id + " has no text " + key + " in texts/");
            }
          }
        });
  }
}
