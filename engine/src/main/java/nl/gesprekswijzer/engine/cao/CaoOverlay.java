package nl.gesprekswijzer.engine.cao;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.text.TextKeys;
import nl.gesprekswijzer.spi.CaoFigures;

/**
 * A tenant's own CAO figures ({@link nl.gesprekswijzer.spi.CaoCatalog}) as the engine lays them over
 * the rule set's CAO table for one evaluation.
 *
 * <p>Per day, per CAO and entitlement: when the tenant has figures in force, they are the {@link
 * CaoProvision} the rules see, inserted with the request's facts, and the table's row for the same
 * CAO and entitlement stands aside ({@link CaoRow#inForce()} reads {@link
 * nl.gesprekswijzer.engine.facts.Situation#tenantCaoEntitlements()}); otherwise the table's row
 * applies as always. The rules in {@code rules/cao/*.drl} cannot tell the two apart, so a tenant's
 * figures are worded, explained and cited exactly as a table row would be.
 *
 * <p>Checked as the table is: ids the answer can word, texts in the rule set, no two figures for the
 * same CAO and entitlement on the same day.
 */
public final class CaoOverlay {

  private static final CaoOverlay NONE = new CaoOverlay(List.of());

  private final List<CaoProvision> rows;

  private CaoOverlay(List<CaoProvision> rows) {
    this.rows = List.copyOf(rows);
  }

  /** No figures of a tenant's own: the table alone. */
  public static CaoOverlay none() {
    return NONE;
  }

  /**
   * The tenant's figures, checked.
   *
   * @param textExists whether the rule set has a text under a key, to word each entitlement
   * @throws IllegalStateException naming the tenant and every problem, when any figure cannot be
   *     used: figures are the platform's configuration, not part of a request
   */
  public static CaoOverlay of(String tenant, List<CaoFigures> figures, Predicate<String> textExists) {
    List<String> problems = problems(figures, textExists);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The CAO figures of tenant '" + tenant + "' cannot be used: " + String.join("; ", problems));
    }
    return figures.isEmpty() ? NONE : new CaoOverlay(figures.stream().map(CaoOverlay::provision).toList());
  }

  /**
   * Every problem of a tenant's figures, each naming the CAO and the entitlement; empty when they
   * can be used.
   */
  public static List<String> problems(List<CaoFigures> figures, Predicate<String> textExists) {
    List<String> problems = new ArrayList<>();
    Set<String> worded = new LinkedHashSet<>();
    for (CaoFigures row : figures) {
      String id = row.entitlement();
      String name = row.cao() + " " + id;
      if (!CaoTable.REPLACEABLE.contains(id) && !CaoTableReader.isCaoOnlyId(id)) {
        problems.add(
            name + ": '" + id + "' is neither a statutory entitlement a CAO can replace " + CaoTable.REPLACEABLE
                + " nor an id of the CAO's own in capitals starting with " + CaoProvision.CAO_ONLY_PREFIX);
        continue;
      }
      if (worded.add(id)) {
        List<String> patterns =
            CaoProvision.isCaoOnly(id)
                ? List.of(TextKeys.ENTITLEMENT_TITLE, TextKeys.ENTITLEMENT_CONDITIONS)
                : List.of(TextKeys.ENTITLEMENT_TITLE, TextKeys.ENTITLEMENT_CAO_CONDITIONS);
        for (String pattern : patterns) {
          String key = TextKeys.key(pattern, id);
          if (!textExists.test(key)) {
            problems.add(name + ": the rule set has no text " + key + " to word this entitlement");
          }
        }
      }
    }
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        CaoFigures a = figures.get(i);
        CaoFigures b = figures.get(j);
        if (a.cao().equals(b.cao()) && a.entitlement().equals(b.entitlement()) && overlap(a, b)) {
          problems.add(
              a.cao() + " " + a.entitlement() + ": the figures from " + a.validFrom() + " and from " + b.validFrom()
                  + " apply on some of the same days; end the earlier (validUntil) the day before the later starts");
        }
      }
    }
    return problems;
  }

  private static boolean overlap(CaoFigures a, CaoFigures b) {
    return (a.validUntil() == null || !a.validUntil().isBefore(b.validFrom()))
        && (b.validUntil() == null || !b.validUntil().isBefore(a.validFrom()));
  }

  private static CaoProvision provision(CaoFigures row) {
    return new CaoProvision(
        row.cao(), row.entitlement(), row.validFrom(), row.validUntil(), row.weeklyHoursFactor(),
        row.hoursPerYearFullTime(), row.fullTimeWeeklyHours(), row.payPercent(), row.periodMonths(), row.relations(),
        row.situations(), row.legalBasis());
  }

  /** The tenant's rows of the CAO in force on the date: facts inserted beside the request's. */
  public List<CaoProvision> provisions(String cao, LocalDate date) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return rows.stream().filter(row -> row.cao().equals(cao) && row.appliesOn(date)).toList();
  }

  /** The entitlements of the CAO whose figures come from the tenant on the date. */
  public Set<String> entitlements(String cao, LocalDate date) {
    if (rows.isEmpty()) {
      return Set.of();
    }
    Set<String> ids = new TreeSet<>();
    provisions(cao, date).forEach(row -> ids.add(row.entitlement()));
    return ids;
  }

  /** Whether the tenant has figures for the CAO in force on the date. */
  public boolean knows(String cao, LocalDate date) {
    return !provisions(cao, date).isEmpty();
  }

  /** The codes of the CAOs the tenant has figures for on the date, sorted. */
  public List<String> codesOn(LocalDate date) {
    TreeSet<String> codes = new TreeSet<>();
    rows.stream().filter(row -> row.appliesOn(date)).forEach(row -> codes.add(row.cao()));
    return List.copyOf(codes);
  }
}
