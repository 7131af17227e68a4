package nl.gesprekswijzer.engine.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH as {@code org.openjdk.jmh.Main} does, with the same command-line arguments (so {@code
 * -Djmh.args} of the {@code benchmark} profile still selects and shortens the run), and after JMH's
 * own table prints the ratios of medians from that same run, which hold across the machine's slow
 * and fast hours where the absolute figures do not:
 *
 * <ul>
 *   <li>{@code advise / droolsFloor}: how far the engine is from Drools' own matching;
 *   <li>{@code naiveDrools / advise}: what the engine gains over a new session per call;
 *   <li>{@code advise / handWritten} (CAREER): how far the engine is from the same logic in plain
 *       Java ({@code HandWrittenBenchmark}), the limit of any implementation.
 * </ul>
 *
 * <p>With {@code rulesWithConsequences} and {@code assembly} in the run, a second table splits what
 * {@code advise} adds to the floor: the consequences ({@code rulesWithConsequences - droolsFloor})
 * and the assembly of the answer, each over the floor, and their sum {@code (rulesWithConsequences
 * + assembly) / droolsFloor}: the lowest {@code advise / droolsFloor} any change reaches that keeps
 * the rules' consequences and the answer's texts as they are, validation and all else free.
 *
 * <p>Medians (p50) of the sample-time benchmarks; a ratio whose benchmarks were not both in the run
 * is left out. The load average before and after the run is printed beside them, since two cores
 * shared with others move every figure.
 */
public final class BenchmarkRatios {

  private static final String EVALUATION = EvaluationBenchmark.class.getName() + ".";
  private static final String HAND_WRITTEN = HandWrittenBenchmark.class.getName() + ".handWritten";
  private static final List<String> TYPES = Situations.TYPES;

  private BenchmarkRatios() {}

  public static void main(String[] args) throws IOException {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
        || options.shouldListProfilers() || options.shouldListResultFormats()) {
      Main.main(args); // JMH's own answers: nothing is measured, so there is nothing to divide
      return;
    }
    String loadBefore = loadAverage();
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      // JMH's message names the problem (a failed benchmark with -foe true, another JMH running).
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    System.out.print(table(results, loadBefore, loadAverage()));
  }

  /** The ratio table of one run's results, empty when the run had none of the benchmarks divided. */
  static String table(Collection<RunResult> results, String loadBefore, String loadAfter) {
    Map<String, Result<?>> byName = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String type =
          benchmark.equals(HAND_WRITTEN) ? "CAREER" : String.valueOf(result.getParams().getParam("conversation"));
      byName.put(benchmark + "@" + type, result.getPrimaryResult());
    }
    StringBuilder out = new StringBuilder();
    for (String type : TYPES) {
      Double advise = p50(byName, EVALUATION + "advise", type);
      Double floor = p50(byName, EVALUATION + "droolsFloor", type);
      Double naive = p50(byName, EVALUATION + "naiveDrools", type);
      Double hand = p50(byName, HAND_WRITTEN, type);
      if (advise == null || (floor == null && naive == null && hand == null)) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT, "| %-12s | %8s | %11s | %11s | %11s | %14s | %14s | %14s |%n",
              type, format(advise), format(floor), format(naive), format(hand),
              ratio(advise, floor), ratio(naive, advise), ratio(advise, hand)));
    }
    String unit = results.isEmpty() ? "" : results.iterator().next().getPrimaryResult().getScoreUnit();
    return (out.isEmpty() ? "" : ratios(out, unit, loadBefore, loadAfter)) + decomposition(byName);
  }

  private static String ratios(StringBuilder out, String unit, String loadBefore, String loadAfter) {
    return String.format(
        Locale.ROOT,
        "%nRatios of medians (p50, %s) from this run; load average before %s, after %s%n"
            + "| %-12s | %8s | %11s | %11s | %11s | %14s | %14s | %14s |%n"
            + "| %-12s | %8s | %11s | %11s | %11s | %14s | %14s | %14s |%n%s",
        unit, loadBefore, loadAfter,
        "type", "advise", "droolsFloor", "naiveDrools", "handWritten",
        "advise / floor", "naive / advise", "advise / hand",
        "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:",
        out);
  }

  /** What advise adds to the floor, by stage, where the run has the stages' benchmarks. */
  private static String decomposition(Map<String, Result<?>> byName) {
    StringBuilder out = new StringBuilder();
    for (String type : TYPES) {
      Double advise = p50(byName, EVALUATION + "advise", type);
      Double floor = p50(byName, EVALUATION + "droolsFloor", type);
      Double rules = p50(byName, EVALUATION + "rulesWithConsequences", type);
      Double assembly = p50(byName, EVALUATION + "assembly", type);
      if (floor == null || rules == null || assembly == null) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT, "| %-12s | %11s | %11s | %8s | %8s | %14s | %14s | %22s | %14s |%n",
              type, format(floor), format(rules), format(assembly), format(advise),
              ratio(rules - floor, floor), ratio(assembly, floor), ratio(rules + assembly, floor), ratio(advise, floor)));
    }
    if (out.isEmpty()) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "%nWhat advise adds to the floor, p50 of this run: the consequences (rulesWithConsequences - droolsFloor)"
            + " and the answer's assembly, each over the floor; their sum is the lowest advise / floor that keeps"
            + " both%n"
            + "| %-12s | %11s | %11s | %8s | %8s | %14s | %14s | %22s | %14s |%n"
            + "| %-12s | %11s | %11s | %8s | %8s | %14s | %14s | %22s | %14s |%n%s",
        "type", "droolsFloor", "withConseq.", "assembly", "advise",
        "conseq. / floor", "assembly / floor", "(with + assembly) / floor", "advise / floor",
        "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:",
        out);
  }

  /** The median of a benchmark for a conversation type, or {@code null} when the run lacks it. */
  private static Double p50(Map<String, Result<?>> byName, String benchmark, String type) {
    return p50(byName.get(benchmark + "@" + type));
  }

  private static Double p50(Result<?> result) {
    return result == null ? null : result.getStatistics().getPercentile(50);
  }

  private static String format(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String ratio(Double numerator, Double denominator) {
    return numerator == null || denominator == null || denominator == 0
        ? "-"
        : String.format(Locale.ROOT, "%.2f", numerator / denominator);
  }

  /** The 1, 5 and 15 minute load averages, or "unknown" where {@code /proc/loadavg} is not. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
