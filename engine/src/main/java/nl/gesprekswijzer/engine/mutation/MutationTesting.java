package nl.gesprekswijzer.engine.mutation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.decisiontable.DecisionTableException;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.parameters.ParameterCatalog;
import nl.gesprekswijzer.engine.ruleset.EditableRuleBase;
import nl.gesprekswijzer.engine.ruleset.RuleFiles;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import nl.gesprekswijzer.engine.scenario.ScenarioResult;
import nl.gesprekswijzer.engine.scenario.ScenarioRunner;
import org.jspecify.annotations.Nullable;

/**
 * Changes each comparison and each figure of a rule set, one at a time, and runs its scenarios
 * against each change (see the package documentation for what is changed and how).
 *
 * <pre>{@code
 * RuleSetCheck check = RuleSetCheck.of(source, files);   // must be ok first
 * MutationReport report = MutationTesting.run(check.ruleSet(), 2, (done, total) -> {});
 * report.unnoticed().forEach(System.out::println);        // file:line:column: rule 'x': '>' to '>=' unnoticed
 * System.out.println(report.figure());                    // 612 of 650 changes noticed (94.2 %)
 * }</pre>
 */
public final class MutationTesting {

  /** Told after each change tried, from any of the threads. */
  @FunctionalInterface
  public interface Progress {
    void tried(int done, int total);
  }

  private final RuleSet ruleSet;
  private final Map<String, String> ruleFiles;
  /** The text rule files and the DRL of each decision table: where rules name the figures they read. */
  private final Map<String, String> ruleTexts;
  private final List<Scenario> scenarios;
  /** For each rule, the scenarios (by position) in which it fired, unchanged. */
  private final Map<String, int[]> firedIn;
  /** For each parameter, the rules whose conditions name it. */
  private final Map<String, Set<String>> readBy;
  private final Figures figures;
  /** Every scenario's result on the rules as they are. */
  private final List<ScenarioResult> unchanged;
  /**
   * Whether comparisons are tried by compiling all rules afresh instead of changing one file in
   * place: set when the answers depend on the order rules are loaded in ({@link #loadOrderMatters}).
   */
  private boolean compileInFull;
  /** How many changes each scenario (by position) has noticed so far, shared by the threads. */
  private final AtomicIntegerArray noticed;

  private MutationTesting(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    this.ruleFiles = RuleFiles.textRuleFiles(ruleSet.files());
    this.ruleTexts = withTables(ruleFiles, ruleSet.binaryFiles());
    this.scenarios = ScenarioLoader.load(ruleSet);
    this.figures = Figures.of(ruleSet.files());
    try (RulesAdvisoryEngine engine = engine(ruleSet)) {
      this.unchanged = new ScenarioRunner(engine).runAll(scenarios);
    }
    Map<String, List<Integer>> fired = new HashMap<>();
    for (int i = 0; i < unchanged.size(); i++) {
      ScenarioResult result = unchanged.get(i);
      if (!result.passed()) {
        throw new IllegalArgumentException(
            "scenario '" + result.scenario().name() + "' fails on the rules as they are; every scenario must"
                + " pass before changes to the rules can be tried: " + result.failures().get(0));
      }
      for (String rule : result.firedRules()) {
        fired.computeIfAbsent(rule, r -> new ArrayList<>()).add(i);
      }
    }
    this.firedIn = new HashMap<>();
    fired.forEach((rule, positions) -> firedIn.put(rule, positions.stream().mapToInt(Integer::intValue).toArray()));
    this.readBy = readBy(ruleTexts, ruleSet.parameters());
    this.noticed = new AtomicIntegerArray(scenarios.size());
  }

