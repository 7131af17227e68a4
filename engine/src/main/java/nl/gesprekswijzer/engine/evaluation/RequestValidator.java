package nl.gesprekswijzer.engine.evaluation;

import static java.util.stream.Collectors.toSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.api.constraints.AtMostDecimals;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Checks a request against the contract's constraints and names every offending field. */
final class RequestValidator {

  // Parameter interpolation only: no expression language, so nothing in a request is evaluated.
  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .defaultLocale(Locale.ENGLISH)
          .buildValidatorFactory();

  private static final Set<Class<? extends Annotation>> RANGE =
      Set.of(Min.class, Max.class, DecimalMin.class, DecimalMax.class);

  private final Validator validator = FACTORY.getValidator();

  /**
   * Refuses the request with every violation at once: the contract's constraints and the further
   * problems the caller found (such as an unknown CAO), so a client fixes them in one round.
   */
  void validate(AdviceRequest request, List<Violation> further) {
    Set<ConstraintViolation<AdviceRequest>> violations = validator.validate(request);
    if (!violations.isEmpty() || !further.isEmpty()) {
      throw new InvalidRequestException(
          Stream.concat(reported(violations), further.stream())
              .distinct()
              .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::problem))
              .toList());
    }
  }

  /**
   * One problem per number: a number out of range ({@code 168.000000000000000000001}) is told its
   * range; how many decimals it has only matters once it is in range.
   */
  private static Stream<Violation> reported(Set<ConstraintViolation<AdviceRequest>> violations) {
    Set<String> outOfRange =
        violations.stream().filter(v -> RANGE.contains(constraint(v))).map(RequestValidator::field).collect(toSet());
    return violations.stream()
        .filter(v -> constraint(v) != AtMostDecimals.class || !outOfRange.contains(field(v)))
        .map(v -> new Violation(field(v), v.getMessage()));
  }

  private static Class<? extends Annotation> constraint(ConstraintViolation<?> violation) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType();
  }

  /** The JSON path of the field: {@code caregiving[0].childAge}, {@code wishes[2]}. */
  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
    return path.isEmpty() ? "request" : path;
  }

  static InvalidRequestException nullRequest() {
    return new InvalidRequestException(List.of(new Violation("request", "must not be null")));
  }
}
