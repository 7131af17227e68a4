package nl.gesprekswijzer.api.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Caregiving;

/**
 * The hours of care of all people cared for together fit in a week: three people at 168 hours each
 * are not 504 hours of care, they are a mistake in the request.
 *
 * <p>The 168 is a constant here, not a rule set parameter: it is the number of hours of a week
 * (7 × 24), a fact of the calendar that no law or policy changes, and these records depend on
 * nothing that could read a parameter.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CareHoursWithinAWeek.Validator.class)
public @interface CareHoursWithinAWeek {

  /** The hours of a week: 7 days of 24 hours. */
  int HOURS_OF_A_WEEK = 7 * 24;

  String message() default "the hoursPerWeek of all people cared for add up to more than the " + HOURS_OF_A_WEEK + " hours of a week";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports the problem on {@code caregiving}, the list whose hours are to be corrected. */
  final class Validator implements ConstraintValidator<CareHoursWithinAWeek, AdviceRequest> {

    private static final BigDecimal WEEK = BigDecimal.valueOf(HOURS_OF_A_WEEK);

    /** The decimals a single entry may have ({@link Caregiving#hoursPerWeek()}). */
    private static final int DECIMALS = 20;

    @Override
    public boolean isValid(AdviceRequest request, ConstraintValidatorContext context) {
      if (request == null) {
        return true;
      }
      // Only the entries that are valid on their own: one refused entry is reported on that
      // entry, and an absurd one (1e30, 0.1e-999999999) must not make the sum costly.
      BigDecimal total = BigDecimal.ZERO;
      for (Caregiving care : request.caregiving()) {
        BigDecimal hours = care == null ? null : care.hoursPerWeek();
        if (hours != null
            && hours.signum() >= 0
            && hours.compareTo(WEEK) <= 0
            && AtMostDecimals.Validator.hasAtMost(hours, DECIMALS)) {
          total = total.add(hours);
        }
      }
      if (total.compareTo(WEEK) <= 0) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "the hoursPerWeek of all people cared for add up to "
                  + total.stripTrailingZeros().toPlainString()
                  + ", more than the "
                  + HOURS_OF_A_WEEK
                  + " hours of a week")
          .addPropertyNode("caregiving")
          .addConstraintViolation();
      return false;
    }
  }
}
