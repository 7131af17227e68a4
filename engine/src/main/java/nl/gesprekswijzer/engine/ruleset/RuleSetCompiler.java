package nl.gesprekswijzer.engine.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.engine.cao.CaoTable;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.decisiontable.DecisionTableException;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.parameters.ParameterCatalog;
import nl.gesprekswijzer.engine.text.TextCatalog;
import nl.gesprekswijzer.engine.text.TextKeys;
import nl.gesprekswijzer.engine.yaml.YamlLines;
import nl.gesprekswijzer.spi.RuleSetSource;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks a rule set's files and compiles them into a {@link RuleSet}, or reports every problem
 * found. A rule set that has a problem is never returned, so it can never replace one in service.
 *
 * <p>Checks, beyond what Drools itself reports: the manifest names the rule set and its version;
 * every parameter has a source and dated values; every text exists in every language; every
 * parameter a rule names exists; every rule has an explanation text {@code rule.<name>}; every
 * value a text can name has its words; every rule written in Dutch sentences ({@code .dslr}) uses
 * only sentences of the rule set's {@code .dsl}, each problem at the line its author wrote ({@link
 * DomainLanguage}); rule names are unique across files; every row of the CAO table ({@code
 * rules/cao/*.xlsx}) is well formed and every entitlement in it has its texts; every cell of a
 * decision table names a parameter that exists and a value of the kind its column takes. A problem
 * in a decision table names its cell.
 */
public final class RuleSetCompiler {

  private static final Logger log = LoggerFactory.getLogger(RuleSetCompiler.class);
  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final Pattern PARAMETER_USE =
      Pattern.compile(
          "\\b(?:" + String.join("|", Parameters.LOOKUP_METHODS) + ")\\(\\s*\"([^\"]+)\"");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private static final String RESOURCES = "src/main/resources/";
  private static final AtomicLong BUILDS = new AtomicLong();
  private static final List<Class<? extends Enum<?>>> VALUE_TYPES =
      List.of(Relation.class, CareSituation.class, Wish.class);
  /** The values a decision table's cell may name in its column's code, as {@code Relation.$param}. */
  private static final List<Class<? extends Enum<?>>> CELL_VALUE_TYPES =
      List.of(Relation.class, CareSituation.class, Wish.class, ConversationType.class);
  private static final Pattern CELL_VALUE = Pattern.compile("\\b(\\w+)\\.\\$param\\b");
  private static final String TABLE_SUFFIX = ".xlsx";
  /** Drools takes a spreadsheet for a decision table only under this ending. */
  private static final String DROOLS_TABLE_SUFFIX = ".drl.xlsx";

  private RuleSetCompiler() {}

  /**
   * Reads and compiles the rule set of a source. A classpath rule set packaged with its
   * precompiled rule base ({@link PrecompiledRuleBase}) loads that instead of compiling its DRL,
   * when the rule base was built from exactly these rule files.
   */
  public static RuleSet compile(RuleSetSource source) {
    Map<String, String> files;
    Map<String, byte[]> binaryFiles;
    byte[] precompiled;
    try {
      files = source.files();
      binaryFiles = source.binaryFiles();
      precompiled = source instanceof ClasspathRuleSetSource classpath ? classpath.precompiledRuleBase() : null;
    } catch (IOException e) {
      throw new RuleSetException(source.description(), List.of(e.getMessage()));
    }
    return compile(source.description(), files, binaryFiles, precompiled);
  }

  /** Compiles a rule set from its text files, keyed by path relative to the rule set's root. */
  public static RuleSet compile(String source, Map<String, String> files) {
    return compile(source, files, Map.of(), null);
  }

  /**
   * Compiles a rule set from its text files and its binary files (the decision tables), each keyed
   * by path relative to the rule set's root.
   */
  public static RuleSet compile(String source, Map<String, String> files, Map<String, byte[]> binaryFiles) {
    return compile(source, files, binaryFiles, null);
  }

  /**
   * Compiles a rule set from its files like {@link #compile(String, Map)}, but takes the rule base
   * of {@code previous} when its rule files (every file under {@code rules/}) are exactly these: a
   * change to parameters, texts, the CAO table or scenarios then costs no Drools compilation. Every
   * other check runs as always. The service's rules folder publishes changes this way.
   */
  public static RuleSet compileReusing(
      String source, Map<String, String> files, Map<String, byte[]> binaryFiles, RuleSet previous) {
    return compile(source, files, binaryFiles, null, previous);
  }

  /**
   * Checks a rule set's files and takes its rule base from a module built by {@link
   * PrecompiledRuleBase} when that was built from exactly these rule files, else compiles them.
   */
  static RuleSet compile(
      String source, Map<String, String> files, Map<String, byte[]> binaryFiles, byte @Nullable [] precompiled) {
    return compile(source, files, binaryFiles, precompiled, null);
  }

  private static RuleSet compile(
      String source,
      Map<String, String> files,
      Map<String, byte[]> binaryFiles,
      byte @Nullable [] precompiled,
      @Nullable RuleSet previous) {
    long started = System.nanoTime();
    List<String> problems = new ArrayList<>();

    JsonNode manifest = parseYaml(ClasspathRuleSetSource.MANIFEST, files, problems);
    String name = manifest == null ? "" : manifest.path("name").asString("");
    String version = manifest == null ? "" : manifest.path("version").asString("");
    if (manifest != null && (name.isBlank() || version.isBlank())) {
      problems.add(ClasspathRuleSetSource.MANIFEST + ": name and version are required");
    }

    ParameterCatalog parameters =
        ParameterCatalog.read(yamlFiles("parameters/", files, problems), yamlLines("parameters/", files), problems);
    TextCatalog texts = TextCatalog.read(yamlFiles("texts/", files, problems), yamlLines("texts/", files), problems);
    Map<String, byte[]> tables = decisionTables(binaryFiles);
    Map<String, List<DecisionTable>> readTables = readTables(tables, problems);
    CaoTable caos = CaoTable.read(files, readTables, problems);
    caos.checkTexts(texts::contains, problems);

    Map<String, String> drls = RuleFiles.textRuleFiles(files);
    if (drls.keySet().stream().allMatch(path -> path.endsWith(DomainLanguage.SENTENCES)) && tables.isEmpty()) {
      problems.add("rules/: no .drl, .dslr or .xlsx files");
    }
    DomainLanguage dutch = DomainLanguage.check(drls, problems);
    drls.forEach(
        (path, drl) -> {
          if (path.endsWith(DomainLanguage.SENTENCES)) {
            checkParameterNames(path, drl, drl, parameters, problems);
            return;
          }
          checkPackage(path, drl, problems);
          String expanded = path.endsWith(DomainLanguage.RULES) ? dutch.expanded(path) : drl;
          if (expanded != null) {
            checkParameterNames(path, expanded, drl, parameters, problems);
          }
        });
    readTables.forEach((path, inFile) -> checkCells(path, inFile, parameters, problems));

    checkValueTexts(texts, problems);

    // Drools runs even when other files have problems, so that one build reports them all.
    boolean anyRules = !drls.isEmpty() || !tables.isEmpty();
    KieBase kieBase = anyRules ? loadPrecompiled(source, precompiled, drls, tables) : null;
    boolean loaded = kieBase != null;
    boolean reused =
        kieBase == null && previous != null && anyRules && sameRuleFiles(previous, files, tables);
    if (reused) {
      kieBase = previous.kieBase();
      loaded = previous.precompiled();
    }
    if (kieBase == null && anyRules) {
      kieBase = buildKieBase(drls, dutch, tables, problems);
    }
    Map<String, String> fileOfRule = kieBase == null ? new TreeMap<>() : fileOfEachRule(kieBase, problems);
    // The rules of the CAO table's rows only insert its facts; the CAO rules that use them explain.
    fileOfRule.keySet().removeAll(caoRowRules(readTables));
    List<String> ruleNames = List.copyOf(fileOfRule.keySet());
    Map<String, String> cellOfRule = ruleCells(readTables);
    fileOfRule.forEach(
        (rule, file) -> {
          String key = TextKeys.key(TextKeys.RULE, rule);
          if (!texts.contains(key)) {
            String place = cellOfRule.containsKey(rule) ? file + " cell " + cellOfRule.get(rule) : file;
            problems.add(place + ": rule \"" + rule + "\" has no explanation text " + key + " in texts/");
          }
        });

    if (!problems.isEmpty()) {
      throw new RuleSetException(source, problems);
    }
    RuleSet ruleSet =
        new RuleSet(
            source, name, version + "+" + digest(files, binaryFiles), kieBase, loaded, parameters, texts, caos,
            ruleNames, files, binaryFiles);
    log.info(
        "Rule set {} {} from {}: {} rules ({}), {} parameters, {} CAO rows, {} texts, ready in {} ms",
        name,
        ruleSet.version(),
        source,
        ruleNames.size(),
        reused ? "rule base of " + previous.version() + " reused" : loaded ? "rule base precompiled at build" : "compiled from their files",
        parameters.all().size(),
        caos.size(),
        texts.keys().size(),
        (System.nanoTime() - started) / 1_000_000);
    return ruleSet;
  }

  /**
   * Whether a rule set has the same rule files as these: the same paths under {@code rules/}, the
   * same content, decision tables byte for byte.
   */
  private static boolean sameRuleFiles(RuleSet previous, Map<String, String> files, Map<String, byte[]> tables) {
    Map<String, byte[]> previousTables = decisionTables(previous.binaryFiles());
    return filesUnderRules(previous.files()).equals(filesUnderRules(files))
        && previousTables.keySet().equals(tables.keySet())
        && tables.entrySet().stream()
            .allMatch(table -> Arrays.equals(table.getValue(), previousTables.get(table.getKey())));
  }

  private static Map<String, String> filesUnderRules(Map<String, String> files) {
    Map<String, String> rules = new TreeMap<>();
    files.forEach(
        (path, content) -> {
          if (path.startsWith("rules/")) {
            rules.put(path, content);
          }
        });
    return rules;
  }

  /** The decision tables of a rule set: {@code rules/**.xlsx}. */
  static Map<String, byte[]> decisionTables(Map<String, byte[]> binaryFiles) {
    Map<String, byte[]> tables = new TreeMap<>();
    binaryFiles.forEach(
        (path, content) -> {
          if (path.startsWith("rules/") && path.endsWith(TABLE_SUFFIX)) {
            tables.put(path, content);
          }
        });
    return tables;
  }

  /** Where Drools is given a decision table: under the ending it takes for one. */
  static String droolsPath(String path) {
    return path.endsWith(TABLE_SUFFIX) && !path.endsWith(DROOLS_TABLE_SUFFIX)
        ? path.substring(0, path.length() - TABLE_SUFFIX.length()) + DROOLS_TABLE_SUFFIX
        : path;
  }

  /** The rule set's own path of a file Drools names. */
  static String rulesetPath(String droolsPath) {
    String path = droolsPath.replace(RESOURCES, "");
    return path.endsWith(DROOLS_TABLE_SUFFIX)
        ? path.substring(0, path.length() - DROOLS_TABLE_SUFFIX.length()) + TABLE_SUFFIX
        : path;
  }

  /** The tables of every decision table file; a file that is not one is reported, with its cell. */
  private static Map<String, List<DecisionTable>> readTables(Map<String, byte[]> tables, List<String> problems) {
    Map<String, List<DecisionTable>> read = new TreeMap<>();
    tables.forEach(
        (path, bytes) -> {
          try {
            read.put(path, DecisionTable.read(bytes));
          } catch (DecisionTableException e) {
            problems.add(tableProblem(path, e));
          }
        });
    return read;
  }

  private static String tableProblem(String path, DecisionTableException e) {
    return path + (e.cell() == null ? "" : " cell " + e.cell()) + ": " + e.getMessage();
  }

  /**
   * Checks what Drools cannot see in a decision table's cells: every parameter a cell names exists,
   * a cell that names a value names one of its kind (a {@code ConversationType}, a {@code
   * Relation}), and dates are text. The CAO table's own columns are checked by {@link CaoTable}.
   */
  private static void checkCells(
      String path, List<DecisionTable> tables, ParameterCatalog parameters, List<String> problems) {
    boolean caoTable = CaoTable.isTable(path);
    for (DecisionTable table : tables) {
      checkTablePackage(path, table, problems);
      for (DecisionTable.Row row : table.rows()) {
        for (DecisionTable.Column column : table.columns()) {
          DecisionTable.Cell cell = row.cell(column.index()).orElse(null);
          if (cell == null) {
            continue;
          }
          String where = path + " cell " + cell.ref() + ": " + column.title() + " ";
          if (cell.isDate() && !caoTable) {
            problems.add(where + "is a date cell; write the date as text like 2026-01-01");
            continue;
          }
          if (cell.text().contains("\\")) {
            problems.add(where + "'" + cell.text().strip() + "' has a backslash (\\), which no rule can take; leave it out");
            continue;
          }
          Matcher use = PARAMETER_USE.matcher(column.pattern() + " " + column.snippet(cell.text().strip()));
          while (use.find()) {
            if (!parameters.contains(use.group(1))) {
              problems.add(where + "names the parameter \"" + use.group(1) + "\", which does not exist in parameters/");
            }
          }
          Matcher value = CELL_VALUE.matcher(column.code());
          while (value.find()) {
            checkCellValue(where, value.group(1), cell.text().strip(), problems);
          }
        }
      }
    }
  }

  private static void checkCellValue(String where, String typeName, String text, List<String> problems) {
    for (Class<? extends Enum<?>> type : CELL_VALUE_TYPES) {
      if (type.getSimpleName().equals(typeName)) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(text)) {
          problems.add(where + "'" + text + "' is not a " + typeName + "; use one of " + String.join(", ", names));
        }
      }
    }
  }

  /** A table's rules are in the package of its folder, as a rule file's are. */
  private static void checkTablePackage(String path, DecisionTable table, List<String> problems) {
    // The RuleSet cell is checked on the rules Drools generates, which begin with their package.
    String expected = path.substring(0, path.lastIndexOf('/')).replace('/', '.');
    if (table.ruleSet() != null && !table.ruleSet().text().strip().equals(expected)) {
      problems.add(
          path + " cell " + table.ruleSet().ref() + ": the RuleSet must be " + expected + ", the folder the table is in");
    } else if (table.ruleSet() == null) {
      problems.add(path + " cell " + table.nameCell().ref() + ": a RuleSet cell naming " + expected
          + " must stand above the table, with the imports");
    }
  }

  /** The rules generated from the rows of the CAO tables. */
  private static Set<String> caoRowRules(Map<String, List<DecisionTable>> tables) {
    Set<String> rules = new HashSet<>();
    tables.forEach(
        (path, inFile) -> {
          if (CaoTable.isTable(path)) {
            inFile.forEach(table -> table.rows().forEach(row -> rules.add(row.ruleName())));
          }
        });
    return rules;
  }

  /** The cell of each rule generated from a decision table: its name's cell, or its row's first. */
  private static Map<String, String> ruleCells(Map<String, List<DecisionTable>> tables) {
    Map<String, String> cells = new HashMap<>();
    tables.values().forEach(
        inFile ->
            inFile.forEach(
                table ->
                    table.rows().forEach(
                        row ->
                            cells.put(
                                row.ruleName(),
                                table.sheet() + "!" + table.columns().get(0).letter() + row.number()))));
    return cells;
  }

  /**
   * The precompiled rule base, when there is one and it was built from these rule files. One that
   * does not load is reported and the rules compiled instead: the rules themselves decide.
   */
  private static @Nullable KieBase loadPrecompiled(
      String source, byte @Nullable [] precompiled, Map<String, String> drls, Map<String, byte[]> tables) {
    if (precompiled == null) {
      return null;
    }
    try {
      KieBase kieBase = PrecompiledRuleBase.load(precompiled, drls, tables);
      if (kieBase == null) {
        log.info("Rule set from {}: its precompiled rule base is of other rules; compiling the DRL", source);
      }
      return kieBase;
    } catch (RuntimeException e) {
      log.warn("Rule set from {}: its precompiled rule base does not load ({}); compiling the DRL", source, e.toString());
      return null;
    }
  }

  private static JsonNode parseYaml(String path, Map<String, String> files, List<String> problems) {
    String content = files.get(path);
    if (content == null) {
      problems.add(path + ": missing");
      return null;
    }
    try {
      return YAML.readTree(content);
    } catch (JacksonException e) {
      problems.add(path + ": not valid YAML: " + e.getOriginalMessage());
      return null;
    }
  }

  private static Map<String, JsonNode> yamlFiles(
      String folder, Map<String, String> files, List<String> problems) {
    Map<String, JsonNode> parsed = new LinkedHashMap<>();
    for (String path : files.keySet()) {
      if (path.startsWith(folder) && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
        JsonNode node = parseYaml(path, files, problems);
        if (node != null) {
          parsed.put(path, node);
        }
      }
    }
    return parsed;
  }

  /** Where the keys are in each YAML file of a folder, so that problems name their lines. */
  private static Map<String, YamlLines> yamlLines(String folder, Map<String, String> files) {
    Map<String, YamlLines> lines = new HashMap<>();
    files.forEach(
        (path, content) -> {
          if (path.startsWith(folder) && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
            lines.put(path, YamlLines.of(content));
          }
        });
    return lines;
  }

  /**
   * Every value of the situation that texts can name reads as words in both languages ({@code
   * value.Relation.SOCIAL}), never as a code.
   */
  private static void checkValueTexts(TextCatalog texts, List<String> problems) {
    for (Class<? extends Enum<?>> type : VALUE_TYPES) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = TextKeys.value(constant);
        if (!texts.contains(key)) {
          problems.add("texts/: " + key + " is missing; texts name this value in sentences");
        }
      }
    }
  }

  /** A rule file's package is its folder: {@code rules/care/x.drl} declares {@code rules.care}. */
  private static void checkPackage(String path, String drl, List<String> problems) {
    String expected = path.substring(0, path.lastIndexOf('/')).replace('/', '.');
    Matcher matcher = PACKAGE.matcher(drl);
    if (!matcher.find() || !matcher.group(1).equals(expected)) {
      problems.add(path + ": must declare \"package " + expected + "\", the folder it is in");
    }
  }

  /**
   * Every parameter a rule file names exists. A {@code .dsl} names them in what its sentences stand
   * for ({@code number("{parameter}")} takes the name from the rule); a {@code .dslr} is checked as
   * Drools reads it, expanded line for line, for the names its own lines wrote.
   *
   * @param drl the file as Drools reads it
   * @param written the file as its author wrote it
   */
  private static void checkParameterNames(
      String path, String drl, String written, ParameterCatalog parameters, List<String> problems) {
    Matcher matcher = PARAMETER_USE.matcher(drl);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (name.contains("{") || !written.contains(name)) {
        continue; // a sentence's placeholder, or a name of the sentence, checked in its .dsl
      }
      if (!parameters.contains(name)) {
        int line = 1 + (int) drl.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
        problems.add(path + " line " + line + ": unknown parameter \"" + matcher.group(1) + "\"");
      }
    }
  }

  private static @Nullable KieBase buildKieBase(
      Map<String, String> drls, DomainLanguage dutch, Map<String, byte[]> tables, List<String> problems) {
    return buildDrl(
        drls,
        dutch,
        tables,
        DrlProject.class,
        "",
        problems,
        (services, builder) -> services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase());
  }

  /**
   * Builds rule files (DRL, the Dutch rule language, and decision tables as bytes) with Drools as a
   * project of the given type and takes what the caller needs of the result; the built module leaves
   * Drools' repository again afterwards. Rule files in the Dutch rule language that have a problem
   * of their own ({@link DomainLanguage#check}) are left out, and a Drools message about a line of
   * one that is a sentence names the sentence. A problem in a decision table names its cell, never
   * the rules generated from it.
   *
   * @param kind how the problems name the kind of build, e.g. {@code " (executable model)"}
   * @return the caller's result, or {@code null} with every error added to the problems
   */
  static <T> @Nullable T buildDrl(
      Map<String, String> drls,
      DomainLanguage dutch,
      Map<String, byte[]> tables,
      Class<? extends KieBuilder.ProjectType> projectType,
      String kind,
      List<String> problems,
      BiFunction<KieServices, KieBuilder, T> result) {
    KieServices services = KieServices.get();
    ReleaseId releaseId = newReleaseId(services);
    KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    dutch.buildable(drls).forEach((path, drl) -> fileSystem.write(RESOURCES + path, drl));
    Map<String, TableSource> tableSources = new TreeMap<>();
    boolean unreadable = false;
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      try {
        TableSource source =
            new TableSource(DecisionTable.read(table.getValue()), DecisionTable.drl(table.getValue()));
        List<DecisionTable.RowProblem> unparsable = DecisionTable.parseProblems(source.tables(), source.drl());
        if (!unparsable.isEmpty()) {
          // Left out of the build: Drools would lose its way in the other rule files too.
          unreadable = true;
          unparsable.forEach(problem -> addOnce(problems, source.problem(table.getKey(), problem, kind)));
          continue;
        }
        tableSources.put(table.getKey(), source);
        fileSystem.write(RESOURCES + droolsPath(table.getKey()), table.getValue());
      } catch (DecisionTableException e) {
        // Reported once, by the check of the tables; Drools could only say the same less clearly.
        unreadable = true;
        if (!problems.contains(tableProblem(table.getKey(), e))) {
          problems.add(tableProblem(table.getKey(), e));
        }
      }
    }
    try {
      KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(projectType);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      for (Message message : authorsErrors(errors)) {
        String path = message.getPath() == null ? "rules/" : rulesetPath(message.getPath());
        TableSource table = tableSources.get(path);
        if (table != null) {
          addOnce(problems, table.problem(path, message, kind));
        } else {
          String text = dutch.reword(path, message.getLine(), message.getText().strip(), drls);
          problems.add(path + " line " + message.getLine() + kind + ": " + text);
        }
      }
      return errors.isEmpty() && !unreadable ? result.apply(services, builder) : null;
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * The errors an author should read. When a rule file does not parse, Drools also reports what the
   * other files of its package miss without it (an import, a declared type); those follow-on errors
   * name lines that are right, so only the errors of the files that do not parse are kept, without
   * Drools' own "null Package" remark beside the reason.
   */
  static List<Message> authorsErrors(List<Message> errors) {
    Set<String> unparsed = new HashSet<>();
    Set<String> withReason = new HashSet<>();
    for (Message message : errors) {
      if (isParseError(message)) {
        unparsed.add(String.valueOf(message.getPath()));
        if (!message.getText().contains(NULL_PACKAGE)) {
          withReason.add(String.valueOf(message.getPath()));
        }
      }
    }
    if (unparsed.isEmpty()) {
      return errors;
    }
    return errors.stream()
        .filter(message -> unparsed.contains(String.valueOf(message.getPath())))
        .filter(message -> !message.getText().contains(NULL_PACKAGE)
            || !withReason.contains(String.valueOf(message.getPath())))
        .toList();
  }

  private static final String NULL_PACKAGE = "Parser returned a null Package";

  private static boolean isParseError(Message message) {
    String text = message.getText().strip();
    return text.startsWith("[ERR ") || text.contains(NULL_PACKAGE);
  }

  /** Adds a problem in a cell unless the engine's own check already named that cell more clearly. */
  private static void addOnce(List<String> problems, String problem) {
    String place = problem.substring(0, problem.indexOf(": ") + 2).replaceAll(" \\([^)]*\\): $", ": ");
    if (!place.contains(" cell ") || problems.stream().noneMatch(earlier -> earlier.startsWith(place))) {
      problems.add(problem);
    }
  }

  /** A decision table as read, with the rules Drools generates from it, to place Drools' problems. */
  private record TableSource(List<DecisionTable> tables, String drl) {

    private static final Pattern NEAR = Pattern.compile("\\s*\\[Near : \\{.*", Pattern.DOTALL);
    private static final Pattern ERROR = Pattern.compile("\\[Error: (.*?)\\]\\s*$", Pattern.DOTALL);

    /**
     * Drools' problem at the cell it comes from, saying which cell of the row Drools could not
     * make a rule of; Drools' own words follow, without the code it generated around the cell.
     */
    String problem(String path, Message message, String kind) {
      String text = NEAR.matcher(message.getText()).replaceAll("").strip();
      text = ERROR.matcher(text).replaceAll("($1)").strip();
      DecisionTable.Place place = DecisionTable.locate(tables, drl, message.getLine(), message.getText());
      return place == null ? path + kind + ": " + text : problem(path, new DecisionTable.RowProblem(place, text), kind);
    }

    String problem(String path, DecisionTable.RowProblem problem, String kind) {
      DecisionTable.Place place = problem.place();
      String what =
          place.title() == null ? "" : place.title() + " '" + place.text() + "' does not make a rule Drools can compile: ";
      return path + " cell " + place.ref() + kind + ": " + what + problem.message();
    }
  }

  /**
   * A release id of its own per build or load: they never see or replace each other's modules. Only
   * the version differs, because a precompiled module finds its model under group and artifact.
   */
  static ReleaseId newReleaseId(KieServices services) {
    return services.newReleaseId("nl.gesprekswijzer", "ruleset", "1.0.0-build-" + BUILDS.incrementAndGet());
  }

  /** Every rule's name and the file it is written in, sorted by name. */
  private static Map<String, String> fileOfEachRule(KieBase kieBase, List<String> problems) {
    Map<String, String> fileOf = new TreeMap<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        String file = fileOf(rule);
        String earlier = fileOf.putIfAbsent(rule.getName(), file);
        if (earlier != null) {
          problems.add(
              file + ": rule \"" + rule.getName() + "\" also exists in " + earlier
                  + "; rule names must be unique across all rule files");
        }
      }
    }
    return fileOf;
  }

  /**
   * The file a rule is written in, so that a problem with the rule points at it. Only Drools' own
   * rule class knows; the public API does not say.
   */
  private static String fileOf(Rule rule) {
    if (rule instanceof RuleImpl impl
        && impl.getResource() != null
        && impl.getResource().getSourcePath() != null) {
      return rulesetPath(impl.getResource().getSourcePath());
    }
    return "rules/ (package " + rule.getPackageName() + ")";
  }

  /**
   * A digest of the files that shape the advice. Scenarios and documentation are left out, so that
   * adding a scenario or mending a README does not change the version platforms see.
   */
  private static String digest(Map<String, String> files, Map<String, byte[]> binaryFiles) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      Map<String, byte[]> all = new TreeMap<>(binaryFiles);
      files.forEach((path, content) -> all.put(path, content.getBytes(StandardCharsets.UTF_8)));
      all.forEach(
              (path, content) -> {
                if (path.startsWith("scenarios/") || path.endsWith(".md")) {
                  return;
                }
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
                sha.update((byte) 0);
              });
      return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
