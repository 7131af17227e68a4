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

/**
 * A number has at most {@link #value()} digits after the decimal point (trailing zeros do not
 * count). A number such as {@code 0.1e-999999999} lies in any range from 0, but rounding it would
 * cost 10^999999999 digits.
 *
 * <p>Only the digits after the point: how large a number may be is its range constraint's business
 * ({@code @DecimalMax}), so that {@code 1e30} is told "must be at most 168", not a count of digits.
 * Unlike {@code @Digits}, it therefore has no limit before the point.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AtMostDecimals.Validator.class)
public @interface AtMostDecimals {

  /** The most digits after the decimal point. */
  int value();

  String message() default "must have at most {value} digits after the decimal point";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Validator implements ConstraintValidator<AtMostDecimals, BigDecimal> {

    private int decimals;

    @Override
    public void initialize(AtMostDecimals annotation) {
      decimals = annotation.value();
    }

    @Override
    public boolean isValid(BigDecimal number, ConstraintValidatorContext context) {
      return number == null || hasAtMost(number, decimals);
    }

    /** Cheap for any number: stripping trailing zeros only shortens the digits written. */
    static boolean hasAtMost(BigDecimal number, int decimals) {
      return number.scale() <= decimals || number.stripTrailingZeros().scale() <= decimals;
    }
  }
}
