package nl.gesprekswijzer.engine.mutation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.parameters.Parameter;
import nl.gesprekswijzer.engine.parameters.ParameterCatalog;
import nl.gesprekswijzer.engine.ruleset.RuleFiles;
import nl.gesprekswijzer.engine.yaml.YamlLines;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The figures of a rule set's parameters as changes, and the parameters with one of them
 * changed. Only parameters a rule names count: those the engine itself reads (how long an answer
 * is, how far ahead it advises) are not a rule's.
 */
final class Figures {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final String FOLDER = "parameters/";
  private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");
  /** {@code legalBasis(...)} reads a parameter's article, not its figure. */
  private static final Pattern LEGAL_BASIS = Pattern.compile("legalBasis\\(\\s*$");

  private final Map<String, JsonNode> parsed;

  private Figures(Map<String, JsonNode> parsed) {
    this.parsed = parsed;
  }

  /** The parameter files of a rule set, parsed once. */
  static Figures of(Map<String, String> files) {
    Map<String, JsonNode> parsed = new LinkedHashMap<>();
    files.forEach(
        (path, text) -> {
          if (path.startsWith(FOLDER) && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
            try {
              parsed.put(path, YAML.readTree(text));
            } catch (JacksonException e) {
              throw new IllegalArgumentException(path + ": not valid YAML", e);
            }
          }
        });
    return new Figures(parsed);
  }

  /** The names of the parameters the rules name, in any rule file's code (comments left out). */
  static Set<String> namedByRules(Map<String, String> ruleFiles, ParameterCatalog parameters) {
    Set<String> named = new TreeSet<>();
    ruleFiles.values()
        .forEach(
            text -> {
              String code = RuleFiles.withoutComments(text);
              Matcher quoted = QUOTED.matcher(code);
              while (quoted.find()) {
                String before = code.substring(Math.max(0, quoted.start() - 40), quoted.start());
                if (parameters.contains(quoted.group(1)) && !LEGAL_BASIS.matcher(before).find()) {
                  named.add(quoted.group(1));
                }
              }
            });
    return named;
  }

  /** Every change to the figures of the named parameters, file by file, in the order written. */
  static List<Mutant.Figure> find(Map<String, String> files, ParameterCatalog parameters, Set<String> named) {
    Map<String, Parameter> byName = new HashMap<>();
    parameters.all().forEach(p -> byName.put(p.name(), p));
    LocalDate firstDate = parameters.firstDate();
    List<Mutant.Figure> figures = new ArrayList<>();
    new java.util.TreeMap<>(files)
        .forEach(
            (path, text) -> {
              if (!path.startsWith(FOLDER) || !(path.endsWith(".yaml") || path.endsWith(".yml"))) {
                return;
              }
              YamlLines lines = YamlLines.of(text);
              JsonNode root;
              try {
                root = YAML.readTree(text);
              } catch (JacksonException e) {
                return;
              }
              for (String name : root.propertyNames()) {
                Parameter parameter = byName.get(name);
                if (parameter == null || !named.contains(name)) {
                  continue;
                }
                JsonNode written = root.get(name).path("values");
                for (int i = 0; i < parameter.values().size(); i++) {
                  Parameter.DatedValue value = parameter.values().get(i);
                  String original = written.path(i).path("value").asString(String.valueOf(value.value()));
                  int valueLine = lines.line(name, "values", i, "value");
                  for (String changed : changedValues(value.value())) {
                    figures.add(new Mutant.Figure(path, valueLine, name, i, "value", original, changed));
                  }
                  int fromLine = lines.line(name, "values", i, "from");
                  LocalDate from = value.from();
                  if (i > 0 || firstDate == null || from.isAfter(firstDate)) {
                    figures.add(new Mutant.Figure(path, fromLine, name, i, "from", from.toString(), from.plusDays(1).toString()));
                  }
                  if (i > 0) {
                    figures.add(new Mutant.Figure(path, fromLine, name, i, "from", from.toString(), from.minusDays(1).toString()));
                  }
                }
              }
            });
    return figures;
  }

  /** A number a step up and down (never below zero from zero or more), a date a day later and earlier. */
  private static List<String> changedValues(Object value) {
    if (value instanceof BigDecimal number) {
      BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, number.scale()));
      List<String> changed = new ArrayList<>();
      changed.add(number.add(step).toPlainString());
      BigDecimal down = number.subtract(step);
      if (down.signum() >= 0 || number.signum() < 0) {
        changed.add(down.toPlainString());
      }
      return changed;
    }
    if (value instanceof LocalDate date) {
      return List.of(date.plusDays(1).toString(), date.minusDays(1).toString());
    }
    return List.of(); // a list of codes: not a figure
  }

  /**
   * The parameters with one figure changed, or {@code null} when the change makes them invalid
   * (a date moved onto the next value's), each problem then added.
   */
  @Nullable ParameterCatalog with(Mutant.Figure figure, List<String> problems) {
    Map<String, JsonNode> changed = new LinkedHashMap<>(parsed);
    JsonNode file = parsed.get(figure.file()).deepCopy();
    ((ObjectNode) file.get(figure.parameter()).get("values").get(figure.index()))
        .put(figure.field(), figure.replacement());
    changed.put(figure.file(), file);
    int before = problems.size();
    ParameterCatalog parameters = ParameterCatalog.read(changed, problems);
    return problems.size() > before ? null : parameters;
  }
}
