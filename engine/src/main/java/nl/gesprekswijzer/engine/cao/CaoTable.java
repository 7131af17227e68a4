package nl.gesprekswijzer.engine.cao;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.text.TextKeys;

/**
 * Every CAO entitlement a rule set knows, read from its {@code cao/*.csv}: one row per entitlement
 * per CAO, each with the dates it applies between. Policy staff keep the CAO figures in this table
 * rather than in rules, so that adding a CAO or a new CAO period changes no rule.
 *
 * <p>The table also decides which CAO codes a request may name: those with at least one row valid
 * on the reference date. A code without figures for that date is refused rather than silently
 * answered with the law alone.
 */
public final class CaoTable {

  /** The folder of a rule set that holds the table. */
  public static final String FOLDER = "cao/";

  /** The statutory entitlements a CAO row may replace; the others carry no hours or pay to replace. */
  public static final List<String> REPLACEABLE =
      List.of("CALAMITY_LEAVE", "SHORT_TERM_CARE_LEAVE", "LONG_TERM_CARE_LEAVE", "PARENTAL_LEAVE");

  /** A row with where it is written, so that a problem found later can still point at it. */
  record Row(String file, int line, CaoProvision provision) {}

  private static final CaoTable EMPTY = new CaoTable(List.of());

  private final List<Row> rows;

  CaoTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** A table without CAOs: every CAO code is unknown. */
  public static CaoTable empty() {
    return EMPTY;
  }

  /**
   * Reads the table from the rule set's files; files outside {@value #FOLDER} or not ending in
   * {@code .csv} are left alone.
   *
   * @param problems receives one line per problem, naming the file, the line and the column
   */
  public static CaoTable read(Map<String, String> files, List<String> problems) {
    return new CaoTable(CaoTableReader.read(files, problems));
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
              problems.add(row.file() + " line " + row.line() + ": entitlement " + id + " has no text " + key + " in texts/");
            }
          }
        });
  }
}
