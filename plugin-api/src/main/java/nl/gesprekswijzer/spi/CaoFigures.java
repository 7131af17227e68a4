package nl.gesprekswijzer.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import org.jspecify.annotations.Nullable;

/**
 * One CAO entitlement for one period, as a {@link CaoCatalog} gives it: what one row of the rule
 * set's CAO table ({@code rules/cao/cao-entitlements.xlsx}) carries, column for column.
 *
 * <p>The hours come in one of two forms, as CAOs write them: a multiple of the contract's weekly
 * hours ({@code weeklyHoursFactor}), or hours a year for a full-time job that a part-timer gets pro
 * rata ({@code hoursPerYearFullTime} with {@code fullTimeWeeklyHours}). Use {@link
 * #timesWeeklyHours} or {@link #proRata} and the {@code with…} methods rather than the canonical
 * constructor:
 *
 * <pre>{@code
 * CaoFigures.timesWeeklyHours("sociaal-werk", "SHORT_TERM_CARE_LEAVE", LocalDate.of(2026, 1, 1),
 *         new BigDecimal("2"), 100, "Huisregeling 2026, art. 3", "intranet/huisregeling-2026.pdf")
 *     .withPeriodMonths(12)
 *     .forCare(Set.of(Relation.PARTNER, Relation.CHILD), Set.of());
 * }</pre>
 *
 * <p>The constructor refuses figures no table row could hold, naming the component; which
 * entitlement ids a rule set can word is checked by the engine that uses them.
 *
 * @param cao the CAO's code as requests name it in {@code employer.cao}, lower-case kebab-case
 * @param entitlement a statutory entitlement id the CAO replaces ({@code SHORT_TERM_CARE_LEAVE},
 *     {@code LONG_TERM_CARE_LEAVE}, {@code CALAMITY_LEAVE}, {@code PARENTAL_LEAVE}) or an id of the
 *     CAO's own starting with {@code CAO_}
 * @param validFrom the first day the figures apply
 * @param validUntil the last day they apply, or {@code null} while they have no end
 * @param weeklyHoursFactor the hours as a multiple of the weekly hours, or {@code null} for pro rata
 * @param hoursPerYearFullTime the hours a year of a full-time job, with {@code fullTimeWeeklyHours}
 * @param fullTimeWeeklyHours the weekly hours of a full-time job under this CAO
 * @param payPercent the share of salary paid during the leave, 0 to 100
 * @param periodMonths the period the hours apply to, or {@code null} when the CAO names none
 * @param relations the relations of the person cared for that the entitlement covers; empty when it
 *     does not depend on caring for someone
 * @param situations the care situations it covers; empty means every situation
 * @param legalBasis the CAO article, as the answer cites it
 * @param source where the figures come from (a document, a link), for whoever checks them
 */
