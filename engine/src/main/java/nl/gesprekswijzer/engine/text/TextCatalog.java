package nl.gesprekswijzer.engine.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.yaml.YamlLines;
import org.jspecify.annotations.Nullable;
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
  // Dates are written out as "23 november 2026": the month names of each language once, because a
  // DateTimeFormatter per date was a tenth of rendering an answer.
  private static final Map<String, Locale> LOCALES =
      Map.of("nl", Locale.forLanguageTag("nl"), "en", Locale.ENGLISH);
  private static final Map<String, String[]> MONTHS =
      Map.of("nl", monthNames(LOCALES.get("nl")), "en", monthNames(LOCALES.get("en")));
  private static final Map<String, String> AND = Map.of("nl", " en ", "en", " and ");

  private final Map<String, Map<String, String>> texts;
  // Every text split into its literal parts and placeholders once, by language then key, so that
  // rendering an answer runs no regular expression: it was a quarter of an evaluation.
  private final Map<String, Map<String, Template>> templates;

  // The keys an answer looks texts up by, built once per id: a key concatenated per call had to be
  // hashed again on every lookup. Bounded by the ids the rule set's rules use.
  private final Map<String, Map<String, String>> keys = new ConcurrentHashMap<>();
  // How each enum constant reads in each language, once: its key is built by reflection.
  private final Map<String, Map<Enum<?>, String>> values = new ConcurrentHashMap<>();

  private TextCatalog(Map<String, Map<String, String>> texts) {
    this.texts = Map.copyOf(texts);
    Map<String, Map<String, Template>> byLanguage = new HashMap<>();
    for (String language : LANGUAGES) {
      Map<String, Template> parsed = new HashMap<>();
      texts.forEach(
          (key, translations) -> {
            String text = translations.get(language);
            if (text != null) {
              parsed.put(key, Template.parse(text));
            }
          });
      byLanguage.put(language, parsed);
    }
    this.templates = byLanguage;
  }

  /**
   * A text as literal parts with a placeholder between each two: {@code literals} has one element
   * more than {@code names}.
   */
  private record Template(String text, String[] literals, String[] names) {

    static Template parse(String text) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Matcher matcher = PLACEHOLDER.matcher(text);
      int end = 0;
      while (matcher.find()) {
        literals.add(text.substring(end, matcher.start()));
        // Interned, like the names rules pass as literals: finding a value is then a reference test.
        names.add(matcher.group(1).intern());
        end = matcher.end();
      }
      literals.add(text.substring(end));
      return new Template(text, literals.toArray(String[]::new), names.toArray(String[]::new));
    }
  }

  /**
   * Reads text files, reporting every key that lacks a language or has an empty text.
   *
   * @param problems receives one line per problem, naming the file and the key
   */
  public static TextCatalog read(Map<String, JsonNode> files, List<String> problems) {
    return read(files, Map.of(), problems);
  }

  /**
   * Reads text files, each problem at the line of the text's key (or of the language that is
   * wrong).
   *
   * @param lines where things are in each file, keyed by path; a file without them is named
   *     without a line
   */
  public static TextCatalog read(
      Map<String, JsonNode> files, Map<String, YamlLines> lines, List<String> problems) {
    Map<String, Map<String, String>> texts = new HashMap<>();
    files.forEach(
        (path, root) -> {
          if (!root.isObject()) {
            problems.add(path + ": must be a map from text key to {nl: ..., en: ...}");
            return;
          }
          YamlLines places = lines.getOrDefault(path, YamlLines.none());
          for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            String where = path + places.at(key) + ": text " + key;
            Map<String, String> translations = new HashMap<>();
            if (!entry.getValue().isObject()) {
              problems.add(where + ": must be a map {nl: ..., en: ...}, the text in each language");
              continue;
            }
            for (String language : LANGUAGES) {
              JsonNode text = entry.getValue().path(language);
              if (!text.isString() || text.asString().isBlank()) {
                String at = places.line(key, language) > 0 ? path + places.at(key, language) + ": text " + key : where;
                problems.add(at + ": the '" + language + "' text is missing or empty");
              } else {
                translations.put(language, text.asString().strip());
              }
            }
            entry.getValue().propertyNames().stream()
                .filter(language -> !LANGUAGES.contains(language))
                .forEach(
                    language ->
                        problems.add(
                            path + places.at(key, language) + ": text " + key + ": unknown language '"
                                + language + "'"));
            if (texts.putIfAbsent(key, Map.copyOf(translations)) != null) {
              problems.add(where + ": defined twice");
            }
          }
        });
    return new TextCatalog(texts);
  }

  /** {@link TextKeys#key(String, String)}, the same key instance for every call with an id. */
  public String key(String pattern, String id) {
    Map<String, String> ofPattern = keys.get(pattern);
    if (ofPattern == null) {
      ofPattern = keys.computeIfAbsent(pattern, p -> new ConcurrentHashMap<>());
    }
    String key = ofPattern.get(id);
    if (key == null) {
      key = ofPattern.computeIfAbsent(id, i -> TextKeys.key(pattern, i));
    }
    return key;
  }

  /** The text as written, placeholders unfilled, or {@code null} when there is none. */
  public @Nullable String text(String key, String language) {
    Map<String, String> translations = texts.get(key);
    return translations == null ? null : translations.get(language);
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
    Map<String, Template> inLanguage = templates.get(language);
    Template template = inLanguage == null ? null : inLanguage.get(key);
    if (template == null) {
      return MISSING + key + "\u27e7";
    }
    String[] names = template.names();
    if (names.length == 0) {
      return template.text();
    }
    String[] literals = template.literals();
    StringBuilder out = new StringBuilder(template.text().length() + 32);
    for (int i = 0; i < names.length; i++) {
      out.append(literals[i]);
      Object value = lookup(namesAndValues, names[i]);
      out.append(value == null ? MISSING + key + " {" + names[i] + "}\u27e7" : format(value, language));
    }
    return out.append(literals[names.length]).toString();
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

  private String word(Enum<?> constant, String language) {
    String key = TextKeys.value(constant);
    return contains(key) ? render(key, language) : constant.name().toLowerCase(Locale.ROOT);
  }

  private static String[] monthNames(Locale locale) {
    String[] names = new String[12];
    for (Month month : Month.values()) {
      names[month.ordinal()] = month.getDisplayName(TextStyle.FULL, locale);
    }
    return names;
  }

  /**
   * Numbers in the language's notation, dates written out, enum constants and {@link TextValue}s by
   * their own text, lists as an enumeration.
   */
  private String format(Object value, String language) {
    if (value instanceof TextValue phrase) {
      return render(phrase.textKey(), language, phrase.textArgs());
    }
    if (value instanceof BigDecimal number) {
      String plain = number.stripTrailingZeros().toPlainString();
      return "nl".equals(language) ? plain.replace('.', ',') : plain;
    }
    if (value instanceof LocalDate date) {
      if (date.getYear() < 1000 || date.getYear() > 9999) { // rare: the formatter pads and signs years
        return DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALES.get(language)).format(date);
      }
      return date.getDayOfMonth() + " " + MONTHS.get(language)[date.getMonthValue() - 1] + " " + date.getYear();
    }
    if (value instanceof Enum<?> constant) {
      return values
          .computeIfAbsent(language, l -> new ConcurrentHashMap<>())
          .computeIfAbsent(constant, c -> word(c, language));
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
