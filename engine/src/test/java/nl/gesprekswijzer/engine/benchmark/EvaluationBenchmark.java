package nl.gesprekswijzer.engine.benchmark;

import java.util.concurrent.TimeUnit;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.evaluation.AdviceStages;
import nl.gesprekswijzer.engine.evaluation.DroolsFloor;
import nl.gesprekswijzer.engine.evaluation.NaiveEvaluation;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.evaluation.Validation;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The time of one evaluation of the full default rule set for a typical situation of each
 * conversation type, sampled so that JMH prints the median and the tail:
 *
 * <ul>
 *   <li>{@code advise}: the engine as the service runs it, on the rule base precompiled at build,
 *       from request record to response record (validation, facts, rules, texts, ordering);
 *   <li>{@code adviseCompiledFromDrl}: the same engine on the rules compiled from their DRL at
 *       start, as a folder of policy staff is;
 *   <li>{@code naiveDrools}: the reference, the same rules with a new session per call;
 *   <li>{@code droolsFloor}: the limit for any engine on Drools, the same rules with their
 *       consequences emptied, matched on the same facts in a pooled session ({@link DroolsFloor});
 *   <li>{@code rulesWithConsequences}: the same rules as compiled for the floor with their
 *       consequences, collecting the advice, nothing validated or assembled ({@link AdviceStages}):
 *       minus the floor, what the consequences cost;
 *   <li>{@code assembly}: only the answer's assembly from advice collected once (texts, order,
 *       explanation), the other part of {@code advise} beyond the rules;
 *   <li>{@code parseAndValidate}: the floor of the request, only reading the JSON and validating
 *       it;
 *   <li>{@code writeAnswer}: the floor of the answer, only writing the response as JSON, which the
 *       service does on top of {@code advise}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class EvaluationBenchmark {

  @Param({"CARE_BALANCE", "SICK_LEAVE", "WELLBEING", "CAREER"})
  public String conversation;

  private final ObjectMapper json = JsonMapper.builder().build();
  private RulesAdvisoryEngine engine;
  private RulesAdvisoryEngine drlEngine;
  private NaiveEvaluation naive;
  private DroolsFloor floor;
  private AdviceStages stages;
  private Advice collected;
  private AdviceResponse answer;
  private final Validation validation = new Validation();
  private String body;
  private AdviceRequest request;

  @Setup
  public void buildEngineOnce() {
    RuleSet ruleSet = Situations.compileDefaultRuleSet();
    engine = Situations.shippedEngine();
    drlEngine = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build();
    naive = new NaiveEvaluation(ruleSet);
    floor = new DroolsFloor(ruleSet);
    body = Situations.json(conversation);
    request = json.readValue(body, AdviceRequest.class);
    answer = engine.advise(request);
    stages = new AdviceStages(ruleSet);
    collected = stages.collect(request);
  }

  @Benchmark
  public AdviceResponse advise() {
    return engine.advise(request);
  }

  @Benchmark
  public AdviceResponse adviseCompiledFromDrl() {
    return drlEngine.advise(request);
  }

  @Benchmark
  public AdviceResponse naiveDrools() {
    return naive.advise(request);
  }

  @Benchmark
  public long droolsFloor() {
    return floor.match(request);
  }

  @Benchmark
  public Advice rulesWithConsequences() {
    return stages.collect(request);
  }

  @Benchmark
  public AdviceResponse assembly() {
    return stages.assemble(request, collected);
  }

  @Benchmark
  public byte[] writeAnswer() {
    return json.writeValueAsBytes(answer);
  }

  @Benchmark
  public AdviceRequest parseAndValidate() {
    AdviceRequest parsed = json.readValue(body, AdviceRequest.class);
    validation.validate(parsed);
    return parsed;
  }
}
