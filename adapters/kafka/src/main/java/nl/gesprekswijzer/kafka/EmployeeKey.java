package nl.gesprekswijzer.kafka;

import java.util.regex.Pattern;
import nl.gesprekswijzer.api.AdviceRequest;
import org.jspecify.annotations.Nullable;

/**
 * The record key {@code tenant/employeeRef}. It decides the partition, so every situation of one
 * employee is handled in order by one task, which also keeps that employee's watched dates. Neither
 * part can hold a {@code /}, so the key splits one way only; both are plain references, never a
 * name or free text.
 */
final class EmployeeKey {

  /** A tenant id, as the service accepts one for an API key. */
  static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** The contract's {@code employeeRef}. */
  static final Pattern EMPLOYEE_REF =
      Pattern.compile("[A-Za-z0-9._:-]{1," + AdviceRequest.EMPLOYEE_REF_MAX_LENGTH + "}");

  private EmployeeKey() {}

  static String of(String tenant, String employeeRef) {
    return tenant + "/" + employeeRef;
  }

  static boolean isTenant(@Nullable String tenant) {
    return tenant != null && TENANT.matcher(tenant).matches();
  }

  static boolean isEmployeeRef(@Nullable String employeeRef) {
    return employeeRef != null && EMPLOYEE_REF.matcher(employeeRef).matches();
  }

  /** Whether a key has the form {@code tenant/employeeRef}; only such a key is ever repeated. */
  static boolean isWellFormed(@Nullable String key) {
    if (key == null) {
      return false;
    }
    int slash = key.indexOf('/');
    return slash > 0 && isTenant(key.substring(0, slash)) && isEmployeeRef(key.substring(slash + 1));
  }
}
