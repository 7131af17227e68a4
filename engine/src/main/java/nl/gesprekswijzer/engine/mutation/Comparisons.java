package nl.gesprekswijzer.engine.mutation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.parameters.Parameter;
import nl.gesprekswijzer.engine.parameters.ParameterCatalog;
import nl.gesprekswijzer.engine.ruleset.RuleFiles;
import org.jspecify.annotations.Nullable;

/** Finds every comparison in the conditions of a rule set's text rule files, each as a change. */
final class Comparisons {

  private static final Pattern OPERATOR =
      Pattern.compile(">=|<=|==|!=|(?<![-<>=!])>(?![>=])|(?<![<])<(?![<=])");
  /** Type arguments such as {@code List<Wish>}: their brackets are no comparison. */
  private static final Pattern GENERIC =
      Pattern.compile("(?<=[A-Za-z0-9_])<\\s*[A-Z][\\w.]*(?:\\s*,\\s*[A-Z][\\w.]*)*\\s*>");
  /** A line of a {@code .dslr} rule that is plain DRL starts with {@code >}: a mark, no comparison. */
  private static final Pattern DRL_LINE_MARK = Pattern.compile("(?m)^[ \\t]*>");
  private static final Pattern FIGURE_BEFORE =
      Pattern.compile("\\b(number|whole|date)\\(\\s*\"([^\"]+)\"\\s*\\)\\s*$");
  /** A variable before the operator, {@code $payWeeks > 0}, bound to a figure elsewhere in the rule. */
  private static final Pattern VARIABLE_BEFORE = Pattern.compile("(\\$\\w+)\\s*$");
  private static final Pattern CONSTANT_AFTER = Pattern.compile("^\\s*(null|-?\\d+(?:\\.\\d+)?)(?![\\w.])");
  private static final Map<String, String> CHANGE =
      Map.of(">", ">=", ">=", ">", "<", "<=", "<=", "<", "==", "!=", "!=", "==");

  private Comparisons() {}

  /**
   * @param changeable the changes that could change an answer
   * @param unchangeable the comparisons between a figure and a constant that come out the same for
   *     every value the figure has, changed or not
   */
  record Found(List<Mutant.Comparison> changeable, List<Mutant.Comparison> unchangeable) {}

  static Found find(Map<String, String> ruleFiles, ParameterCatalog parameters) {
    List<Mutant.Comparison> changeable = new ArrayList<>();
    List<Mutant.Comparison> unchangeable = new ArrayList<>();
    ruleFiles.forEach(
        (path, text) -> {
          String code = RuleFiles.withoutComments(text);
          String plain = blank(GENERIC, RuleFiles.withoutStrings(code));
          if (path.endsWith(".dslr")) {
            plain = blank(DRL_LINE_MARK, plain);
          }
          for (RuleFiles.Conditions conditions : RuleFiles.conditions(path, text)) {
            Matcher operator = OPERATOR.matcher(plain).region(conditions.start(), conditions.end());
            while (operator.find()) {
              Mutant.Comparison mutant =
                  new Mutant.Comparison(
                      path,
                      RuleFiles.line(text, operator.start()),
                      operator.start() - text.lastIndexOf('\n', operator.start() - 1),
                      conditions.name(),
                      conditions.sentence(),
                      operator.start(),
                      operator.group(),
                      CHANGE.get(operator.group()));
              String rule = code.substring(conditions.start(), conditions.end());
              if (sameForEveryValue(code, rule, operator.start(), operator.group(), mutant.replacement(), parameters)) {
                unchangeable.add(mutant);
              } else {
                changeable.add(mutant);
              }
            }
          }
        });
    return new Found(changeable, unchangeable);
  }

  /**
   * Whether a comparison of a figure with a constant, {@code whole("x") > 0}, comes out the same
   * with either operator for every value the figure has on a date the rule set answers for.
   */
  private static boolean sameForEveryValue(
      String code, String rule, int at, String operator, String replacement, ParameterCatalog parameters) {
    String before = code.substring(Math.max(0, at - 300), at);
    Matcher constant = CONSTANT_AFTER.matcher(code.substring(at + operator.length()));
    if (!constant.find()) {
      return false;
    }
    Matcher figure = FIGURE_BEFORE.matcher(before);
    if (!figure.find()) {
      // $payWeeks > 0, where the rule binds $payWeeks : whole("sick-leave.wage-continuation-weeks")
      Matcher variable = VARIABLE_BEFORE.matcher(before);
      if (!variable.find()) {
        return false;
      }
      figure =
          Pattern.compile(Pattern.quote(variable.group(1)) + "\\s*:\\s*(number|whole|date)\\(\\s*\"([^\"]+)\"\\s*\\)")
              .matcher(rule);
      if (!figure.find()) {
        return false;
      }
    }
    String name = figure.group(2);
    Parameter parameter = parameters.all().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    if (parameter == null) {
      return false;
    }
    String method = figure.group(1);
    Object right = "null".equals(constant.group(1)) ? null : new BigDecimal(constant.group(1));
    for (Object value : values(parameter, method, parameters.firstDate())) {
      Boolean original = compare(value, operator, right);
      Boolean changed = compare(value, replacement, right);
      if (original == null || changed == null || !original.equals(changed)) {
        return false;
      }
    }
    return true;
  }

  /** Every value the lookup gives on some date: each dated value, and "none" before the first. */
  private static Set<@Nullable Object> values(Parameter parameter, String method, @Nullable LocalDate firstDate) {
    Set<@Nullable Object> values = new HashSet<>();
    for (Parameter.DatedValue value : parameter.values()) {
      Object v = value.value();
      if ("whole".equals(method) && v instanceof BigDecimal number) {
        values.add(new BigDecimal(number.intValue()));
      } else {
        values.add(v);
      }
    }
    LocalDate first = parameter.values().get(0).from();
    if (firstDate == null || first.isAfter(firstDate)) {
      values.add("whole".equals(method) ? BigDecimal.ONE.negate() : null);
    }
    return values;
  }

  /** The comparison as Drools makes it; {@code null} when this kind of value cannot be judged here. */
  private static @Nullable Boolean compare(@Nullable Object left, String operator, @Nullable Object right) {
    if (left == null || right == null) {
      return switch (operator) {
        case "==" -> Objects.equals(left, right);
        case "!=" -> !Objects.equals(left, right);
        default -> false;
      };
    }
    if (!(left instanceof BigDecimal number) || !(right instanceof BigDecimal constant)) {
      return null;
    }
    int order = number.compareTo(constant);
    return switch (operator) {
      case ">" -> order > 0;
      case ">=" -> order >= 0;
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case "==" -> order == 0;
      case "!=" -> order != 0;
      default -> null;
    };
  }

  private static String blank(Pattern pattern, String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      for (int i = matcher.start(); i < matcher.end(); i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }
}
