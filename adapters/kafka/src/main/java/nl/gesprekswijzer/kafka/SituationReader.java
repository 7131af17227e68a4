package nl.gesprekswijzer.kafka;

import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a situation event: the contract's request as JSON, with {@code tenant} beside its fields,
 * keyed {@code tenant/employeeRef}. Everything but the key and the tenant the engine checks itself
 * when it advises; this class checks what only an event has.
 */
final class SituationReader {

  static final String TENANT = "tenant";
  static final String EMPLOYEE_REF = "employeeRef";
  static final String KEY = "key";

  private SituationReader() {}

  /**
   * @throws InvalidSituationException when the value is not a readable request, or its tenant or
   *     employee reference is missing or does not match the key
   */
  static Situation read(@Nullable String key, byte[] value) {
    JsonNode tree;
    try {
      tree = Json.SITUATIONS.readTree(value);
    } catch (JacksonException e) {
      throw new InvalidSituationException(List.of(ReadingViolations.of(e)), null, null);
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new InvalidSituationException(
          List.of(new Violation(ReadingViolations.WHOLE_SITUATION,
              "must be one JSON object, the advice request with its tenant, and nothing else")),
          null,
          null);
    }
    List<Violation> violations = new ArrayList<>();
    JsonNode tenantNode = object.remove(TENANT);
    String tenant = tenantNode != null && tenantNode.isString() ? tenantNode.asString() : null;
    if (tenantNode == null || tenantNode.isNull()) {
      violations.add(new Violation(TENANT,
          "is missing; the tenant the employee belongs to, 'default' where the platform has no tenants"));
    } else if (!EmployeeKey.isTenant(tenant)) {
      violations.add(new Violation(TENANT,
          "must be 1 to 64 characters, each a letter A-Z or a-z, a digit or one of . _ -, starting with a letter or a digit"));
    }
    JsonNode refNode = object.get(EMPLOYEE_REF);
    String employeeRef = refNode != null && refNode.isString() ? refNode.asString() : null;
    if (refNode == null || refNode.isNull()) {
      violations.add(new Violation(EMPLOYEE_REF,
          "is missing; a situation event names its employee with the platform's own reference"));
    } else if (!EmployeeKey.isEmployeeRef(employeeRef)) {
      violations.add(new Violation(EMPLOYEE_REF,
          "must be 1 to " + AdviceRequest.EMPLOYEE_REF_MAX_LENGTH
              + " characters, each a letter A-Z or a-z, a digit or one of . _ : -"));
    }
    if (key == null) {
      violations.add(new Violation(KEY,
          "is missing; key each situation tenant/employeeRef, so that one employee's situations are"
              + " handled in order"));
    } else if (violations.isEmpty() && !key.equals(EmployeeKey.of(tenant, employeeRef))) {
      violations.add(new Violation(KEY,
          "must be the situation's tenant and employeeRef as tenant/employeeRef, so that one"
              + " employee's situations are handled in order"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidSituationException(violations, tenant, employeeRef);
    }
    AdviceRequest request;
    try {
      request = Json.SITUATIONS.treeToValue(object, AdviceRequest.class);
    } catch (JacksonException e) {
      throw new InvalidSituationException(List.of(ReadingViolations.of(e)), tenant, employeeRef);
    }
    return new Situation(tenant, employeeRef, request);
  }
}
