package nl.gesprekswijzer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A leave or other right, computed for this employee.
 *
 * @param id {@code CALAMITY_LEAVE}, {@code SHORT_TERM_CARE_LEAVE}, {@code LONG_TERM_CARE_LEAVE},
 *     {@code PARENTAL_LEAVE}, {@code FLEXIBLE_WORK_REQUEST}, or an id starting with {@code CAO_}
 * @param title a short name for people (an addition to the contract)
 * @param maxHours hours for this employee; absent where the law sets no number of hours
 * @param periodMonths the period {@code maxHours} applies to, where there is one
 * @param payPercent the share of salary the employer pays during the leave (0 for unpaid leave);
 *     absent where the entitlement is not a leave
 * @param conditions the conditions in plain words
 * @param earliestStart the first date the leave or change can start if asked for on the reference
 *     date, where a notice period or service requirement applies
 */
public record Entitlement(
    String id,
    String title,
    @Nullable BigDecimal maxHours,
    @Nullable Integer periodMonths,
    @Nullable Integer payPercent,
    Source source,
    String conditions,
    String legalBasis,
    @Nullable LocalDate earliestStart) {

  /** Where an entitlement's figures come from. */
  public enum Source {
    LAW,
    CAO
  }
}
