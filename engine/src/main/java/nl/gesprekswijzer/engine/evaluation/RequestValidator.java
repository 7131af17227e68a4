package nl.gesprekswijzer.engine.evaluation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
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

  private final Validator validator = FACTORY.getValidator();

  /**
   * Refuses the request with every violation at once: the contract's constraints and the further
   * problems the caller found (such as an unknown CAO), so a client fixes them in one round.
   */
  void validate(AdviceRequest request, List<Violation> further) {
    Set<ConstraintViolation<AdviceRequest>> violations = validator.validate(request);
    if (!violations.isEmpty() || !further.isEmpty()) {
      throw new InvalidRequestException(
          Stream.concat(violations.stream().map(v -> new Violation(field(v), v.getMessage())), further.stream())
              .distinct()
              .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::problem))
              .toList());
    }
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
