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
import java.time.LocalDate;
import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Caregiving;

/**
 * Dates that describe the past (employment start, start of care, first sick day, last talk) do not
 * lie after the reference date. A request without a reference date is checked once its default
 * (today) is filled in.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DatesNotAfterReferenceDate.Validator.class)
public @interface DatesNotAfterReferenceDate {

  String message() default "must not be after referenceDate";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Validator implements ConstraintValidator<DatesNotAfterReferenceDate, AdviceRequest> {

    @Override
    public boolean isValid(AdviceRequest request, ConstraintValidatorContext context) {
      LocalDate reference = request == null ? null : request.referenceDate();
      if (reference == null) {
        return true;
      }
      Checker checker = new Checker(reference, context);
      if (request.conversation() != null) {
        checker.check("conversation", "lastHeldOn", request.conversation().lastHeldOn());
      }
      if (request.employee() != null) {
        checker.check("employee", "employedSince", request.employee().employedSince());
      }
      if (request.sickness() != null) {
        checker.check("sickness", "firstSickDay", request.sickness().firstSickDay());
      }
      List<Caregiving> caregiving = request.caregiving();
      for (int i = 0; i < caregiving.size(); i++) {
        Caregiving care = caregiving.get(i);
        if (care != null) {
          checker.checkElement(i, care.since());
        }
      }
      return checker.valid;
    }

    private static final class Checker {
      private final LocalDate reference;
      private final ConstraintValidatorContext context;
      private boolean valid = true;

      Checker(LocalDate reference, ConstraintValidatorContext context) {
        this.reference = reference;
        this.context = context;
      }

      void check(String bean, String property, LocalDate date) {
        if (isAfterReference(date)) {
          violation().addPropertyNode(bean).addPropertyNode(property).addConstraintViolation();
        }
      }

      void checkElement(int index, LocalDate since) {
        if (isAfterReference(since)) {
          violation()
              .addPropertyNode("caregiving")
              .addPropertyNode("since")
              .inIterable()
              .atIndex(index)
              .addConstraintViolation();
        }
      }

      private boolean isAfterReference(LocalDate date) {
        return date != null && date.isAfter(reference);
      }

      private ConstraintValidatorContext.ConstraintViolationBuilder violation() {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        return context.buildConstraintViolationWithTemplate(
            "must not be after referenceDate (" + reference + ")");
      }
    }
  }
}
