package nl.gesprekswijzer.engine.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads scenario files. Strict on purpose: a scenario that cannot mean what its author intended (a
 * misspelt key, a missing name or situation, no reference date) is refused rather than run with
 * part of it ignored, because a check that silently does not happen looks exactly like a pass.
 */
public final class ScenarioLoader {

  /** Where a rule set keeps its scenarios. */
  public static final String FOLDER = "scenarios/";

  private static final Set<String> ENTRY_KEYS = Set.of("name", "situation", "expect");

  private ScenarioLoader() {}

  /**
   * The scenarios of a rule set: every {@code scenarios/*.yaml} (or {@code .yml}) file, in order of
   * path, each file's scenarios in the order written.
   *
   * @throws ScenarioException listing every problem in every file
   */
  public static List<Scenario> load(RuleSet ruleSet) {
    Map<String, String> scenarioFiles = new TreeMap<>();
    ruleSet.files().forEach(
        (path, content) -> {
          if (path.startsWith(FOLDER) && isYaml(path)) {
            scenarioFiles.put(path, content);
          }
        });
    return read(scenarioFiles, ruleSet);
  }

  /**
   * Scenarios from files kept anywhere, for example a folder of policy staff's own cases, to be run
   * against a rule set. Every id an expectation names (a topic, solution, rule…) must be one the
   * rule set can produce.
   *
   * @param files the content of each scenario file, keyed by the path to name it by in problems
   * @throws ScenarioException listing every problem in every file
   */
  public static List<Scenario> read(Map<String, String> files, RuleSet ruleSet) {
    return readAll(files, ruleSet);
  }

  /**
   * Scenarios from files, checked for their form only: without a rule set, a misspelt id in an
   * expectation is not found until it fails to match.
   *
   * @throws ScenarioException listing every problem in every file
   */
  public static List<Scenario> read(Map<String, String> files) {
    return readAll(files, null);
  }

  private static List<Scenario> readAll(Map<String, String> files, @Nullable RuleSet against) {
    List<String> problems = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    new TreeMap<>(files)
        .forEach((path, content) -> scenarios.addAll(readFile(path, content, against, problems)));
    checkUniqueNames(scenarios, problems);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return List.copyOf(scenarios);
  }

  private static List<Scenario> readFile(
      String path, String content, @Nullable RuleSet against, List<String> problems) {
    JsonNode root;
    try {
      root = Json.YAML.readTree(content);
    } catch (JacksonException e) {
      String at =
          e.getLocation() == null
              ? ""
              : " line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
      String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
      problems.add(path + at + ": not valid YAML: " + message);
      return List.of();
    }
    if (Json.isAbsent(root)) {
      problems.add(path + ": has no scenarios");
      return List.of();
    }
    if (!root.isArray()) {
      problems.add(path + ": must be a list of scenarios, each starting with '- name:'");
      return List.of();
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      entry(path, i + 1, root.get(i), against, problems).ifPresent(scenarios::add);
    }
    return scenarios;
  }

  private static Optional<Scenario> entry(
      String path, int number, JsonNode entry, @Nullable RuleSet against, List<String> problems) {
    int before = problems.size();
    if (!entry.isObject()) {
      problems.add(path + ": scenario " + number + ": must be a map with name, situation and expect");
      return Optional.empty();
    }
    JsonNode name = entry.path("name");
    boolean named = name.isString() && !name.asString().isBlank();
    String where =
        path + ": scenario " + number + (named ? " (\"" + name.asString().strip() + "\")" : "");
    if (!named) {
      problems.add(where + ": name is missing; give it a sentence that says what the scenario shows");
    }
    for (String key : entry.propertyNames()) {
      if (!ENTRY_KEYS.contains(key)) {
        problems.add(where + ": unknown key '" + key + "'; a scenario has name, situation and expect");
      }
    }
    JsonNode situation = entry.path("situation");
    if (!situation.isObject()) {
      problems.add(where + ": situation is missing; write the request as a map");
    } else if (Json.isAbsent(situation.get("referenceDate"))) {
      // Without a date the answer follows the calendar, and a scenario that passes today fails later.
      problems.add(where + ": situation.referenceDate is missing; a scenario fixes its date");
    }
    JsonNode expect = expect(entry.path("expect"), where, problems);
    if (problems.size() == before && against != null) {
      Expectation.in(expect)
          .forEach((expectation, value) -> expectation.checkIdsKnown(value, against, where, problems));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Scenario(path, name.asString().strip(), situation, expect));
  }

  private static JsonNode expect(JsonNode expect, String where, List<String> problems) {
    if (Json.isAbsent(expect)) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!expect.isObject()) {
      problems.add(where + ": expect must be a map, like {agenda: [CARE_SITUATION]}");
      return expect;
    }
    for (Map.Entry<String, JsonNode> written : expect.properties()) {
      Optional<Expectation> expectation = Expectation.of(written.getKey());
      if (expectation.isEmpty()) {
        problems.add(
            where + ": unknown key 'expect." + written.getKey() + "'; known: "
                + String.join(", ", Expectation.keys()));
      } else {
        expectation.get().checkShape(written.getValue(), where, problems);
      }
    }
    if (expect.has(Expectation.ERROR.key()) && expect.size() > 1) {
      problems.add(
          where + ": expect.error means the request is refused, so it cannot be combined with "
              + "expectations about the advice");
    }
    return expect;
  }

  private static void checkUniqueNames(List<Scenario> scenarios, List<String> problems) {
    Map<String, Scenario> byName = new HashMap<>();
    for (Scenario scenario : scenarios) {
      Scenario earlier = byName.putIfAbsent(scenario.name(), scenario);
      if (earlier != null) {
        problems.add(
            scenario.file() + ": scenario \"" + scenario.name() + "\" has the same name as one in "
                + earlier.file() + "; names must be unique, so that a report points at one scenario");
      }
    }
  }

  private static boolean isYaml(String path) {
    return path.endsWith(".yaml") || path.endsWith(".yml");
  }
}