  /**
   * Tries every change.
   *
   * @param ruleSet a rule set whose every scenario passes, compiled from its files
   * @param threads how many changes to try at once, e.g. the number of processors
   * @throws IllegalArgumentException when a scenario fails on the rule set as it is
   * @throws RuleSetException when the rule files do not compile as classic DRL
   */
  public static MutationReport run(RuleSet ruleSet, int threads, Progress progress) {
    long started = System.nanoTime();
    MutationTesting testing = new MutationTesting(ruleSet);
    ParameterCatalog parameters = ruleSet.parameters();
    Comparisons.Found comparisons = Comparisons.find(testing.ruleFiles, parameters);
    List<Mutant> work =
        new ArrayList<>(Figures.find(ruleSet.files(), parameters, Figures.namedByRules(testing.ruleTexts, parameters)));
    // By file, so that a thread changes one file after another and seldom has to restore one.
    comparisons.changeable().stream()
        .sorted(Comparator.comparing(Mutant.Comparison::file).thenComparingInt(Mutant.Comparison::offset))
        .forEach(work::add);

    String loadOrderScenario =
        comparisons.changeable().isEmpty() ? null : testing.loadOrderMatters();
    testing.compileInFull = loadOrderScenario != null;

    Outcome[] outcomes = new Outcome[work.size()];
    int workers = Math.max(1, Math.min(threads, work.size()));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < workers; t++) {
        running.add(pool.submit(() -> testing.work(work, outcomes, next, done, progress)));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while trying changes", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }

    List<Outcome> all = new ArrayList<>(Arrays.asList(outcomes));
    comparisons.unchangeable()
        .forEach(m -> all.add(new Outcome(m, Outcome.Status.CANNOT_CHANGE_AN_ANSWER, null, null)));
    all.sort(Comparator.comparing((Outcome o) -> o.mutant().file()).thenComparingInt(o -> o.mutant().line()));
    return new MutationReport(all, workers, Duration.ofNanos(System.nanoTime() - started), loadOrderScenario);
  }

