package nl.gesprekswijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.scenario.RuleSetCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gesprekswijzer rules check DIR}: everything the service would refuse, and every scenario
 * that no longer holds, one finding a line, each starting with the file the author wrote. With
 * {@code --mutate}, also whether the scenarios notice changes to the rules ({@link MutateRun}).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles the rule set in DIR and runs every scenario in DIR/scenarios.",
      "Prints each finding on a line of its own, starting with its file and line:",
      "  a problem in a rule     rules/care.drl:12: mismatched input ...",
      "  a parameter or text     parameters/policy.yaml:12: parameter x: ...",
      "  a failed scenario       scenarios/care.yaml: <scenario>: <what differs>",
      "  a rule never tested     rules/care.drl:30: rule 'x' fires in no scenario",
      "  a rule that reads what  rules/care.drl:14: rule 'x' reads 'diagnose', ...",
      "  looks like health details (a diagnosis, symptoms, medication, an illness)",
      "and a summary line at the end.",
      "",
      "With --mutate, when all is well, it then changes each comparison in the",
      "rules' conditions ('>' to '>=', '==' to '!=', ...) and each figure a rule",
      "reads (a value a step up and down, the date it applies from a day later and",
      "earlier), one at a time, runs the scenarios against each change, and lists",
      "every change no scenario notices:",
      "  rules/care/follow-up.drl:36:34: rule 'x': '>' to '>=' unnoticed",
      "  parameters/policy.yaml:10: parameter 'x': 8 to 9 unnoticed",
      "then the figure, e.g. '612 of 650 changes noticed (94.2 %%)', and the time."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all is well (with --mutate: and at least --min-noticed %% noticed)",
      "1:findings, one a line (with --mutate: or fewer changes noticed)",
      "2:could not run: DIR does not exist or cannot be read"
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The rule set's folder, with ruleset.yaml at the top.")
  Path dir = Path.of("");

  @Option(
      names = "--mutate",
      description = "Also try changes to the rules and figures and list those no scenario notices.")
  boolean mutate;

  @Option(
      names = "--min-noticed",
      paramLabel = "PERCENT",
      description = "With --mutate: the share of changes the scenarios must notice for exit code 0. Default: ${DEFAULT-VALUE}.")
  double minNoticed = 90;

  @Option(
      names = "--verbose",
      description = "With --mutate: list every change tried, with the scenario that noticed it, not only those unnoticed.")
  boolean verbose;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "With --mutate: how many changes to try at once. Default: the number of processors, ${DEFAULT-VALUE}.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
      err.println(dir + ": no such folder, or it cannot be read");
      return ExitCodes.COULD_NOT_RUN;
    }
    if (threads < 1 || minNoticed < 0 || minNoticed > 100) {
      err.println("--threads must be 1 or more, and --min-noticed between 0 and 100");
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
    if (!check.ok()) {
      if (mutate) {
        out.println("No changes tried: --mutate needs a rule set without findings.");
      }
      return ExitCodes.FINDINGS;
    }
    if (!mutate) {
      return ExitCodes.OK;
    }
    out.flush();
    return new MutateRun(check.ruleSet(), threads, minNoticed, verbose, out, err).call();
  }

  private static String summary(int findings, String what, long started) {
    return (findings == 0 ? "OK: " : findings + (findings == 1 ? " finding: " : " findings: "))
        + what + ", in " + seconds(System.nanoTime() - started);
  }

  /** A duration as people read it: {@code 4.2 s}, {@code 1 min 12 s}. */
  static String seconds(long nanos) {
    double seconds = nanos / 1e9;
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    return String.format(Locale.ROOT, "%d min %d s", (long) seconds / 60, Math.round(seconds) % 60);
  }
}
