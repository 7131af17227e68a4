package nl.gesprekswijzer.engine.benchmark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The time of one evaluation of the full default rule set, from request record to response record
 * (validation, facts, rules, texts), sampled so that JMH prints the median and tail.
 *
 * <p>The rule set is read from its folder in the {@code rules} module, so that the engine module
 * needs no dependency on the rules jar: {@code -Dgesprekswijzer.ruleset=...} points elsewhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

  private RulesAdvisoryEngine engine;
  private AdviceRequest careRequest;

  @Setup
  public void buildEngineOnce() {
    Path ruleSet =
        Path.of(System.getProperty("gesprekswijzer.ruleset", "../rules/src/main/resources/gesprekswijzer/ruleset"));
    engine = RulesAdvisoryEngine.builder().ruleSetSource(new DirectoryRuleSetSource(ruleSet)).build();
    // The contract's example request, without the CAO and the sickness.
    careRequest =
        new AdviceRequest(
            LocalDate.of(2026, 11, 23),
            "nl",
            new Conversation(ConversationType.CARE_BALANCE, LocalDate.of(2026, 8, 10)),
            new Employee(new BigDecimal("32"), LocalDate.of(2019, 4, 1)),
            new Employer(240, null),
            List.of(
                new Caregiving(
                    Relation.CHILD, 6, new BigDecimal("14"), LocalDate.of(2026, 3, 1), CareSituation.SERIOUS_ILLNESS)),
            null,
            List.of(Wish.FLEXIBLE_TIMES, Wish.FEWER_HOURS));
  }

  @Benchmark
  public AdviceResponse careBalanceAdvice() {
    return engine.advise(careRequest);
  }
}
