package nl.gesprekswijzer.kafka;

import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.ConversationType;

/** What the advice step tells the deadline watch about one employee (the record's key). */
sealed interface WatchUpdate {

  /** A new advice: its dates replace the employee's watched dates. */
  record Advised(String tenant, String employeeRef, ConversationType type, AdviceResponse advice)
      implements WatchUpdate {}

  /** A tombstone (a record without a value): stop watching this employee and forget their dates. */
  record Forget() implements WatchUpdate {}
}