  /** One thread's share: takes the next change until none is left. */
  private void work(List<Mutant> work, Outcome[] outcomes, AtomicInteger next, AtomicInteger done, Progress progress) {
    Edits edits = new Edits();
    try {
      for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
        Mutant mutant = work.get(i);
        outcomes[i] =
            mutant instanceof Mutant.Figure figure
                ? tryFigure(figure)
                : edits.tryComparison((Mutant.Comparison) mutant);
        progress.tried(done.incrementAndGet(), work.size());
      }
      edits.checkRestored();
    } finally {
      edits.close();
    }
  }

  private Outcome tryFigure(Mutant.Figure figure) {
    List<String> problems = new ArrayList<>();
    ParameterCatalog changed = figures.with(figure, problems);
    if (changed == null) {
      return new Outcome(figure, Outcome.Status.REFUSED, null, String.join("; ", problems));
    }
    Set<Integer> first = new HashSet<>();
    readBy.getOrDefault(figure.parameter(), Set.of())
        .forEach(rule -> Arrays.stream(firedIn.getOrDefault(rule, new int[0])).forEach(first::add));
    try (RulesAdvisoryEngine engine = engine(ruleSet.withParameters(changed))) {
      return outcome(figure, new ScenarioRunner(engine), first.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Runs the scenarios until one fails. A change that makes its rule fire less is noticed where the
   * rule fired, one that makes it fire more where it did not: the two kinds take turns, each in the
   * order of how many changes a scenario has noticed so far, because a scenario that notices many
   * changes tends to notice the next one too.
   */
  private Outcome outcome(Mutant mutant, ScenarioRunner runner, int[] where) {
    boolean[] fired = new boolean[scenarios.size()];
    for (int position : where) {
      fired[position] = true;
    }
    List<Integer> inside = new ArrayList<>();
    List<Integer> outside = new ArrayList<>();
    for (int position = 0; position < scenarios.size(); position++) {
      (fired[position] ? inside : outside).add(position);
    }
    int[] counts = new int[scenarios.size()]; // a snapshot: other threads count on while this sorts
    for (int position = 0; position < counts.length; position++) {
      counts[position] = noticed.get(position);
    }
    Comparator<Integer> byNoticed = Comparator.comparingInt((Integer position) -> -counts[position]);
    inside.sort(byNoticed);
    outside.sort(byNoticed);
    for (int i = 0; i < Math.max(inside.size(), outside.size()); i++) {
      for (List<Integer> turn : List.of(inside, outside)) {
        if (i < turn.size()) {
          int position = turn.get(i);
          if (!runner.run(scenarios.get(position)).passed()) {
            noticed.incrementAndGet(position);
            return new Outcome(mutant, Outcome.Status.NOTICED, scenarios.get(position).name(), null);
          }
        }
      }
    }
    return new Outcome(mutant, Outcome.Status.UNNOTICED, null, null);
  }

  /**
   * One thread's editable rule base, built when it first changes a comparison: the rule files with
   * at most one file changed at a time.
   */
  private final class Edits implements AutoCloseable {
    private @Nullable EditableRuleBase ruleBase;
    private @Nullable String changedFile;

    Outcome tryComparison(Mutant.Comparison comparison) {
      if (compileInFull) {
        return compiledInFull(comparison);
      }
      try {
        if (ruleBase == null) {
          ruleBase = EditableRuleBase.of(ruleSet.source(), ruleSet.files(), ruleSet.binaryFiles());
        }
        if (changedFile != null && !changedFile.equals(comparison.file())) {
          restore();
        }
        List<String> problems = ruleBase.change(comparison.file(), comparison.apply(ruleFiles.get(comparison.file())));
        if (!problems.isEmpty()) {
          return new Outcome(comparison, Outcome.Status.REFUSED, null, problems.get(0));
        }
        changedFile = comparison.file();
        // An engine per change, closed before the next: Drools fails to change a rule base in place
        // while idle pooled sessions of it are left.
        Outcome outcome;
        try (RulesAdvisoryEngine engine = engine(ruleSet.withKieBase(ruleBase.kieBase()))) {
          outcome = outcome(comparison, new ScenarioRunner(engine), firedIn.getOrDefault(comparison.name(), new int[0]));
        }
        // What is reported unnoticed is confirmed on the rules compiled afresh: a change in place
        // loads its file's rules anew, after the others, and that order must not decide the report.
        return outcome.status() == Outcome.Status.UNNOTICED ? compiledInFull(comparison) : outcome;
      } catch (RuntimeException e) {
        // Drools could not take the change in place: start afresh with the next one.
        close();
        return new Outcome(comparison, Outcome.Status.REFUSED, null, String.valueOf(e.getMessage()));
      }
    }

    /** The outcome of a change on all rules compiled afresh, with that one change. */
    private Outcome compiledInFull(Mutant.Comparison comparison) {
      Map<String, String> files = new HashMap<>(ruleSet.files());
      files.put(comparison.file(), comparison.apply(ruleFiles.get(comparison.file())));
      try (EditableRuleBase full = EditableRuleBase.of(ruleSet.source(), files, ruleSet.binaryFiles());
          RulesAdvisoryEngine engine = engine(ruleSet.withKieBase(full.kieBase()))) {
        return outcome(comparison, new ScenarioRunner(engine), firedIn.getOrDefault(comparison.name(), new int[0]));
      } catch (RuleSetException e) {
        return new Outcome(comparison, Outcome.Status.REFUSED, null, e.problems().get(0));
      }
    }

    private void restore() {
      List<String> problems = ruleBase.change(changedFile, ruleFiles.get(changedFile));
      if (!problems.isEmpty()) {
        throw new IllegalStateException("cannot restore " + changedFile + ": " + problems);
      }
      changedFile = null;
    }

    /**
     * With every file restored, every scenario must pass again: the proof that changing the rule
     * base in place left nothing behind.
     */
    void checkRestored() {
      if (ruleBase == null) {
        return;
      }
      if (changedFile != null) {
        restore();
      }
      try (RulesAdvisoryEngine engine = engine(ruleSet.withKieBase(ruleBase.kieBase()))) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        for (Scenario scenario : scenarios) {
          ScenarioResult result = runner.run(scenario);
          if (!result.passed()) {
            throw new IllegalStateException(
                "the rule base changed in place no longer passes scenario '" + scenario.name()
                    + "' after its rules were restored; the changes' outcomes cannot be trusted");
          }
        }
      }
    }

    @Override
    public void close() {
      if (ruleBase != null) {
        ruleBase.close();
      }
      ruleBase = null;
      changedFile = null;
    }
  }

  /**
   * Whether the scenarios' answers depend on the order in which rules are loaded. Drools fires rules
   * of equal salience in load order, and a file changed in place is loaded anew, after all others:
   * a rule that reads with {@code not} a fact another rule inserts can then see it or not. Every
   * rule file is loaded anew here, in reverse order (a comment in each consequence, nothing else
   * changes), so that every two files swap places, and every scenario run again; a scenario whose
   * result or fired rules differ names the dependence.
   *
   * @return the first such scenario, or {@code null} when changes in place can be trusted
   */
  private @Nullable String loadOrderMatters() {
    try (EditableRuleBase reloaded = EditableRuleBase.of(ruleSet.source(), ruleSet.files(), ruleSet.binaryFiles())) {
      // In reverse: every two rule files end up loaded the other way round (decision tables, which
      // are not changed, now come first), as any change in place could put them.
      new TreeMap<>(ruleFiles)
          .descendingMap()
          .forEach(
              (path, text) -> {
                if (!path.endsWith(".dsl")) {
                  reloaded.change(path, loadedAnew(path, text));
                }
              });
      try (RulesAdvisoryEngine engine = engine(ruleSet.withKieBase(reloaded.kieBase()))) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        for (ScenarioResult before : unchanged) {
          ScenarioResult after = runner.run(before.scenario());
          if (after.passed() != before.passed() || !after.firedRules().equals(before.firedRules())) {
            return before.scenario().name();
          }
        }
      }
    }
    return null;
  }

  /** The rule file with a comment after each rule's {@code then}: its rules change only in text. */
  private static String loadedAnew(String path, String text) {
    StringBuilder changed = new StringBuilder(text);
    List<RuleFiles.Conditions> rules = new ArrayList<>(RuleFiles.conditions(path, text));
    for (int i = rules.size() - 1; i >= 0; i--) {
      int then = rules.get(i).end() + "then".length();
      if (text.startsWith("then", rules.get(i).end())) {
        changed.insert(then, " // loaded anew");
      }
    }
    return changed.toString();
  }

  /**
   * The text rule files with the DRL Drools generates from each decision table ({@code
   * rules/**.xlsx}), keyed by the table's path: a row's figures are named in its cells. The
   * comparisons of a table are not changed (that would mean changing cells), its figures are.
   */
  private static Map<String, String> withTables(Map<String, String> ruleFiles, Map<String, byte[]> binaryFiles) {
    Map<String, String> texts = new TreeMap<>(ruleFiles);
    binaryFiles.forEach(
        (path, bytes) -> {
          if (path.startsWith("rules/") && path.endsWith(".xlsx")) {
            try {
              texts.put(path, DecisionTable.drl(bytes));
            } catch (DecisionTableException e) {
              // The rule set compiled, so its tables read; a table that does not is left out here.
            }
          }
        });
    return texts;
  }

  private static RulesAdvisoryEngine engine(RuleSet ruleSet) {
    return RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
  }

  /** For each parameter, the rules whose conditions (or whose rule text) name it in quotes. */
  private static Map<String, Set<String>> readBy(Map<String, String> ruleFiles, ParameterCatalog parameters) {
    Map<String, Set<String>> readBy = new HashMap<>();
    ruleFiles.forEach(
        (path, text) -> {
          String code = RuleFiles.withoutComments(text);
          for (RuleFiles.Conditions conditions : RuleFiles.conditions(path, text)) {
            if (conditions.sentence()) {
              continue;
            }
            String part = code.substring(conditions.start(), conditions.end());
            parameters.all().stream()
                .filter(p -> part.contains("\"" + p.name() + "\""))
                .forEach(p -> readBy.computeIfAbsent(p.name(), n -> new HashSet<>()).add(conditions.name()));
          }
        });
    return readBy;
  }
}
