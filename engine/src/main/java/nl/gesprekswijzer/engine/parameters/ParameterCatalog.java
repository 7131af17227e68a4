package nl.gesprekswijzer.engine.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.yaml.YamlLines;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Every parameter of a rule set, and the values in force on a given date. */
public final class ParameterCatalog {

  private static final int MAX_CACHED_DATES = 4096;
  private static final List<String> STATUSES =
      List.of("CONFIRMED", "UNCONFIRMED", "DERIVED", "POLICY");
  /** What a parameter may say: a misspelt key (legalbasis) would otherwise be dropped unnoticed. */
  private static final Set<String> KEYS =
      Set.of("description", "type", "legalBasis", "source", "status", "note", "values");
  private static final Set<String> VALUE_KEYS = Set.of("from", "value", "note");

  private final Map<String, Parameter> parameters;
  private final Map<String, String> legalBases;
  private final Map<LocalDate, Parameters> inForce = new ConcurrentHashMap<>();

  private ParameterCatalog(Map<String, Parameter> parameters) {
    this.parameters = Map.copyOf(parameters);
    Map<String, String> bases = new HashMap<>();
    parameters.values().stream()
        .filter(p -> p.legalBasis() != null)
        .forEach(p -> bases.put(p.name(), p.legalBasis()));
    this.legalBases = Map.copyOf(bases);
  }

  /**
   * Reads parameter files: each a YAML map from parameter name to its definition.
   *
   * @param files the parsed files, keyed by path
   * @param problems receives one line per problem, naming the file and the parameter
   */
  public static ParameterCatalog read(Map<String, JsonNode> files, List<String> problems) {
    return read(files, Map.of(), problems);
  }

