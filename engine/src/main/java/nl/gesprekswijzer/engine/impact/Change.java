package nl.gesprekswijzer.engine.impact;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two answers to the same situation.
 *
 * @param subject what changed: a topic, solution, entitlement, deadline, tip or rule id; {@code
 *     followUp}, {@code agenda}; for a refusal the fields it names; for a text the list and id,
 *     e.g. {@code entitlements[SHORT_TERM_CARE_LEAVE]}
 * @param field the part that changed, e.g. {@code maxHours}, {@code dueDate}, {@code conditions};
 *     empty where the whole subject was added or removed
 * @param before the value under the old rule set, {@code null} when it had none
 * @param after the value under the new rule set, {@code null} when it has none
 */
public record Change(
    ChangeKind kind,
    String subject,
    String field,
    @Nullable String before,
    @Nullable String after) {

  /** What groups changes in a report: the kind, the subject and the field, not the values. */
  Key key() {
    return new Key(kind, subject, field);
  }

  record Key(ChangeKind kind, String subject, String field) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byKind = kind.compareTo(other.kind);
      if (byKind != 0) {
        return byKind;
      }
      int bySubject = subject.compareTo(other.subject);
      return bySubject != 0 ? bySubject : field.compareTo(other.field);
    }
  }
}
