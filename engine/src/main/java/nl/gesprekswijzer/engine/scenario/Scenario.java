package nl.gesprekswijzer.engine.scenario;

import tools.jackson.databind.JsonNode;

/**
 * One scenario: a situation in the contract's request format and what the answer must contain.
 *
 * @param file the path of the scenario file within the rule set, e.g. {@code scenarios/care.yaml}
 * @param name the sentence that says what the scenario shows
 * @param situation the request, as the contract's JSON written as YAML
 * @param expect what to check; an empty map when the scenario only checks what every answer must
 *     satisfy
 */
public record Scenario(String file, String name, JsonNode situation, JsonNode expect) {

  @Override
  public String toString() {
    return file + ": " + name;
  }
}
