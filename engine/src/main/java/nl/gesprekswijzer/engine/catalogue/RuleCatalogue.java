package nl.gesprekswijzer.engine.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.catalogue.RuleForm.RuleFile;
import nl.gesprekswijzer.engine.catalogue.RuleForm.RuleText;
import nl.gesprekswijzer.engine.catalogue.ScenarioFirings.ScenarioRef;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.parameters.Parameter;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.text.TextCatalog;
import nl.gesprekswijzer.engine.text.TextKeys;
import org.jspecify.annotations.Nullable;

/**
 * Every rule of a rule set in plain language, with the figures it reads on one date: what {@code
 * gesprekswijzer rules doc} prints and the service's rules page shows.
 *
 * @param ruleSet the rule set's name
 * @param version the rule set's version, content hash included
 * @param date the date the parameter values and CAO rows are those in force on
 * @param language the language of the headings and titles ({@code nl} or {@code en}); the rules'
 *     explanations come in every language, this one first
 * @param rules how many rules the rule set has
 * @param scenarios every scenario of the rule set; a rule names those it fires in by position
 * @param scenarioProblems why the scenarios could not run, as {@code file:line: message}; empty
 *     when they ran
 * @param concerns the rules by concern (the folder under {@code rules/}), sorted by name
 * @param caoRows the rows of the CAO table in force on the date, by CAO
 */
