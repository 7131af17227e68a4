package nl.gesprekswijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.scenario.RuleSetCheck;
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
    Map<String, byte[]> binaryFiles;
    try {
      files = source.files();
      binaryFiles = source.binaryFiles();
    } catch (IOException e) {
      err.println(dir + ": cannot read the rule set: " + e.getMessage());
      return ExitCodes.COULD_NOT_RUN;
    }

    RuleSetCheck check = RuleSetCheck.of(source.description(), files, binaryFiles);
    check.problems().forEach(out::println);
    String what =
        check.ruleSet() == null
            ? "the rule set does not compile, so no scenario ran"
            : check.scenarios() == 0 && !check.problems().isEmpty()
                ? check.ruleSet().ruleNames().size() + " rules; the scenarios cannot be read, so none ran"
                : check.ruleSet().ruleNames().size() + " rules, " + check.passed() + " of " + check.scenarios()
                    + " scenarios passed";
    out.println(summary(check.problems().size(), what, started));
    return check.ok() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static String summary(int findings, String what, long started) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    return (findings == 0 ? "OK: " : findings + (findings == 1 ? " finding: " : " findings: "))
        + what + ", in " + String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0) + " s";
  }
}