public record CaoFigures(
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
    String legalBasis,
    String source) {

  /** The codes {@code employer.cao} accepts. */
  private static final Pattern CAO_CODE = Pattern.compile("[a-z0-9]{1,40}(-[a-z0-9]{1,40}){0,8}");

  public CaoFigures {
    Objects.requireNonNull(cao, "cao");
    Objects.requireNonNull(entitlement, "entitlement");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(source, "source");
    relations = relations == null || relations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relations));
    situations = situations == null || situations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(situations));
    List<String> problems = new ArrayList<>();
    if (!CAO_CODE.matcher(cao).matches()) {
      problems.add("cao '" + cao + "' is not a code in lower-case kebab-case, like sociaal-werk");
    }
    if (entitlement.isBlank()) {
      problems.add("entitlement is blank");
    }
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      problems.add("validUntil " + validUntil + " is before validFrom " + validFrom);
    }
    boolean anyProRata = hoursPerYearFullTime != null || fullTimeWeeklyHours != null;
    if (weeklyHoursFactor != null && anyProRata) {
      problems.add("give either weeklyHoursFactor or hoursPerYearFullTime with fullTimeWeeklyHours, not both");
    } else if (weeklyHoursFactor == null && (hoursPerYearFullTime == null || fullTimeWeeklyHours == null)) {
      problems.add(
          anyProRata
              ? "hoursPerYearFullTime and fullTimeWeeklyHours go together"
              : "give the hours: weeklyHoursFactor, or hoursPerYearFullTime with fullTimeWeeklyHours");
    }
    positive("weeklyHoursFactor", weeklyHoursFactor, problems);
    positive("hoursPerYearFullTime", hoursPerYearFullTime, problems);
    positive("fullTimeWeeklyHours", fullTimeWeeklyHours, problems);
    if (payPercent < 0 || payPercent > 100) {
      problems.add("payPercent " + payPercent + " is not from 0 to 100");
    }
    if (periodMonths != null && (periodMonths < 1 || periodMonths > 1200)) {
      problems.add("periodMonths " + periodMonths + " is not from 1 to 1200");
    }
    if (relations.isEmpty() && !situations.isEmpty()) {
      problems.add("situations only apply to figures tied to care; name the relations too");
    }
    if (legalBasis.isBlank()) {
      problems.add("legalBasis is blank: the answer cites the CAO article");
    }
    if (source.isBlank()) {
      problems.add("source is blank: say where the figures come from");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("CAO figures " + cao + " " + entitlement + ": " + String.join("; ", problems));
    }
  }

  /** Figures whose hours are a multiple of the employee's weekly hours, for every employee. */
  public static CaoFigures timesWeeklyHours(
      String cao,
      String entitlement,
      LocalDate validFrom,
      BigDecimal weeklyHoursFactor,
      int payPercent,
      String legalBasis,
      String source) {
    return new CaoFigures(
        cao, entitlement, validFrom, null, weeklyHoursFactor, null, null, payPercent, null, Set.of(), Set.of(),
        legalBasis, source);
  }

  /**
   * Figures whose hours are given a year for a full-time job; a part-timer gets them pro rata, and
   * nobody more than the full-time hours.
   */
  public static CaoFigures proRata(
      String cao,
      String entitlement,
      LocalDate validFrom,
      BigDecimal hoursPerYearFullTime,
      BigDecimal fullTimeWeeklyHours,
      int payPercent,
      String legalBasis,
      String source) {
    return new CaoFigures(
        cao, entitlement, validFrom, null, null, hoursPerYearFullTime, fullTimeWeeklyHours, payPercent, null,
        Set.of(), Set.of(), legalBasis, source);
  }

  /** The same figures, ending on this day. */
  public CaoFigures withValidUntil(@Nullable LocalDate lastDay) {
    return new CaoFigures(
        cao, entitlement, validFrom, lastDay, weeklyHoursFactor, hoursPerYearFullTime, fullTimeWeeklyHours,
        payPercent, periodMonths, relations, situations, legalBasis, source);
  }

  /** The same figures, for a period of this many months. */
  public CaoFigures withPeriodMonths(@Nullable Integer months) {
    return new CaoFigures(
        cao, entitlement, validFrom, validUntil, weeklyHoursFactor, hoursPerYearFullTime, fullTimeWeeklyHours,
        payPercent, months, relations, situations, legalBasis, source);
  }

  /**
   * The same figures, given for caring for someone of these relations in these situations (none:
   * every situation).
   */
  public CaoFigures forCare(Set<Relation> coveredRelations, Set<CareSituation> coveredSituations) {
    return new CaoFigures(
        cao, entitlement, validFrom, validUntil, weeklyHoursFactor, hoursPerYearFullTime, fullTimeWeeklyHours,
        payPercent, periodMonths, coveredRelations, coveredSituations, legalBasis, source);
  }

  /** Whether the figures apply on the date: from {@code validFrom} up to and including {@code validUntil}. */
  public boolean appliesOn(LocalDate date) {
    return !validFrom.isAfter(date) && (validUntil == null || !validUntil.isBefore(date));
  }

  private static void positive(String name, @Nullable BigDecimal value, List<String> problems) {
    if (value != null && value.signum() <= 0) {
      problems.add(name + " " + value.toPlainString() + " is not above 0");
    }
  }
}
