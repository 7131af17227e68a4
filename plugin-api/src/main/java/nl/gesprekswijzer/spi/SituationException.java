package nl.gesprekswijzer.spi;

import java.util.List;
import java.util.stream.Collectors;
import nl.gesprekswijzer.api.Violation;

/**
 * A platform's data that a {@link SituationSource} cannot turn into a request: a field that is
 * missing or does not read, named as the platform wrote it, so that whoever looks at the
 * platform's record finds it.
 *
 * <p>Each {@link Violation#field()} names the document and the field in it as a JSON pointer,
 * {@code employee#/data/attributes/hire_date/value}, or the {@link CallerInput} component for what
 * the caller must add, {@code caller.employerSize}. Messages name fields and say what was expected;
 * they never repeat a value that could be personal or about health.
 */
public final class SituationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public SituationException(String platform, List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.problem())
            .collect(Collectors.joining("; ", "Cannot read the " + platform + " data: ", "")));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A SituationException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Every field that is missing or wrong, in the order found. Never empty. */
  public List<Violation> violations() {
    return violations;
  }
}
