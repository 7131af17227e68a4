package nl.gesprekswijzer.api;

import java.util.List;
import java.util.stream.Collectors;

/** A request that breaks the contract, with every violation it contains. */
public final class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.problem())
            .collect(Collectors.joining("; ", "Invalid advice request: ", "")));
    this.violations = List.copyOf(violations);
  }

  public InvalidRequestException(Violation violation) {
    this(List.of(violation));
  }

  /** The violations, ordered by field name. Never empty. */
  public List<Violation> violations() {
    return violations;
  }
}
