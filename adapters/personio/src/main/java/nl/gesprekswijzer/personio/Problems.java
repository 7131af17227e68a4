package nl.gesprekswijzer.personio;

import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.spi.SituationException;

/**
 * The fields of Personio's documents that cannot be read, each named by its document and a JSON
 * pointer into it ({@code employee#/data/attributes/hire_date/value}), as {@link SituationException}
 * says. Messages say what was expected and never repeat a value of the documents.
 */
final class Problems {

  private final List<Violation> violations = new ArrayList<>();

  void add(String document, String pointer, String problem) {
    violations.add(new Violation(document + "#" + pointer, problem));
  }

  /** A problem with what the caller gives, {@code caller.employerSize}. */
  void addForCaller(String component, String problem) {
    violations.add(new Violation("caller." + component, problem));
  }

  /** A problem with a document as a whole: missing, or not JSON. */
  void addForDocument(String document, String problem) {
    violations.add(new Violation(document, problem));
  }

  boolean any() {
    return !violations.isEmpty();
  }

  void throwIfAny() {
    if (any()) {
      throw new SituationException(PersonioSituationSource.PLATFORM, violations);
    }
  }
}
