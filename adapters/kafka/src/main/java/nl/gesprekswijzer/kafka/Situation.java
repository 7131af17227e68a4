package nl.gesprekswijzer.kafka;

import nl.gesprekswijzer.api.AdviceRequest;

/**
 * One situation event, read and checked against its key: the contract's request (with its {@code
 * employeeRef}) and the tenant it belongs to.
 */
record Situation(String tenant, String employeeRef, AdviceRequest request) {

  /** The record key of this employee's situations and events: {@code tenant/employeeRef}. */
  String key() {
    return EmployeeKey.of(tenant, employeeRef);
  }
}
