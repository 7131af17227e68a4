package nl.gesprekswijzer.engine.cao;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.facts.Situation;
import org.jspecify.annotations.Nullable;

/**
 * One row of the CAO table as its rule reads it: the rule Drools generates from a row of {@code
 * rules/cao/*.xlsx} starts a row for the employee's CAO, gives it the row's cells one by one, and
 * inserts the {@link CaoProvision} when the row is in force on the reference date:
 *
 * <pre>
 * $situation : Situation( cao == "sociaal-werk" )
 * then
 *     CaoRow row = CaoRow.of($situation, "SHORT_TERM_CARE_LEAVE");
 *     row.validFrom("2023-07-01");
 *     row.weeklyHoursFactor("1.4");
 *     ...
 *     if (row.article("Cao Sociaal Werk 2023-2025, art. 5.11").inForce()) insert(row.provision());
 * </pre>
 *
 * <p>Every cell reaches the rule as the text Drools read and is turned into a value here, by {@link
 * CaoCells}, the same code that reads the table when the rule set is built. The build has already
 * refused a table with a cell that does not read, so nothing here expects a wrong value.
 */
public final class CaoRow {

  private final Situation situation;
  private final String entitlement;
  private @Nullable LocalDate validFrom;
  private @Nullable LocalDate validUntil;
  private @Nullable BigDecimal weeklyHoursFactor;
  private @Nullable BigDecimal hoursPerYearFullTime;
  private @Nullable BigDecimal fullTimeWeeklyHours;
  private int payPercent;
  private @Nullable Integer periodMonths;
  private Set<Relation> relations = EnumSet.noneOf(Relation.class);
  private Set<CareSituation> situations = EnumSet.noneOf(CareSituation.class);
  private String legalBasis = "";

  private CaoRow(Situation situation, String entitlement) {
    this.situation = situation;
    this.entitlement = entitlement.strip();
  }

  /** A row of the situation's CAO, for the entitlement in the row's first action cell. */
  public static CaoRow of(Situation situation, String entitlement) {
    return new CaoRow(situation, entitlement);
  }

  public CaoRow validFrom(String cell) {
    validFrom = CaoCells.date(cell);
    return this;
  }

  public CaoRow validUntil(String cell) {
    validUntil = CaoCells.date(cell);
    return this;
  }

  public CaoRow weeklyHoursFactor(String cell) {
    weeklyHoursFactor = CaoCells.number(cell);
    return this;
  }

  public CaoRow hoursPerYearFullTime(String cell) {
    hoursPerYearFullTime = CaoCells.number(cell);
    return this;
  }

  public CaoRow fullTimeWeeklyHours(String cell) {
    fullTimeWeeklyHours = CaoCells.number(cell);
    return this;
  }

  public CaoRow payPercent(String cell) {
    payPercent = CaoCells.whole(cell);
    return this;
  }

  public CaoRow periodMonths(String cell) {
    periodMonths = CaoCells.whole(cell);
    return this;
  }

  public CaoRow relations(String cell) {
    relations = CaoCells.codes(cell, Relation.class);
    return this;
  }

  public CaoRow situations(String cell) {
    situations = CaoCells.codes(cell, CareSituation.class);
    return this;
  }

  public CaoRow article(String cell) {
    legalBasis = cell.strip();
    return this;
  }

  /**
   * Whether the row applies on the situation's reference date, and the tenant has no figures of its
   * own for this entitlement of the CAO on that date (those are inserted instead, see {@link
   * CaoOverlay}).
   */
  public boolean inForce() {
    return provision().appliesOn(situation.referenceDate())
        && !situation.tenantCaoEntitlements().contains(entitlement);
  }

  /** The row as the fact the rules in {@code rules/cao/} match. */
  public CaoProvision provision() {
    if (validFrom == null || situation.cao() == null) {
      throw new IllegalStateException("A CAO row without its CAO or validFrom; the build checks both");
    }
    return new CaoProvision(
        situation.cao(), entitlement, validFrom, validUntil, weeklyHoursFactor, hoursPerYearFullTime,
        fullTimeWeeklyHours, payPercent, periodMonths, relations, situations, legalBasis);
  }
}
