package nl.gesprekswijzer.engine.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import nl.gesprekswijzer.engine.scenario.RuleSetCheck;
import nl.gesprekswijzer.spi.RuleSetSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules folder the service serves ({@code gesprekswijzer.rules.dir}): a rule set policy staff
 * edit, published by saving.
 *
 * <p>Only a rule set that passes its whole check serves: it compiles, every scenario in it passes
 * and every rule fires in one ({@link RuleSetCheck}). That holds at start-up too, where a folder
 * that fails stops the start-up naming every problem: a restart cannot put into service what
 * publishing would have refused. A change that fails is refused and logged with the file and line
 * of each problem, and the rule set in service stays.
 *
 * <p>A change that leaves every rule file as it was (a figure, a text, a CAO row) reuses the rule
 * base in service, so checking it costs only its scenarios; a changed rule file is compiled. At
 * start-up, rule files that are the rules jar's use the rule base precompiled in the jar.
 */
public final class RulesFolder implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RulesFolder.class);
  /** Problems a log line lists at most; the status endpoint lists them all. */
  private static final int LOGGED_PROBLEMS = 50;

  private final Path root;
  private final DirectoryRuleSetSource source;
  private final @Nullable RulesFolderWatcher watcher;
  private final Function<RuleSet, RulesAdvisoryEngine> engines;
  /** The fingerprint of the last content checked, passed or not; only the publishing thread uses it. */
  private @Nullable String lastChecked;
  /** Changes handled and checked since start-up, for tests that wait for a change to be handled. */
  private final AtomicInteger changesHandled = new AtomicInteger();
  private final AtomicInteger changesChecked = new AtomicInteger();

  /**
   * @param quietPeriod how long the folder must be left alone after a change before it is checked
   *     (an editor's save, a copy or a checkout writes several files)
   * @param watch whether to publish changes at all; without, the folder is only read at start-up
   */
  public RulesFolder(Path root, boolean watch, Duration quietPeriod) {
    this(root, watch, quietPeriod, ruleSet -> RulesAdvisoryEngine.builder().ruleSet(ruleSet).build());
  }

  /**
   * @param engines makes the engine for each rule set that passes its check (an application's own
   *     default language, time zone or clock)
   */
  public RulesFolder(
      Path root, boolean watch, Duration quietPeriod, Function<RuleSet, RulesAdvisoryEngine> engines) {
    this.engines = engines;
    this.root = root.toAbsolutePath().normalize();
    this.source = new DirectoryRuleSetSource(this.root);
    this.watcher = watch ? new RulesFolderWatcher(this.root, quietPeriod) : null;
  }

  /**
   * Starts watching and reads and checks the folder: the first rule set. Watching starts first, so
   * that a change saved while the first check runs is checked after it.
   *
   * @throws RuleSetException when the folder cannot be read or its rule set fails its check
   */
  Publication load() {
    if (watcher != null && Files.isDirectory(root)) {
      try {
        watcher.watch();
      } catch (IOException e) {
        throw new RuleSetException(source.description(), List.of("cannot watch the folder: " + e));
      }
    }
    Content files;
    try {
      files = Content.of(source);
    } catch (IOException e) {
      throw new RuleSetException(source.description(), List.of(String.valueOf(e.getMessage())));
    }
    long started = System.nanoTime();
    RuleSetCheck check = check(files, embeddedWithTheSameRules(files));
    if (!check.ok()) {
      throw new RuleSetException(
          source.description(), check.problems().stream().map(RulesFolder::wording).toList());
    }
    String fingerprint = fingerprint(files);
    lastChecked = fingerprint;
    Publication publication = Publication.of(check.ruleSet(), engines, fingerprint, since(started));
    log.info(
        "Advisory engine ready with rule set version {} from {}: {} scenarios passed",
        publication.version(),
        root,
        check.scenarios());
    return publication;
  }

  /** Publishes each change to the rule set in service from now on. */
  void startWatching(PublishedRules published) {
    if (watcher != null) {
      watcher.start(() -> publishChange(published));
      log.info("Watching rules folder {}: a change that passes its check is published", root);
    }
  }

  /** How many changes were handled since start-up, whether checked or not. */
  public int changesHandled() {
    return changesHandled.get();
  }

  /** How many changes were checked since start-up: content neither in service nor refused before. */
  public int changesChecked() {
    return changesChecked.get();
  }

  public boolean watching() {
    return watcher != null && watcher.watching();
  }

  /**
   * Reads the folder and publishes what it holds if it differs from the rule set in service and
   * passes its check; else records why not. Runs on the watcher's publishing thread, one at a time.
   */
  void publishChange(PublishedRules published) {
    try {
      publishChangeOf(published);
    } finally {
      changesHandled.incrementAndGet();
    }
  }

  private void publishChangeOf(PublishedRules published) {
    Publication active = published.current();
    Content files;
    try {
      files = Content.of(source);
    } catch (IOException e) {
      lastChecked = null;
      refuse(published, active, List.of(new Problem("", 0, 0, null, String.valueOf(e.getMessage()))));
      return;
    }
    String fingerprint = fingerprint(files);
    if (fingerprint.equals(active.fingerprint()) || fingerprint.equals(lastChecked)) {
      lastChecked = fingerprint;
      return; // back to the rule set in service, or the change already refused
    }
    lastChecked = fingerprint;
    changesChecked.incrementAndGet();
    long started = System.nanoTime();
    RuleSetCheck check = check(files, active.ruleSet());
    if (!check.ok()) {
      refuse(published, active, check.problems());
      return;
    }
    if (check.ruleSet().version().equals(active.version())) {
      log.info(
          "Rules folder {}: changed, passes its check ({} scenarios), but no file that shapes the"
              + " advice changed; version {} stays in service",
          root,
          check.scenarios(),
          active.version());
      return;
    }
    Publication next = Publication.of(check.ruleSet(), engines, fingerprint, since(started));
    published.publish(next);
    log.info(
        "Rules folder {}: published version {} (was {}); {} scenarios passed, checked in {} ms",
        root,
        next.version(),
        active.version(),
        check.scenarios(),
        next.checkTime().toMillis());
  }

  /**
   * The rule set in the rules jar when its rule files are exactly the folder's (a fresh export,
   * whose figures, texts or scenarios may have been changed): its rule base was compiled when the
   * jar was built, so the folder's serves without compiling its rules, in a fraction of the time.
   */
  private static @Nullable RuleSet embeddedWithTheSameRules(Content files) {
    try {
      ClasspathRuleSetSource jar = new ClasspathRuleSetSource();
      if (!Content.of(jar).sameRules(files)) {
        return null;
      }
      return RuleSetCompiler.compile(jar);
    } catch (IOException | RuntimeException e) {
      log.debug("The rules jar's rule set is not at hand; compiling the folder's rules", e);
      return null;
    }
  }

  /** Compiles (reusing the rule base in service when no rule file changed) and runs the scenarios. */
  private RuleSetCheck check(Content files, @Nullable RuleSet previous) {
    try {
      return RuleSetCheck.of(source.description(), files.text(), files.binary(), previous);
    } catch (RuleSetException e) {
      // Raised past the check by building an engine, e.g. for a horizon that is not a number.
      return new RuleSetCheck(null, 0, 0, e.findings());
    }
  }

  /** The problems name files and lines of the rule set; a scenario's situation is never quoted. */
  private void refuse(PublishedRules published, Publication active, List<Problem> problems) {
    published.refuse(new PublishedRules.Refusal(Instant.now().truncatedTo(ChronoUnit.MILLIS), problems));
    StringBuilder listed = new StringBuilder();
    problems.stream().limit(LOGGED_PROBLEMS).forEach(problem -> listed.append("\n  - ").append(problem));
    if (problems.size() > LOGGED_PROBLEMS) {
      listed.append("\n  - and ").append(problems.size() - LOGGED_PROBLEMS).append(" more (GET /api/v1/rules/status)");
    }
    log.warn(
        "Rules folder {}: change refused, version {} stays in service; {} problem{}:{}",
        root,
        active.version(),
        problems.size(),
        problems.size() == 1 ? "" : "s",
        listed);
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
  }

  /**
   * A digest of every file the folder holds except documentation ({@code *.md}), scenarios
   * included: unlike the content hash in the version, a changed scenario must be checked too.
   */
  static String fingerprint(Content files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      Map<String, byte[]> all = new TreeMap<>(files.binary());
      files.text().forEach((path, text) -> all.put(path, text.getBytes(StandardCharsets.UTF_8)));
      all.forEach(
          (path, content) -> {
            if (!path.endsWith(".md")) {
              sha.update(path.getBytes(StandardCharsets.UTF_8));
              sha.update((byte) 0);
              sha.update(content);
              sha.update((byte) 0);
            }
          });
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A rule set's files as its source gives them: text, and binary (the decision tables). */
  record Content(Map<String, String> text, Map<String, byte[]> binary) {

    static Content of(RuleSetSource source) throws IOException {
      return new Content(source.files(), source.binaryFiles());
    }

    /** Whether both have the same files under {@code rules/}, byte for byte. */
    boolean sameRules(Content other) {
      return underRules(text).equals(underRules(other.text))
          && underRules(binary).keySet().equals(underRules(other.binary).keySet())
          && underRules(binary).entrySet().stream()
              .allMatch(file -> Arrays.equals(file.getValue(), other.binary.get(file.getKey())));
    }

    private static <T> Map<String, T> underRules(Map<String, T> files) {
      Map<String, T> rules = new TreeMap<>(files);
      rules.keySet().removeIf(path -> !path.startsWith("rules/"));
      return rules;
    }
  }


  /** A problem as the engine words it ({@code path line 12 column 3: message}), so it reads back. */
  static String wording(Problem problem) {
    if (problem.file().isEmpty()) {
      return problem.message();
    }
    String place =
        problem.cell() != null
            ? " cell " + problem.cell()
            : problem.line() > 0
                ? " line " + problem.line() + (problem.column() > 0 ? " column " + problem.column() : "")
                : "";
    return problem.file() + place + ": " + problem.message();
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