  /**
   * Reads parameter files, each problem at the line of what it is about: the parameter's key, or
   * the {@code from} or {@code value} that is wrong.
   *
   * @param lines where things are in each file, keyed by path; a file without them is named
   *     without a line
   */
  public static ParameterCatalog read(
      Map<String, JsonNode> files, Map<String, YamlLines> lines, List<String> problems) {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    files.forEach(
        (path, root) -> {
          if (!root.isObject()) {
            problems.add(path + ": must be a map from parameter name to definition");
            return;
          }
          YamlLines places = lines.getOrDefault(path, YamlLines.none());
          for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Where where = new Where(path, places, entry.getKey());
            Parameter parameter = parse(entry.getKey(), entry.getValue(), where, problems);
            if (parameter != null && parameters.putIfAbsent(parameter.name(), parameter) != null) {
              problems.add(where.at() + ": defined twice");
            }
          }
        });
    return new ParameterCatalog(parameters);
  }

  /** A parameter in its file: problems name the line of the part they are about. */
  private record Where(String path, YamlLines lines, String name) {

    /** {@code path line N: parameter name}, at the deepest part of the path the file has. */
    String at(Object... part) {
      Object[] full = new Object[part.length + 1];
      full[0] = name;
      System.arraycopy(part, 0, full, 1, part.length);
      for (int length = full.length; length > 0; length--) {
        int line = lines.line(Arrays.copyOf(full, length));
        if (line > 0) {
          return path + " line " + line + ": parameter " + name;
        }
      }
      return path + ": parameter " + name;
    }
  }

  private static @Nullable Parameter parse(String name, JsonNode node, Where where, List<String> problems) {
    int before = problems.size();
    if (!node.isObject()) {
      problems.add(where.at() + ": must be a map with description, type, source, status and values");
      return null;
    }
    for (String key : node.propertyNames()) {
      if (!KEYS.contains(key)) {
        problems.add(where.at(key) + ": unknown key '" + key + "'; a parameter has " + sorted(KEYS));
      }
    }
    Parameter.Type type = null;
    try {
      type = Parameter.Type.valueOf(text(node, "type", where, problems).toUpperCase());
    } catch (IllegalArgumentException e) {
      problems.add(where.at("type") + ": type must be number, date or list");
    }
    String description = text(node, "description", where, problems);
    String source = text(node, "source", where, problems);
    String status = text(node, "status", where, problems);
    if (!status.isEmpty() && !STATUSES.contains(status)) {
      problems.add(where.at("status") + ": status must be one of " + STATUSES);
    }
    String legalBasis = node.path("legalBasis").isString() ? node.get("legalBasis").asString() : null;
    List<Parameter.DatedValue> values = new ArrayList<>();
    JsonNode list = node.path("values");
    if (!list.isArray() || list.isEmpty()) {
      problems.add(where.at("values") + ": values must be a list of {from, value}");
    } else {
      LocalDate previous = null;
      for (int i = 0; i < list.size(); i++) {
        JsonNode value = list.get(i);
        if (!value.isObject()) {
          problems.add(where.at("values", i) + ": each value must be a map {from: 2026-01-01, value: ...}");
          continue;
        }
        for (String key : value.propertyNames()) {
          if (!VALUE_KEYS.contains(key)) {
            problems.add(where.at("values", i, key) + ": unknown key '" + key + "'; a value has from and value");
          }
        }
        LocalDate from = date(value.path("from"), where.at("values", i, "from") + ": from", problems);
        Object parsed =
            type == null ? null : value(type, value.path("value"), where.at("values", i, "value"), problems);
        if (from == null || parsed == null) {
          continue;
        }
        if (previous != null && !from.isAfter(previous)) {
          problems.add(
              where.at("values", i, "from") + ": values must be in date order, oldest first (" + from + ")");
        }
        previous = from;
        values.add(new Parameter.DatedValue(from, parsed));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new Parameter(name, description, type, legalBasis, source, status, values);
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  private static String text(JsonNode node, String field, Where where, List<String> problems) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.asString().isBlank()) {
      problems.add(where.at(field) + ": " + field + " is required");
      return "";
    }
    return value.asString();
  }

  private static @Nullable Object value(
      Parameter.Type type, JsonNode value, String where, List<String> problems) {
    if (value.isMissingNode() || value.isNull()) {
      problems.add(where + ": value is missing");
      return null;
    }
    switch (type) {
      case NUMBER -> {
        if (value.isNumber() || value.isString()) {
          try {
            return new BigDecimal(value.asString().trim());
          } catch (NumberFormatException e) {
            // reported below
          }
        }
        problems.add(where + ": value '" + value + "' is not a number");
        return null;
      }
      case DATE -> {
        return date(value, where + ": value", problems);
      }
      case LIST -> {
        if (!value.isArray()) {
          problems.add(where + ": value must be a list");
          return null;
        }
        List<String> codes = new ArrayList<>();
        value.forEach(code -> codes.add(code.asString()));
        return List.copyOf(codes);
      }
      default -> throw new IllegalStateException(type.name());
    }
  }

  /**
   * A date as written, {@code 2026-01-01}; one that does not exist (2026-02-30), a missing one and
   * any other form are refused.
   */
  private static @Nullable LocalDate date(JsonNode node, String where, List<String> problems) {
    String text = node.isValueNode() && !node.isNull() ? node.asString("") : "";
    if (text.isBlank()) {
      problems.add(where + " is missing; write a date like 2026-01-01");
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(where + " '" + text + "' is not a date like 2026-01-01");
      return null;
    }
  }

  public boolean contains(String name) {
    return parameters.containsKey(name);
  }

  public Collection<Parameter> all() {
    return parameters.values();
  }

  /**
   * The first date any figure applies from: before it the rules have nothing to go on, so a request
   * for an earlier date cannot be answered. {@code null} for a catalog without parameters.
   */
  public @Nullable LocalDate firstDate() {
    return parameters.values().stream()
        .flatMap(parameter -> parameter.values().stream().map(Parameter.DatedValue::from))
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** The values in force on the date, as the fact the rules read. */
  public Parameters on(LocalDate date) {
    Parameters cached = inForce.get(date);
    if (cached != null) {
      return cached;
    }
    Map<String, Object> values = new HashMap<>();
    for (Parameter parameter : parameters.values()) {
      Object value = parameter.valueOn(date);
      if (value != null) {
        values.put(parameter.name(), value);
      }
    }
    Parameters resolved = new Parameters(date, values, legalBases);
    if (inForce.size() >= MAX_CACHED_DATES) {
      inForce.clear();
    }
    inForce.put(date, resolved);
    return resolved;
  }
}
