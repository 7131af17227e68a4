package nl.gesprekswijzer.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** {@code gesprekswijzer advise FILE.json}: the advice for one situation, as the service gives it. */
@Command(
    name = "advise",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the advice for one situation, as indented JSON.",
      "FILE is a request in the API contract's JSON. A request the contract does not allow",
      "(a diagnosis, a missing field) is refused: each problem is printed as 'field: message'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:advice printed",
      "1:the request is refused; each problem printed as 'field: message'",
      "2:could not run: FILE cannot be read, or the rules in --rules cannot be used"
    })
final class AdviseCommand implements Callable<Integer> {

  /**
   * As strict as the service reads a request: a field the contract does not have (a diagnosis,
   * say) is refused rather than dropped, and nothing is coerced into a type it is not.
   */
  private static final JsonMapper REQUESTS =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  /** The answer as the service writes it: ISO dates, no null fields; indented for a person. */
  private static final JsonMapper ANSWERS =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The request, as JSON.")
  Path file = Path.of("");

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Advise with the rule set in this folder. Default: the rule set built into this tool.")
  @Nullable Path rules;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      err.println(file + ": no such file, or it cannot be read");
      return ExitCodes.COULD_NOT_RUN;
    }
    AdviceRequest request;
    try {
      request = REQUESTS.readValue(file.toFile(), AdviceRequest.class);
    } catch (JacksonException e) {
      err.println(describe(e));
      return ExitCodes.FINDINGS;
    }
    RulesAdvisoryEngine engine;
    try {
      RulesAdvisoryEngine.Builder builder = RulesAdvisoryEngine.builder();
      if (rules != null) {
        builder.ruleSetSource(new DirectoryRuleSetSource(rules));
      }
      engine = builder.build();
    } catch (RuleSetException e) {
      err.println((rules == null ? "the built-in rules" : rules) + ": cannot be used:");
      e.findings().forEach(err::println);
      return ExitCodes.COULD_NOT_RUN;
    }
    AdviceResponse advice;
    try {
      advice = engine.advise(request);
    } catch (InvalidRequestException e) {
      for (Violation violation : e.violations()) {
        err.println(violation.field() + ": " + violation.problem());
      }
      return ExitCodes.FINDINGS;
    }
    out.println(ANSWERS.writeValueAsString(advice));
    return ExitCodes.OK;
  }

  /** A reading error as {@code field: message}, without Jackson's class names. */
  private static String describe(JacksonException e) {
    List<String> path = new ArrayList<>();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getIndex() >= 0) {
        path.add("[" + reference.getIndex() + "]");
      } else if (reference.getPropertyName() != null) {
        path.add((path.isEmpty() ? "" : ".") + reference.getPropertyName());
      }
    }
    String field = path.isEmpty() ? "request" : String.join("", path);
    if (e instanceof UnrecognizedPropertyException) {
      return field + ": is not a field of the request";
    }
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return field + ": " + message.lines().findFirst().orElse(message);
  }
}
