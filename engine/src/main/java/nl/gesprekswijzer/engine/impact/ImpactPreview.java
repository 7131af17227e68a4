package nl.gesprekswijzer.engine.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.scenario.Scenario;
import nl.gesprekswijzer.engine.scenario.ScenarioException;
import nl.gesprekswijzer.engine.scenario.ScenarioLoader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs situations against an old and a new rule set and reports every answer that differs, grouped
 * by what changed:
 *
 * <pre>{@code
 * List<Situation> situations = new ArrayList<>(ImpactPreview.union(
 *     ImpactPreview.scenarios(before), ImpactPreview.scenarios(after)));
 * situations.addAll(ImpactPreview.generated(
 *     before, after, SituationSpread.DEFAULT_SEED, SituationSpread.DEFAULT_SIZE));
 * ImpactReport report = ImpactPreview.compare(before, after, situations);
 * }</pre>
 */
public final class ImpactPreview {

  /** Reads a scenario's situation as strictly as the service reads a request. */
  private static final ObjectMapper REQUESTS =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private ImpactPreview() {}

  /**
   * The scenarios of a rule set as situations, named by file and scenario. A scenario whose
   * situation is no request (one that shows a field the contract refuses, say) is left out: no rule
   * set can answer it, so it cannot differ.
   *
   * @throws ScenarioException when the scenario files cannot be read
   */
  public static List<Situation> scenarios(RuleSet ruleSet) {
    Map<String, String> files = new TreeMap<>();
    ruleSet
        .files()
        .forEach(
            (path, content) -> {
              if (path.startsWith(ScenarioLoader.FOLDER)
                  && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
                files.put(path, content);
              }
            });
    List<Situation> situations = new ArrayList<>();
    for (Scenario scenario : ScenarioLoader.read(files)) {
      try {
        situations.add(
            new Situation(
                scenario.toString(),
                REQUESTS.treeToValue(scenario.situation(), AdviceRequest.class)));
      } catch (JacksonException e) {
        // Not a request under either rule set: nothing to compare.
      }
    }
    return List.copyOf(situations);
  }

  /**
   * The scenarios of both rule sets, each once by file and name; where both have one of the same
   * name, the new rule set's version.
   */
  public static List<Situation> union(List<Situation> before, List<Situation> after) {
    Map<String, Situation> union = new LinkedHashMap<>();
    before.forEach(situation -> union.put(situation.origin(), situation));
    after.forEach(situation -> union.put(situation.origin(), situation));
    return List.copyOf(union.values());
  }

  /** The spread of {@link SituationSpread} for both rule sets, numbered from 1. */
  public static List<Situation> generated(RuleSet before, RuleSet after, long seed, int size) {
    List<AdviceRequest> requests = SituationSpread.generate(List.of(before, after), seed, size);
    List<Situation> situations = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      situations.add(new Situation(Situation.GENERATED + (i + 1), requests.get(i)));
    }
    return situations;
  }

  /**
   * Answers every situation under both rule sets, on every core, and groups the differences. The
   * report is the same however the work was divided: groups are ordered, and each example is the
   * first situation in the list that shows the change.
   */
  public static ImpactReport compare(RuleSet before, RuleSet after, List<Situation> situations) {
    AdvisoryEngine old = RulesAdvisoryEngine.builder().ruleSet(before).build();
    AdvisoryEngine updated = RulesAdvisoryEngine.builder().ruleSet(after).build();
    List<List<Change>> changes =
        inParallel(
            situations.size(),
            i -> {
              AdviceRequest request = situations.get(i).request();
              return AnswerDifferences.between(
                  Outcome.of(old, request), Outcome.of(updated, request));
            });

    Map<Change.Key, GroupBuilder> groups = new TreeMap<>();
    List<Situation> changed = new ArrayList<>();
    int scenarios = 0;
    int textsChanged = 0;
    for (int i = 0; i < situations.size(); i++) {
      Situation situation = situations.get(i);
      scenarios += situation.scenario() ? 1 : 0;
      List<Change> found = changes.get(i);
      if (found.isEmpty()) {
        continue;
      }
      changed.add(situation);
      textsChanged += found.stream().anyMatch(c -> c.kind() == ChangeKind.TEXT) ? 1 : 0;
      for (Change change : found) {
        groups
            .computeIfAbsent(change.key(), key -> new GroupBuilder(change, situation))
            .count(i, situation);
      }
    }
    List<ImpactReport.Group> grouped = groups.values().stream().map(GroupBuilder::build).toList();
    return new ImpactReport(
        scenarios, situations.size() - scenarios, grouped, changed, textsChanged);
  }

  /**
   * Computes the values for 0 to n - 1 on threads of its own, one per core, and returns them in
   * order. Not the common fork-join pool: its threads do not see the classes of an executable jar,
   * and Drools loads classes on the thread that evaluates.
   */
  private static <T> List<T> inParallel(int n, IntFunction<T> compute) {
    int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
    AtomicReferenceArray<T> results = new AtomicReferenceArray<>(n);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    results.set(i, compute.apply(i));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while comparing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<T> inOrder = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      inOrder.add(results.get(i));
    }
    return inOrder;
  }

  /** A group as it fills: its first change is the example, each situation counts once. */
  private static final class GroupBuilder {
    private final Change first;
    private final Situation example;
    private int count;
    private int lastCounted = -1;
    private LocalDate firstDate;
    private LocalDate lastDate;

    GroupBuilder(Change first, Situation example) {
      this.first = first;
      this.example = example;
      this.firstDate = example.request().referenceDate();
      this.lastDate = firstDate;
    }

    void count(int index, Situation situation) {
      if (index != lastCounted) {
        count++;
        lastCounted = index;
        LocalDate date = situation.request().referenceDate();
        firstDate = date.isBefore(firstDate) ? date : firstDate;
        lastDate = date.isAfter(lastDate) ? date : lastDate;
      }
    }

    ImpactReport.Group build() {
      return new ImpactReport.Group(
          first.kind(),
          first.subject(),
          first.field(),
          count,
          firstDate,
          lastDate,
          example,
          first.before(),
          first.after());
    }
  }
}