public record RuleCatalogue(
    String ruleSet,
    String version,
    LocalDate date,
    String language,
    int rules,
    List<ScenarioRef> scenarios,
    List<String> scenarioProblems,
    List<Concern> concerns,
    List<CaoRow> caoRows) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  public RuleCatalogue {
    scenarios = List.copyOf(scenarios);
    scenarioProblems = List.copyOf(scenarioProblems);
    concerns = List.copyOf(concerns);
    caoRows = List.copyOf(caoRows);
  }

  /** The rules of one folder under {@code rules/}, e.g. {@code care}, file by file. */
  public record Concern(String name, List<RuleFileEntry> files) {
    public Concern {
      files = List.copyOf(files);
    }
  }

  /**
   * One rule file.
   *
   * @param description what the file says about itself in its first comment; empty when nothing
   */
  public record RuleFileEntry(String path, String description, List<RuleEntry> rules) {
    public RuleFileEntry {
      rules = List.copyOf(rules);
    }
  }

  /**
   * One rule.
   *
   * @param line the line it is declared on; 0 when its form has no lines or it was not found
   * @param cell the decision table cell of its row, {@code null} for rules written as text
   * @param concern the folder under {@code rules/} it is in, e.g. {@code care}
   * @param comment what its author wrote above it; empty when nothing
   * @param explanation the explanation text ({@code rule.<name>}) per language, the catalogue's
   *     language first, with each value the rule fills in shown as {@code ‹hours›}
   * @param parameters the parameters it reads, with their values on the catalogue's date
   * @param firedIn the positions in {@link RuleCatalogue#scenarios()} of the scenarios it fires in
   */
  public record RuleEntry(
      String name,
      String file,
      int line,
      @Nullable String cell,
      String concern,
      String comment,
      Map<String, String> explanation,
      List<ParameterInForce> parameters,
      List<Integer> firedIn) {
    public RuleEntry {
      explanation = Collections.unmodifiableMap(new LinkedHashMap<>(explanation));
      parameters = List.copyOf(parameters);
      firedIn = List.copyOf(firedIn);
    }
  }

  /**
   * A parameter as a rule reads it on the catalogue's date.
   *
   * @param type {@code number}, {@code date} or {@code list}; empty for a name the rule set does
   *     not define
   * @param value the value in force on the date as its file writes it (a list as {@code A, B});
   *     {@code null} when no value applies yet
   * @param from the date that value applies from
   * @param nextValue the value that replaces it later, {@code null} when none is known
   * @param nextFrom the date {@code nextValue} applies from
   * @param status {@code CONFIRMED}, {@code UNCONFIRMED}, {@code DERIVED}, {@code POLICY}; {@code
   *     UNKNOWN} for a name the rule set does not define
   */
  public record ParameterInForce(
      String name,
      String description,
      String type,
      @Nullable String value,
      @Nullable LocalDate from,
      @Nullable String nextValue,
      @Nullable LocalDate nextFrom,
      String source,
      @Nullable String legalBasis,
      String status) {}

  /**
   * A row of the CAO table in force on the date: one entitlement of one CAO.
   *
   * @param title the entitlement's title in the catalogue's language
   * @param relations who the employee must care for; empty when the row is not tied to care
   * @param situations the care situations it covers; empty for every situation
   */
  public record CaoRow(
      String cao,
      String entitlement,
      String title,
      LocalDate validFrom,
      @Nullable LocalDate validUntil,
      @Nullable BigDecimal weeklyHoursFactor,
      @Nullable BigDecimal hoursPerYearFullTime,
      @Nullable BigDecimal fullTimeWeeklyHours,
      int payPercent,
      @Nullable Integer periodMonths,
      List<String> relations,
      List<String> situations,
      String legalBasis) {
    public CaoRow {
      relations = List.copyOf(relations);
      situations = List.copyOf(situations);
    }
  }

  /** Runs the scenarios and builds the catalogue for the date, with the built-in rule forms. */
  public static RuleCatalogue of(RuleSet ruleSet, LocalDate date, String language) {
    return of(ruleSet, ScenarioFirings.run(ruleSet), date, language, RuleForm.BUILT_IN);
  }

  /** The catalogue for the date, with scenarios already run on this rule set. */
  public static RuleCatalogue of(RuleSet ruleSet, ScenarioFirings firings, LocalDate date, String language) {
    return of(ruleSet, firings, date, language, RuleForm.BUILT_IN);
  }

  /**
   * The catalogue for the date, reading the rule files with the given forms.
   *
   * @throws IllegalArgumentException for a language the rule set has no texts in
   */
  public static RuleCatalogue of(
      RuleSet ruleSet, ScenarioFirings firings, LocalDate date, String language, List<RuleForm> forms) {
    if (!TextCatalog.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language must be one of " + TextCatalog.LANGUAGES + ": " + language);
    }
    if (!firings.version().equals(ruleSet.version())) {
      throw new IllegalArgumentException(
          "scenarios were run on rule set " + firings.version() + ", not " + ruleSet.version());
    }
    Map<String, RuleText> texts = new HashMap<>();
    Map<String, String> descriptions = new HashMap<>();
    for (RuleForm form : forms) {
      for (RuleFile file : form.read(ruleSet)) {
        descriptions.put(file.path(), file.description());
        file.rules().forEach(rule -> texts.putIfAbsent(rule.name(), rule));
      }
    }
    List<String> languages = new ArrayList<>(TextCatalog.LANGUAGES);
    languages.remove(language);
    languages.add(0, language);

    // concern -> file -> rules
    Map<String, Map<String, List<RuleEntry>>> byConcern = new TreeMap<>();
    for (String name : ruleSet.ruleNames()) {
      RuleText text = texts.getOrDefault(name, new RuleText(name, "rules/", 0, null, "", List.of()));
      Map<String, String> explanation = new LinkedHashMap<>();
      for (String each : languages) {
        String written = ruleSet.texts().text(TextKeys.key(TextKeys.RULE, name), each);
        if (written != null) {
          explanation.put(each, readable(written));
        }
      }
      List<ParameterInForce> parameters =
          text.parameters().stream().map(parameter -> inForce(ruleSet, parameter, date)).toList();
      String concern = concernOf(text.file());
      byConcern
          .computeIfAbsent(concern, c -> new TreeMap<>())
          .computeIfAbsent(text.file(), f -> new ArrayList<>())
          .add(
              new RuleEntry(
                  name, text.file(), text.line(), text.cell(), concern, text.comment(), explanation, parameters,
                  firings.of(name)));
    }
    List<Concern> concerns = new ArrayList<>();
    byConcern.forEach(
        (concern, files) -> {
          List<RuleFileEntry> entries = new ArrayList<>();
          files.forEach(
              (path, rules) -> {
                rules.sort(Comparator.comparingInt(RuleEntry::line).thenComparing(RuleEntry::name));
                entries.add(new RuleFileEntry(path, descriptions.getOrDefault(path, ""), rules));
              });
          concerns.add(new Concern(concern, entries));
        });
    return new RuleCatalogue(
        ruleSet.name(),
        ruleSet.version(),
        date,
        language,
        ruleSet.ruleNames().size(),
        firings.scenarios(),
        firings.problems().stream().map(Object::toString).toList(),
        concerns,
        caoRows(ruleSet, date, language));
  }

  /** Every rule, concern by concern and file by file. */
  public List<RuleEntry> allRules() {
    return concerns.stream().flatMap(c -> c.files().stream()).flatMap(f -> f.rules().stream()).toList();
  }

  /** The rule of that name, if the rule set has it. */
  public @Nullable RuleEntry rule(String name) {
    return allRules().stream().filter(rule -> rule.name().equals(name)).findFirst().orElse(null);
  }

  /** A text with each value it names shown as {@code ‹name›}: {@code {hours}} reads {@code ‹hours›}. */
  static String readable(String text) {
    return PLACEHOLDER.matcher(text).replaceAll("\u2039$1\u203a");
  }

  /** The folder under {@code rules/}: {@code rules/care/agenda.drl} is about {@code care}. */
  static String concernOf(String file) {
    if (!file.startsWith("rules/")) {
      return "rules";
    }
    String rest = file.substring("rules/".length());
    int slash = rest.lastIndexOf('/');
    return slash < 0 ? "rules" : rest.substring(0, slash);
  }

  private static ParameterInForce inForce(RuleSet ruleSet, String name, LocalDate date) {
    Parameter parameter =
        ruleSet.parameters().all().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    if (parameter == null) {
      return new ParameterInForce(name, "", "", null, null, null, null, "", null, "UNKNOWN");
    }
    Parameter.DatedValue current = null;
    Parameter.DatedValue next = null;
    for (Parameter.DatedValue value : parameter.values()) {
      if (value.from().isAfter(date)) {
        next = value;
        break;
      }
      current = value;
    }
    return new ParameterInForce(
        name,
        parameter.description(),
        parameter.type().name().toLowerCase(Locale.ROOT),
        current == null ? null : written(current.value()),
        current == null ? null : current.from(),
        next == null ? null : written(next.value()),
        next == null ? null : next.from(),
        parameter.source().strip(),
        parameter.legalBasis(),
        parameter.status());
  }

  /** A value as its parameter file writes it: {@code 1.4}, {@code 2026-01-01}, {@code A, B}. */
  private static String written(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  private static List<CaoRow> caoRows(RuleSet ruleSet, LocalDate date, String language) {
    List<CaoRow> rows = new ArrayList<>();
    for (String cao : ruleSet.caos().codesOn(date)) {
      for (CaoProvision row : ruleSet.caos().provisions(cao, date)) {
        String title = ruleSet.texts().text(TextKeys.key(TextKeys.ENTITLEMENT_TITLE, row.entitlement()), language);
        rows.add(
            new CaoRow(
                row.cao(),
                row.entitlement(),
                title == null ? row.entitlement() : readable(title),
                row.validFrom(),
                row.validUntil(),
                row.weeklyHoursFactor(),
                row.hoursPerYearFullTime(),
                row.fullTimeWeeklyHours(),
                row.payPercent(),
                row.periodMonths(),
                row.relations().stream().sorted().map(Enum::name).toList(),
                row.situations().stream().sorted().map(Enum::name).toList(),
                row.legalBasis()));
      }
    }
    return rows;
  }
}
