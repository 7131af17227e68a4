package nl.gesprekswijzer.kafka;

import java.util.List;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A situation event refused before it reached the engine, with each violation and whatever of its
 * tenant and employee reference could be read and is well formed (a dead letter names them).
 */
final class InvalidSituationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;
  private final @Nullable String tenant;
  private final @Nullable String employeeRef;

  InvalidSituationException(List<Violation> violations, @Nullable String tenant, @Nullable String employeeRef) {
    // The message names fields only, like the violations; it is never logged anyway.
    super("Invalid situation: " + violations.stream().map(Violation::field).toList(), null, false, false);
    this.violations = List.copyOf(violations);
    this.tenant = EmployeeKey.isTenant(tenant) ? tenant : null;
    this.employeeRef = EmployeeKey.isEmployeeRef(employeeRef) ? employeeRef : null;
  }

  List<Violation> violations() {
    return violations;
  }

  @Nullable String tenant() {
    return tenant;
  }

  @Nullable String employeeRef() {
    return employeeRef;
  }
}
