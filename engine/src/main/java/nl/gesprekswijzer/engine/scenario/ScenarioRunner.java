package nl.gesprekswijzer.engine.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Runs scenarios against an engine and reports, per scenario, every way the answer differs from
 * what it expects. Never throws for a scenario: a refused request, or an engine that fails, is a
 * failure of that scenario, so that one broken case does not hide the results of the others.
 *
 * <p>Thread-safe when the engine is.
 */
public final class ScenarioRunner {

  private final AdvisoryEngine engine;

  public ScenarioRunner(AdvisoryEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** Runs every scenario, in order. */
  public List<ScenarioResult> runAll(Collection<Scenario> scenarios) {
    return scenarios.stream().map(this::run).toList();
  }

  public ScenarioResult run(Scenario scenario) {
    List<String> failures = new ArrayList<>();
    AdviceRequest request;
    try {
      request = Json.MAPPER.treeToValue(scenario.situation(), AdviceRequest.class);
    } catch (JacksonException e) {
      failures.add("the situation is not a valid request: " + Json.describe(e));
      return new ScenarioResult(scenario, failures, Set.of());
    }
    List<String> refusalNames = refusal(scenario.expect().path(Expectation.ERROR.key()));

    AdviceResponse response;
    try {
      response = engine.advise(request);
    } catch (InvalidRequestException e) {
      checkRefusal(refusalNames, e.violations(), failures);
      return new ScenarioResult(scenario, failures, Set.of());
    } catch (RuntimeException e) {
      // An engine that fails on a valid situation is the finding this scenario reports.
      failures.add("the engine failed: " + e);
      return new ScenarioResult(scenario, failures, Set.of());
    }

    if (!refusalNames.isEmpty()) {
      failures.add("expected the request to be refused naming " + String.join(", ", refusalNames)
          + ", but it was answered");
    }
    JsonNode answer = Json.MAPPER.valueToTree(response);
    for (Map.Entry<Expectation, JsonNode> expectation : Expectation.in(scenario.expect()).entrySet()) {
      if (expectation.getKey() != Expectation.ERROR) {
        expectation.getKey().check(expectation.getValue(), answer, failures);
      }
    }
    Invariants.check(response, answer, failures);
    Set<String> fired = new TreeSet<>();
    response.explanation().stream().map(Explanation::rule).forEach(fired::add);
    return new ScenarioResult(scenario, failures, fired);
  }

  /** The fields {@code expect.error} names: one, written as text, or a list. */
  private static List<String> refusal(JsonNode error) {
    if (Json.isAbsent(error)) {
      return List.of();
    }
    if (error.isString()) {
      return List.of(error.asString());
    }
    List<String> fields = new ArrayList<>();
    error.forEach(field -> fields.add(field.asString()));
    return fields;
  }

  private static void checkRefusal(List<String> expected, List<Violation> violations, List<String> failures) {
    List<String> named = violations.stream().map(Violation::field).toList();
    if (expected.isEmpty()) {
      failures.add(
          "expected advice, but the request was refused: "
              + String.join("; ", violations.stream().map(v -> v.field() + " " + v.problem()).toList()));
      return;
    }
    for (String field : expected) {
      if (!named.contains(field)) {
        failures.add("expected the request to be refused naming " + field + "; it named " + named);
      }
    }
  }
}
