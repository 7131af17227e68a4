package nl.gesprekswijzer.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
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

  /** The shape of a date in the contract; whether the day exists is another question. */
  private static final Pattern WRITTEN_AS_A_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

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

  /**
   * A reading error as {@code field: message}, without Jackson's class names, in the words the
   * service uses for the same mistake (CONTRACT.md, Errors): a date that is not a day of the
   * calendar, a date not written as yyyy-mm-dd, a whole number out of its range, an unknown code.
   */
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
    if (e instanceof InputCoercionException) {
      String range = range(component(e));
      return field + ": " + (range == null ? "is out of range for a whole number" : "must be a whole number " + range);
    }
    if (e instanceof MismatchedInputException mismatch && !path.isEmpty()) {
      Class<?> type = mismatch.getTargetType();
      if (type == LocalDate.class) {
        return field + ": " + notADate(mismatch);
      }
      if (type != null && type.isEnum()) {
        return field
            + ": must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
      }
      if (type == Integer.class || type == int.class) {
        String range = range(component(e));
        return field + ": must be a whole number" + (range == null ? "" : " " + range);
      }
    }
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return field + ": " + message.lines().findFirst().orElse(message);
  }

  /** {@code 2026-02-30 is not a day of the calendar}, or how a date is written. */
  private static String notADate(MismatchedInputException mismatch) {
    if (mismatch instanceof InvalidFormatException invalid
        && invalid.getValue() instanceof String text
        && WRITTEN_AS_A_DATE.matcher(text).matches()) {
      try {
        LocalDate.parse(text);
      } catch (DateTimeParseException notADay) {
        return text + " is not a day of the calendar";
      }
    }
    return "must be a date written as yyyy-mm-dd, for example 2026-11-23";
  }

  /** {@code from 1 to 10000000}: a whole-number field's range, or {@code null} without one. */
  private static @Nullable String range(@Nullable Method component) {
    Min min = component == null ? null : component.getAnnotation(Min.class);
    Max max = component == null ? null : component.getAnnotation(Max.class);
    return min == null || max == null ? null : "from " + min.value() + " to " + max.value();
  }

  /** The accessor of the request's record component the error's path leads to, if any. */
  private static @Nullable Method component(JacksonException e) {
    Class<?> type = AdviceRequest.class;
    Method accessor = null;
    for (JacksonException.Reference reference : e.getPath()) {
      String name = reference.getPropertyName();
      if (name == null) {
        continue; // a list position: the element type was taken with the list
      }
      if (type == null || !type.isRecord()) {
        return null;
      }
      RecordComponent found =
          Arrays.stream(type.getRecordComponents())
              .filter(candidate -> candidate.getName().equals(name))
              .findFirst()
              .orElse(null);
      if (found == null) {
        return null;
      }
      accessor = found.getAccessor();
      type =
          List.class.isAssignableFrom(found.getType())
                  && found.getGenericType() instanceof ParameterizedType list
                  && list.getActualTypeArguments()[0] instanceof Class<?> element
              ? element
              : found.getType();
    }
    return accessor;
  }
}
