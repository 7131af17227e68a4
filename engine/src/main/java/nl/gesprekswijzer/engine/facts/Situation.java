package nl.gesprekswijzer.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Wish;
import org.jspecify.annotations.Nullable;

/**
 * The request as one fact: the conversation, the employee, the employer and the wishes.
 *
 * @param careHoursPerWeek the hours of care per week, summed over everyone cared for
 * @param tenantCaoEntitlements the entitlements of the employee's CAO whose figures on the
 *     reference date come from the tenant's own CAO figures ({@code spi.CaoCatalog}) rather than
 *     from the rule set's CAO table: the table's rows for them stand aside ({@code cao.CaoRow})
 */
public record Situation(
    LocalDate referenceDate,
    ConversationType type,
    @Nullable LocalDate lastHeldOn,
    BigDecimal weeklyHours,
    LocalDate employedSince,
    int employerSize,
    @Nullable String cao,
    Set<Wish> wishes,
    int careCount,
    BigDecimal careHoursPerWeek,
    Set<String> tenantCaoEntitlements) {

  public Situation {
    tenantCaoEntitlements = Set.copyOf(tenantCaoEntitlements);
    // In the enum's order, so that a text listing the wishes reads the same on every run.
    wishes =
        wishes.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(wishes));
  }

  /** A situation whose CAO figures all come from the rule set's table. */
  public Situation(
      LocalDate referenceDate,
      ConversationType type,
      @Nullable LocalDate lastHeldOn,
      BigDecimal weeklyHours,
      LocalDate employedSince,
      int employerSize,
      @Nullable String cao,
      Set<Wish> wishes,
      int careCount,
      BigDecimal careHoursPerWeek) {
    this(
        referenceDate, type, lastHeldOn, weeklyHours, employedSince, employerSize, cao, wishes, careCount,
        careHoursPerWeek, Set.of());
  }

  /** Whether the employee wishes this; reads as {@code wants(Wish.FEWER_HOURS)} in a rule. */
  public boolean wants(Wish wish) {
    return wishes.contains(wish);
  }

  /** Whole weeks since the previous talk of this kind, or -1 when there was none. */
  public long weeksSinceLastTalk() {
    return lastHeldOn == null ? -1 : ChronoUnit.WEEKS.between(lastHeldOn, referenceDate);
  }

  /**
   * Names the fact without its values: Drools prints every fact it inserts at DEBUG and TRACE,
   * and a fact holds a person's situation, so no log level can turn it into the log.
   */
  @Override
  public String toString() {
    return "Situation[values withheld]";
  }
}
