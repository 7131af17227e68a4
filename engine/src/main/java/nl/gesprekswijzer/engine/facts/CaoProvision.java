package nl.gesprekswijzer.engine.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Set;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import org.jspecify.annotations.Nullable;

/**
 * One entitlement of the employee's CAO, as a row of the rule set's CAO table ({@code
 * rules/cao/*.xlsx}) gives it. The rule of each row inserts its fact when the request names its
 * CAO and the row is valid on the reference date, so a rule never compares dates and never holds a
 * CAO figure:
 *
 * <pre>
 * $row : CaoProvision( forCare() )
 * $care : Care( $row.covers(relation, situation) )
 * then
 *     advice.entitlementFromCao(drools, $row, $s.weeklyHours());
 * </pre>
 *
 * <p>The hours come in one of two forms, because CAOs write them so: a multiple of the contract's
 * weekly hours ({@code weeklyHoursFactor}), or hours a year for a full-time job that a part-timer
 * gets pro rata ({@code hoursPerYearFullTime} with {@code fullTimeWeeklyHours}), never more than the
 * full-time hours.
 *
 * @param cao the CAO's code as requests name it, e.g. {@code sociaal-werk}
 * @param entitlement a statutory id the CAO replaces, or an id starting with {@code CAO_}
 * @param validUntil the last day the row applies, or {@code null} while it has no end
 * @param periodMonths the period the hours apply to, or {@code null} when the CAO names none
 * @param relations the relations of the person cared for that the row covers; empty when the
 *     entitlement does not depend on care
 * @param situations the care situations the row covers; empty means every situation
 * @param legalBasis the CAO article, as the answer cites it
 */
public record CaoProvision(
    String cao,
    String entitlement,
    LocalDate validFrom,
    @Nullable LocalDate validUntil,
    @Nullable BigDecimal weeklyHoursFactor,
    @Nullable BigDecimal hoursPerYearFullTime,
    @Nullable BigDecimal fullTimeWeeklyHours,
    int payPercent,
    @Nullable Integer periodMonths,
    Set<Relation> relations,
    Set<CareSituation> situations,
    String legalBasis) {

  /** The prefix of entitlements that exist only in a CAO, as the contract fixes it. */
  public static final String CAO_ONLY_PREFIX = "CAO_";

  public CaoProvision {
    relations = Set.copyOf(relations);
    situations = Set.copyOf(situations);
    boolean anyProRata = hoursPerYearFullTime != null || fullTimeWeeklyHours != null;
    boolean proRata = hoursPerYearFullTime != null && fullTimeWeeklyHours != null;
    if (weeklyHoursFactor != null ? anyProRata : !proRata) {
      throw new IllegalArgumentException(
          cao + " " + entitlement + ": give either weeklyHoursFactor or hoursPerYearFullTime with fullTimeWeeklyHours");
    }
  }

  /** Whether an entitlement id is one that exists only in a CAO rather than in the law. */
  public static boolean isCaoOnly(String entitlement) {
    return entitlement.startsWith(CAO_ONLY_PREFIX);
  }

  /** Whether the row applies on the date: from {@code validFrom} up to and including {@code validUntil}. */
  public boolean appliesOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validUntil == null || !validUntil.isBefore(date));
  }

  /** Whether the entitlement depends on caring for someone. */
  public boolean forCare() {
    return !relations.isEmpty();
  }

  /** Whether caring for this relation in this situation gives the entitlement. */
  public boolean covers(Relation relation, CareSituation situation) {
    return relations.contains(relation) && (situations.isEmpty() || situations.contains(situation));
  }

  /**
   * The hours for an employee with these contract hours a week. A pro-rata budget never exceeds
   * the full-time budget: a CAO that gives 57 hours for a 36-hour week gives someone on 40 hours
   * 57, not 63.33, because the budget is for a full-time job and more hours do not make a job more
   * than full-time.
   */
  public BigDecimal maxHours(BigDecimal weeklyHours) {
    if (weeklyHoursFactor != null) {
      return weeklyHoursFactor.multiply(weeklyHours);
    }
    // The constructor guarantees the pro-rata pair when there is no factor.
    BigDecimal proRata =
        hoursPerYearFullTime.multiply(weeklyHours).divide(fullTimeWeeklyHours, MathContext.DECIMAL64);
    return proRata.min(hoursPerYearFullTime);
  }

  /**
   * Names the fact without its values: Drools prints every fact it inserts at DEBUG and TRACE,
   * and a fact holds a person's situation, so no log level can turn it into the log.
   */
  @Override
  public String toString() {
    return "CaoProvision[values withheld]";
  }
}
