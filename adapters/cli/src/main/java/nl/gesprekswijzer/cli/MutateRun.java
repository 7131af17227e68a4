package nl.gesprekswijzer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.gesprekswijzer.engine.mutation.MutationReport;
import nl.gesprekswijzer.engine.mutation.MutationTesting;
import nl.gesprekswijzer.engine.mutation.Outcome;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;

/**
 * {@code rules check --mutate}, after a check without findings: tries every change, prints the
 * unnoticed ones and the figure, and judges it against the share required.
 */
final class MutateRun {

  private final RuleSet ruleSet;
  private final int threads;
  private final double minNoticed;
  private final boolean verbose;
  private final PrintWriter out;
  private final PrintWriter err;

  MutateRun(RuleSet ruleSet, int threads, double minNoticed, boolean verbose, PrintWriter out, PrintWriter err) {
    this.ruleSet = ruleSet;
    this.threads = threads;
    this.minNoticed = minNoticed;
    this.verbose = verbose;
    this.out = out;
    this.err = err;
  }

  int call() {
    err.println("Trying changes to the rules and figures, one at a time, on " + threads + " threads...");
    err.flush();
    MutationReport report;
    try {
      report =
          MutationTesting.run(
              ruleSet,
              threads,
              (done, total) -> {
                if (done % 100 == 0) {
                  synchronized (err) {
                    err.println("  " + done + " of " + total + " changes tried");
                    err.flush();
                  }
                }
              });
    } catch (RuleSetException | IllegalArgumentException | IllegalStateException e) {
      err.println("cannot try changes: " + e.getMessage());
      return ExitCodes.COULD_NOT_RUN;
    }
    (verbose ? report.outcomes() : report.unnoticed()).forEach(out::println);
    if (report.loadOrderScenario() != null) {
      out.println(
          "Scenario '" + report.loadOrderScenario() + "' gets another answer when the rules are loaded in"
              + " another order (a rule reads with 'not' a fact another rule inserts, and nothing says which"
              + " fires first): every change was compiled with all rules afresh, which is slower. Give the"
              + " rule that inserts the fact a higher salience to make the order certain.");
    }
    StringBuilder figure = new StringBuilder(report.figure());
    int unchangeable = report.count(Outcome.Status.CANNOT_CHANGE_AN_ANSWER);
    int refused = report.count(Outcome.Status.REFUSED);
    if (unchangeable > 0) {
      figure.append("; ").append(unchangeable)
          .append(" more compare a figure with a constant alike for every value it has, so cannot change an answer");
    }
    if (refused > 0) {
      figure.append("; ").append(refused).append(" refused by the rule set (do not compile, or invalid)");
    }
    figure.append("; in ").append(CheckCommand.seconds(report.took().toNanos()))
        .append(" on ").append(report.threads()).append(report.threads() == 1 ? " thread" : " threads");
    out.println(figure);
    if (report.percentNoticed() + 1e-9 < minNoticed) {
      out.println(
          String.format(
              Locale.ROOT,
              "Fewer than the %s %% required: add scenarios that notice the changes listed above.",
              format(minNoticed)));
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }

  private static String format(double percent) {
    return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
  }
}
