package nl.gesprekswijzer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gesprekswijzer.engine.impact.ImpactPreview;
import nl.gesprekswijzer.engine.impact.ImpactReport;
import nl.gesprekswijzer.engine.impact.Situation;
import nl.gesprekswijzer.engine.impact.SituationSpread;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import nl.gesprekswijzer.engine.scenario.ScenarioException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gesprekswijzer rules diff OLD_DIR NEW_DIR}: what publishing NEW_DIR in place of OLD_DIR
 * would change in the advice, before it is published (Terraform's {@code plan} before {@code
 * apply}). The work is the engine's ({@link ImpactPreview}); this command compiles the two folders
 * side by side, prints the report ({@link DiffReport}) and the time it took.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what NEW_DIR would change in the advice compared with OLD_DIR.",
      "",
      "Runs the scenarios of both folders, and a generated spread of situations",
      "around every date either rule set names (all conversation types, care,",
      "sick leave in weeks 1-110, employer sizes, each CAO, both languages),",
      "under both rule sets. Prints what changes, grouped by what changed:",
      "a refusal, an agenda topic, a solution, an entitlement or its figures,",
      "a deadline, the follow-up, a manager tip, a preparation item, a warning,",
      "a rule that fires, a text. Each group with its count, the value before",
      "and after, and one example situation as JSON. Prints nothing when nothing",
      "changes. The spread is the same on every run. The time taken goes to",
      "standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no answer changes",
      "1:answers change; printed grouped by what changed",
      "2:could not run: a folder cannot be read, does not compile or has scenarios that cannot be"
          + " read; each problem is printed starting with its file and line"
    })
final class DiffCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD_DIR", description = "The rule set in service now.")
  Path oldDir = Path.of("");

  @Parameters(index = "1", paramLabel = "NEW_DIR", description = "The changed rule set.")
  Path newDir = Path.of("");

  @Option(
      names = "--json",
      description = "Print the report as one JSON document (also when nothing changes).")
  boolean json;

  @Option(
      names = "--situations",
      paramLabel = "N",
      defaultValue = "" + SituationSpread.DEFAULT_SIZE,
      description =
          "Generate at least N situations besides the scenarios (0: the scenarios alone). Default:"
              + " ${DEFAULT-VALUE}.")
  int situations;

  @Option(
      names = "--seed",
      defaultValue = "" + SituationSpread.DEFAULT_SEED,
      description =
          "The seed of the generated situations; the same seed gives the same ones. Default:"
              + " ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path dir : List.of(oldDir, newDir)) {
      if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
        err.println(dir + ": no such folder, or it cannot be read");
        return ExitCodes.COULD_NOT_RUN;
      }
    }

    // One after the other: two decision tables compiled by Drools at the same time were seen to
    // give both rule sets the same table (a changed CAO figure went unnoticed).
    Compiled before = Compiled.of(oldDir);
    Compiled after = Compiled.of(newDir);
    if (before.ruleSet == null || after.ruleSet == null) {
      before.problems.forEach(err::println);
      after.problems.forEach(err::println);
      return ExitCodes.COULD_NOT_RUN;
    }
    long compiled = System.nanoTime();

    List<Situation> all = new ArrayList<>(ImpactPreview.union(before.scenarios, after.scenarios));
    all.addAll(ImpactPreview.generated(before.ruleSet, after.ruleSet, seed, situations));
    ImpactReport report = ImpactPreview.compare(before.ruleSet, after.ruleSet, all);
    long compared = System.nanoTime();

    DiffReport printed =
        new DiffReport(
            oldDir + " (" + before.ruleSet.version() + ")",
            newDir + " (" + after.ruleSet.version() + ")",
            report);
    if (json) {
      out.println(
          printed.json(
              oldDir.toString(),
              before.ruleSet.version(),
              newDir.toString(),
              after.ruleSet.version()));
    } else if (!report.unchanged()) {
      printed.text(out);
    }
    out.flush();
    err.println(
        "rules diff: "
            + (report.unchanged()
                ? "no answer changes in " + DiffReport.number(report.situations()) + " situations"
                : DiffReport.number(report.changed().size())
                    + " of "
                    + DiffReport.number(report.situations())
                    + " situations change")
            + " ("
            + report.scenarios()
            + " scenarios, "
            + DiffReport.number(report.generated())
            + " generated); "
            + "compiled both folders in "
            + seconds(compiled - started)
            + ", compared in "
            + seconds(compared - compiled)
            + ", "
            + seconds(compared - started)
            + " in all");
    return report.unchanged() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  /** A folder read, compiled and its scenarios read; or the problems that stopped it. */
  private record Compiled(
      @Nullable RuleSet ruleSet, List<Situation> scenarios, List<String> problems) {

    static Compiled of(Path dir) {
      try {
        // Through the source, so that every file of the rule set, text or binary, is read as the
        // service reads it.
        RuleSet ruleSet = RuleSetCompiler.compile(new DirectoryRuleSetSource(dir));
        return new Compiled(ruleSet, ImpactPreview.scenarios(ruleSet), List.of());
      } catch (RuleSetException e) {
        return failed(e.findings().stream().map(problem -> inFolder(dir, problem)).toList());
      } catch (ScenarioException e) {
        return failed(e.findings().stream().map(problem -> inFolder(dir, problem)).toList());
      }
    }

    private static Compiled failed(List<String> problems) {
      return new Compiled(null, List.of(), problems);
    }

    /** {@code DIR/file:line: message}: the path from where the command runs, as editors open it. */
    private static String inFolder(Path dir, Problem problem) {
      if (problem.file().isEmpty()) {
        return dir + ": " + problem.message();
      }
      return new Problem(
              dir + "/" + problem.file(),
              problem.line(),
              problem.column(),
              problem.cell(),
              problem.message())
          .toString();
    }
  }
}
