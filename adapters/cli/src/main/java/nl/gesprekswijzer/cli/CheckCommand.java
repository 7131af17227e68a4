package nl.gesprekswijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import nl.gesprekswijzer.engine.scenario.Coverage;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioException;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import nl.gesprekswijzer.engine.scenario.ScenarioResult;
import nl.gesprekswijzer.engine.scenario.ScenarioRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gesprekswijzer rules check DIR}: everything the service would refuse, and every scenario
 * that no longer holds, one finding a line, each starting with the file the author wrote.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the rule set in DIR and runs every scenario in DIR/scenarios.",
      "Prints each finding on a line of its own, starting with the file (and line) it is about:",
      "  a problem in the rules, e.g.  rules/care.drl:12: mismatched input ...",
      "  a failed scenario,      e.g.  scenarios/care.yaml: <scenario name>: <what differs>",
      "  a rule never tested,    e.g.  rules/care.drl:30: rule 'x' fires in no scenario",
      "and a summary line at the end."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all is well: the rules compile, every scenario passes, every rule fires in one",
      "1:findings, printed one a line",
      "2:could not run: DIR does not exist or cannot be read"
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The rule set's folder, with ruleset.yaml at the top.")
  Path dir = Path.of("");

  @Override
  public Integer call() {
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
      err.println(dir + ": no such folder, or it cannot be read");
      return ExitCodes.COULD_NOT_RUN;
    }
    DirectoryRuleSetSource source = new DirectoryRuleSetSource(dir);
    Map<String, String> files;
    try {
      files = source.files();
    } catch (IOException e) {
      err.println(dir + ": cannot read the rule set: " + e.getMessage());
      return ExitCodes.COULD_NOT_RUN;
    }

    List<String> findings = new ArrayList<>();
    RuleSet ruleSet;
    try {
      ruleSet = RuleSetCompiler.compile(source.description(), files);
    } catch (RuleSetException e) {
      e.findings().forEach(problem -> findings.add(problem.toString()));
      findings.forEach(out::println);
      out.println(summary(findings.size(), "the rule set does not compile, so no scenario ran", started));
      return ExitCodes.FINDINGS;
    }

    List<Scenario> scenarios;
    try {
      scenarios = ScenarioLoader.load(ruleSet);
    } catch (ScenarioException e) {
      e.findings().forEach(problem -> findings.add(problem.toString()));
      findings.forEach(out::println);
      out.println(
          summary(findings.size(), ruleSet.ruleNames().size() + " rules; the scenarios cannot be read, so none ran", started));
      return ExitCodes.FINDINGS;
    }

    List<ScenarioResult> results =
        new ScenarioRunner(RulesAdvisoryEngine.builder().ruleSet(ruleSet).build()).runAll(scenarios);
    long passed = 0;
    for (ScenarioResult result : results) {
      if (result.passed()) {
        passed++;
      }
      for (String failure : result.failures()) {
        findings.add(result.scenario().file() + ": " + result.scenario().name() + ": " + oneLine(failure));
      }
    }
    for (String rule : Coverage.uncoveredRules(ruleSet, results)) {
      findings.add(RuleLocations.of(rule, files) + ": rule '" + rule + "' fires in no scenario");
    }
    findings.forEach(out::println);
    out.println(
        summary(
            findings.size(),
            ruleSet.ruleNames().size() + " rules, " + passed + " of " + results.size() + " scenarios passed",
            started));
    return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String summary(int findings, String what, long started) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    return (findings == 0 ? "OK: " : findings + (findings == 1 ? " finding: " : " findings: "))
        + what + ", in " + String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0) + " s";
  }
}
