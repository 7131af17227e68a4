package nl.gesprekswijzer.engine.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.parameters.Parameter;
import nl.gesprekswijzer.engine.parameters.ParameterCatalog;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.jspecify.annotations.Nullable;

/**
 * The reference dates a rule set can advise on. Before its first figure no rule can fire. After its
 * newest figure the rules keep applying the figures in force, but only for a while: laws and
 * amounts change every year, and a date centuries ahead gives answers with dates such as {@code
 * +10000-01-28}. So the rule set says how many years past its newest figure it still advises, in
 * the policy parameter {@value #HORIZON_YEARS}; a rule set without that parameter sets no end.
 */
final class ReferenceDateRange {

  static final String HORIZON_YEARS = "limits.reference-date-horizon-years";

  private static final int MAX_HORIZON_YEARS = 100;

  private final @Nullable LocalDate first;
  private final @Nullable LocalDate newest;
  private final int horizonYears;
  private final @Nullable LocalDate last;

  private ReferenceDateRange(
      @Nullable LocalDate first, @Nullable LocalDate newest, int horizonYears, @Nullable LocalDate last) {
    this.first = first;
    this.newest = newest;
    this.horizonYears = horizonYears;
    this.last = last;
  }

  /**
   * @throws RuleSetException when the horizon is not a whole number of years from 0 to 100
   */
  static ReferenceDateRange of(RuleSet ruleSet) {
    ParameterCatalog parameters = ruleSet.parameters();
    LocalDate newest =
        parameters.all().stream()
            .flatMap(parameter -> parameter.values().stream().map(Parameter.DatedValue::from))
            .max(Comparator.naturalOrder())
            .orElse(null);
    Optional<Parameter> horizon =
        parameters.all().stream().filter(p -> p.name().equals(HORIZON_YEARS)).findFirst();
    if (newest == null || horizon.isEmpty()) {
      return new ReferenceDateRange(parameters.firstDate(), newest, 0, null);
    }
    int years = years(horizon.get().valueOn(newest), ruleSet.source());
    return new ReferenceDateRange(parameters.firstDate(), newest, years, newest.plusYears(years));
  }

  private static int years(@Nullable Object value, String source) {
    if (value instanceof BigDecimal number) {
      try {
        int years = number.intValueExact();
        if (years >= 0 && years <= MAX_HORIZON_YEARS) {
          return years;
        }
      } catch (ArithmeticException e) {
        // reported below
      }
    }
    throw new RuleSetException(
        source,
        List.of(
            "parameter " + HORIZON_YEARS + ": must be a whole number of years from 0 to " + MAX_HORIZON_YEARS));
  }

  /** The last reference date the rule set advises on; {@code null} when it sets no end. */
  @Nullable LocalDate last() {
    return last;
  }

  /** What is wrong with the reference date, if anything, as a problem naming {@code referenceDate}. */
  Optional<Violation> problem(LocalDate referenceDate) {
    if (first != null && referenceDate.isBefore(first)) {
      // Found by fuzzing: before the first figure no rule can fire, not even the follow-up's.
      return Optional.of(
          new Violation(
              "referenceDate", "must not be before " + first + ", the first date the rule set has figures for"));
    }
    if (last != null && referenceDate.isAfter(last)) {
      return Optional.of(
          new Violation(
              "referenceDate",
              "must not be after " + last + ", the last date this rule set can advise on ("
                  + horizonYears + (horizonYears == 1 ? " year" : " years")
                  + " after its newest figure, which applies from " + newest + ")"));
    }
    return Optional.empty();
  }
}
