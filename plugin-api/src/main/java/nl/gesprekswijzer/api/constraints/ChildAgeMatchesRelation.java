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
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Relation;

/** {@code childAge} is given exactly when the person cared for is the employee's child. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChildAgeMatchesRelation.Validator.class)
public @interface ChildAgeMatchesRelation {

  String message() default "is required when relation is CHILD, and only then";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports the problem on {@code childAge} itself, so the error names the field to fix. */
  final class Validator implements ConstraintValidator<ChildAgeMatchesRelation, Caregiving> {

    @Override
    public boolean isValid(Caregiving care, ConstraintValidatorContext context) {
      if (care == null || care.relation() == null) {
        return true;
      }
      boolean child = care.relation() == Relation.CHILD;
      if (child == (care.childAge() != null)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              child ? "is required when relation is CHILD" : "is only allowed when relation is CHILD")
          .addPropertyNode("childAge")
          .addConstraintViolation();
      return false;
    }
  }
}
