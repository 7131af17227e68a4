package nl.gesprekswijzer.service.security;

import java.util.List;

/** The security configuration has problems; the service does not start until they are fixed. */
final class InvalidSecurityConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  InvalidSecurityConfigurationException(List<String> problems) {
    super(
        "The security configuration is not valid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, starting with the property it is about. */
  List<String> problems() {
    return problems;
  }
}
