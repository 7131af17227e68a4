package nl.gesprekswijzer.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.decisiontable.DecisionTableException;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import nl.gesprekswijzer.engine.ruleset.RuleSetReview;
import org.jspecify.annotations.Nullable;

/**
 * Everything that must hold before a rule set may serve: its files compile, every scenario in it
 * passes, every rule fires in at least one scenario, and a review of its files finds nothing
 * ({@link RuleSetReview}: no rule reads anything like health details). {@code rules check} prints the result and
 * the service's rules folder publishes only a rule set that passes.
 *
 * @param ruleSet the compiled rule set; {@code null} when it does not compile
 * @param scenarios how many scenarios ran (0 when they could not)
 * @param passed how many of them passed
 * @param problems every problem, each at the place its author wrote, in the order found
 */
public record RuleSetCheck(
    @Nullable RuleSet ruleSet, int scenarios, int passed, List<Problem> problems) {

  private static final Pattern SCENARIO_NAME = Pattern.compile("^\\s*-?\\s*name:\\s*(.*)$");

  public RuleSetCheck {
    problems = List.copyOf(problems);
  }

  /** Compiles the files (keyed by path relative to the rule set's root) and runs the scenarios. */
  public static RuleSetCheck of(String source, Map<String, String> files) {
    return of(source, files, Map.of());
  }

  /**
   * Compiles the text and binary files (decision tables), keyed by path relative to the rule set's
   * root, and runs the scenarios.
   */
  public static RuleSetCheck of(String source, Map<String, String> files, Map<String, byte[]> binaryFiles) {
    return of(source, files, binaryFiles, null);
  }

  /**
   * Compiles the files and runs the scenarios like {@link #of(String, Map, Map)}; when the rule
   * files are those of {@code previous}, its rule base is reused instead of compiled again ({@link
   * RuleSetCompiler#compileReusing}).
   */
  public static RuleSetCheck of(
      String source, Map<String, String> files, Map<String, byte[]> binaryFiles, @Nullable RuleSet previous) {
    RuleSet ruleSet;
    try {
      ruleSet =
          previous == null
              ? RuleSetCompiler.compile(source, files, binaryFiles)
              : RuleSetCompiler.compileReusing(source, files, binaryFiles, previous);
    } catch (RuleSetException e) {
      List<Problem> problems = new ArrayList<>(e.findings());
      problems.addAll(RuleSetReview.of(files));
      return new RuleSetCheck(null, 0, 0, problems);
    }
    return of(ruleSet);
  }

  /** Runs the scenarios of a compiled rule set. */
  public static RuleSetCheck of(RuleSet ruleSet) {
    List<Scenario> scenarios;
    try {
      scenarios = ScenarioLoader.load(ruleSet);
    } catch (ScenarioException e) {
      List<Problem> problems = new ArrayList<>(e.findings());
      problems.addAll(RuleSetReview.of(ruleSet.files()));
      return new RuleSetCheck(ruleSet, 0, 0, problems);
    }
    List<ScenarioResult> results =
        new ScenarioRunner(RulesAdvisoryEngine.builder().ruleSet(ruleSet).build()).runAll(scenarios);
    List<Problem> problems = new ArrayList<>();
    int passed = 0;
    for (ScenarioResult result : results) {
      if (result.passed()) {
        passed++;
      }
      for (String failure : result.failures()) {
        problems.add(
            scenarioPlace(result.scenario(), ruleSet.files())
                .withMessage(result.scenario().name() + ": " + failure));
      }
    }
    for (String rule : Coverage.uncoveredRules(ruleSet, results)) {
      problems.add(
          declaration(rule, ruleSet.files(), ruleSet.binaryFiles()).withMessage("rule '" + rule + "' fires in no scenario"));
    }
    problems.addAll(RuleSetReview.of(ruleSet.files()));
    return new RuleSetCheck(ruleSet, results.size(), passed, problems);
  }

  /** True when the rule set compiles, every scenario passes and every rule fires in one. */
  public boolean ok() {
    return ruleSet != null && problems.isEmpty();
  }

  /**
   * Where a rule is declared, found in the rule files' text: the compiled rule set knows rules by
   * name only, and a policy officer looks for the file and line.
   */
  static Place declaration(String rule, Map<String, String> files) {
    return declaration(rule, files, Map.of());
  }

  /** Where a rule is declared: a line of a rule file, or the row of a decision table. */
  static Place declaration(String rule, Map<String, String> files, Map<String, byte[]> binaryFiles) {
    Pattern declaration =
        Pattern.compile(
            "(?m)^[ \\t]*rule\\s+(?:\"" + Pattern.quote(rule) + "\"|'" + Pattern.quote(rule) + "'|"
                + Pattern.quote(rule) + "(?=\\s))");
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().startsWith("rules/")) {
        Matcher found = declaration.matcher(file.getValue());
        if (found.find()) {
          int line = (int) file.getValue().substring(0, found.start()).chars().filter(c -> c == '\n').count() + 1;
          return new Place(file.getKey(), line, null);
        }
      }
    }
    for (Map.Entry<String, byte[]> table : binaryFiles.entrySet()) {
      if (table.getKey().startsWith("rules/") && table.getKey().endsWith(".xlsx")) {
        try {
          for (DecisionTable read : DecisionTable.read(table.getValue())) {
            for (DecisionTable.Row row : read.rows()) {
              if (row.ruleName().equals(rule)) {
                String cell = read.sheet() + "!" + read.columns().get(0).letter() + row.number();
                return new Place(table.getKey(), 0, cell);
              }
            }
          }
        } catch (DecisionTableException e) {
          // A table that cannot be read has not compiled either; nothing of it can be uncovered.
        }
      }
    }
    return new Place("rules/", 0, null);
  }

  /** Where a scenario begins: the line of its {@code name:} in its file (0 when not found). */
  static Place scenarioPlace(Scenario scenario, Map<String, String> files) {
    String text = files.getOrDefault(scenario.file(), "");
    List<String> lines = text.lines().toList();
    int prefixLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher name = SCENARIO_NAME.matcher(lines.get(i));
      if (name.matches()) {
        String written = name.group(1).strip().replaceAll("^[\"']|[\"']$", "");
        if (written.equals(scenario.name())) {
          return new Place(scenario.file(), i + 1, null);
        }
        if (prefixLine == 0 && !written.isEmpty() && scenario.name().startsWith(written)) {
          prefixLine = i + 1;
        }
      }
    }
    return new Place(scenario.file(), prefixLine, null);
  }

  /** A file and the line or the cell a problem is about. */
  record Place(String file, int line, @Nullable String cell) {
    Problem withMessage(String message) {
      return new Problem(file, line, 0, cell, message);
    }
  }
}
