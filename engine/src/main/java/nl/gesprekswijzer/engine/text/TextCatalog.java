package nl.gesprekswijzer.engine.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Every text of a rule set in every language, read from {@code texts/*.yaml}: a map from key to
 * {@code {nl: …, en: …}}. Texts name values as {@code {name}}; the values come from the rule
 * that fired.
 */
public final class TextCatalog {

  /** The languages every text must exist in. */
  public static final List<String> LANGUAGES = List.of("nl", "en");

  /** Marks a text that does not exist, so that scenarios and reviewers see it at once. */
  public static final String MISSING = "\u27e6missing text: ";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final Map<String, DateTimeFormatter> DATE_FORMATS =
      Map.of(
          "nl", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")),
          "en", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
  private static final Map<String, String> AND = Map.of("nl", " en ", "en", " and ");

  private final Map<String, Map<String, String>> texts;

  private TextCatalog(Map<String, Map<String, String>> texts) {
    this.texts = Map.copyOf(texts);
  }

  /**
   * Reads text files, reporting every key that lacks a language or has an empty text.
   *
   * @param problems receives one line per problem, naming the file and the key
   */
  public static TextCatalog read(Map<String, JsonNode> files, List<String> problems) {
    Map<String, Map<String, String>> texts = new HashMap<>();
    files.forEach(
        (path, root) -> {
          if (!root.isObject()) {
            problems.add(path + ": must be a map from text key to {nl: ..., en: ...}");
            return;
          }
          for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String where = path + ": text " + entry.getKey();
            Map<String, String> translations = new HashMap<>();
            for (String language : LANGUAGES) {
              JsonNode text = entry.getValue().path(language);
              if (!text.isString() || text.asString().isBlank()) {
                problems.add(where + ": the '" + language + "' text is missing or empty");
              } else {
                translations.put(language, text.asString().strip());
              }
            }
            entry.getValue().propertyNames().stream()
                .filter(language -> !LANGUAGES.contains(language))
                .forEach(language -> problems.add(where + ": unknown language '" + language + "'"));
            if (texts.putIfAbsent(entry.getKey(), Map.copyOf(translations)) != null) {
              problems.add(where + ": defined twice");
            }
          }
        });
    return new TextCatalog(texts);
  }

  public boolean contains(String key) {
    return texts.containsKey(key);
  }

  public Set<String> keys() {
    return texts.keySet();
  }

  /**
   * The text in the language with its placeholders filled in from alternating names and values.
   * A missing text or value shows as a visible marker rather than failing the answer.
   */
  public String render(String key, String language, List<Object> namesAndValues) {
    Map<String, String> translations = texts.get(key);
    String template = translations == null ? null : translations.get(language);
    if (template == null) {
      return MISSING + key + "\u27e7";
    }
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (matcher.find()) {
      String name = matcher.group(1);
      Object value = lookup(namesAndValues, name);
      String replacement =
          value == null ? MISSING + key + " {" + name + "}\u27e7" : format(value, language);
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  public String render(String key, String language) {
    return render(key, language, List.of());
  }

  private static Object lookup(List<Object> namesAndValues, String name) {
    for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
      if (name.equals(namesAndValues.get(i))) {
        return namesAndValues.get(i + 1);
      }
    }
    return null;
  }

  /** Numbers in the language's notation, dates written out, enum constants by their own text. */
  private String format(Object value, String language) {
    if (value instanceof BigDecimal number) {
      String plain = number.stripTrailingZeros().toPlainString();
      return "nl".equals(language) ? plain.replace('.', ',') : plain;
    }
    if (value instanceof LocalDate date) {
      return DATE_FORMATS.get(language).format(date);
    }
    if (value instanceof Enum<?> constant) {
      String key = TextKeys.value(constant);
      return contains(key) ? render(key, language) : constant.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof Collection<?> values) {
      List<String> parts = values.stream().map(v -> format(v, language)).toList();
      if (parts.size() <= 1) {
        return String.join("", parts);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1))
          + AND.get(language)
          + parts.get(parts.size() - 1);
    }
    return String.valueOf(value);
  }
}
