package nl.gesprekswijzer.engine.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.IncrementalResults;
import org.kie.internal.builder.InternalKieBuilder;

/**
 * A rule base whose rule files can be changed one at a time, recompiling only the changed file:
 * Drools' incremental build, in tens of milliseconds where compiling the whole rule set takes
 * seconds. {@code rules check --mutate} changes a rule hundreds of times this way.
 *
 * <p>The rule base is changed in place: after a change to a rule file {@link #kieBase()} is the
 * same object, and an engine built on it sees the change. A change to a domain language ({@code
 * .dsl}) rebuilds the whole rule base instead, into a new object: Drools compares the rules' text
 * to decide what to update, and the text of the rules written in the language is unchanged. Not
 * thread-safe: one thread changes and evaluates at a time. Only
 * for trying changes out; a rule set that serves is always compiled whole by {@link
 * RuleSetCompiler}.
 */
public final class EditableRuleBase implements AutoCloseable {

  private static final String RESOURCES = "src/main/resources/";

  private final KieServices services;
  private final ReleaseId releaseId;
  private final KieFileSystem fileSystem;
  private final Map<String, String> files;
  private KieBuilder builder;
  private KieContainer container;
  private KieBase kieBase;

  private EditableRuleBase(
      KieServices services,
      ReleaseId releaseId,
      KieFileSystem fileSystem,
      KieBuilder builder,
      Map<String, String> files) {
    this.services = services;
    this.releaseId = releaseId;
    this.fileSystem = fileSystem;
    this.builder = builder;
    this.container = services.newKieContainer(releaseId);
    this.kieBase = container.getKieBase();
    this.files = files;
  }

  /**
   * Compiles the rule files of a rule set's files (with classic DRL: the executable model compiles
   * several times slower, and gives the same answers).
   *
   * @param files the rule set's text files, keyed by path relative to its root; only the rule
   *     files among them ({@code rules/**.drl}, {@code .dsl}, {@code .dslr}) are read
   * @throws RuleSetException when they do not compile
   */
  public static EditableRuleBase of(String source, Map<String, String> files) {
    return of(source, files, Map.of());
  }

  /**
   * Compiles the rule files and the decision tables of a rule set's files. A decision table cannot
   * be changed: only the text rule files.
   *
   * @param binaryFiles the rule set's binary files; only the decision tables ({@code rules/**.xlsx})
   *     are read
   */
  public static EditableRuleBase of(String source, Map<String, String> files, Map<String, byte[]> binaryFiles) {
    KieServices services = KieServices.get();
    ReleaseId releaseId = RuleSetCompiler.newReleaseId(services);
    KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(releaseId);
    Map<String, String> ruleFiles = new TreeMap<>(RuleFiles.textRuleFiles(files));
    ruleFiles.forEach((path, content) -> fileSystem.write(RESOURCES + path, content));
    RuleSetCompiler.decisionTables(binaryFiles)
        .forEach((path, bytes) -> fileSystem.write(RESOURCES + RuleSetCompiler.droolsPath(path), bytes));
    KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(DrlProject.class);
    List<String> problems = problems(builder.getResults().getMessages(Message.Level.ERROR));
    if (!problems.isEmpty()) {
      services.getRepository().removeKieModule(releaseId);
      throw new RuleSetException(source, problems);
    }
    return new EditableRuleBase(services, releaseId, fileSystem, builder, ruleFiles);
  }

  /** The rule base: the same object after a change to a rule file, a new one after a change to a {@code .dsl}. */
  public KieBase kieBase() {
    return kieBase;
  }

  /**
   * Replaces a rule file's text and updates the rule base. A domain language ({@code .dsl})
   * recompiles every rule written in it ({@code .dslr}).
   *
   * @return the problems of a text that does not compile, each naming the file and line; the rule
   *     base then keeps the text it had
   */
  public List<String> change(String path, String content) {
    if (!files.containsKey(path)) {
      throw new IllegalArgumentException("not a rule file of this rule base: " + path);
    }
    String before = files.get(path);
    if (before.equals(content)) {
      return List.of();
    }
    List<String> problems = apply(path, content);
    if (!problems.isEmpty()) {
      apply(path, before);
    }
    return problems;
  }

  private List<String> apply(String path, String content) {
    files.put(path, content);
    fileSystem.write(RESOURCES + path, content);
    if (path.endsWith(".dsl")) {
      return rebuild();
    }
    IncrementalResults results = ((InternalKieBuilder) builder).createFileSet(RESOURCES + path).build();
    List<String> problems =
        problems(
            results.getAddedMessages().stream()
                .filter(message -> message.getLevel() == Message.Level.ERROR)
                .toList());
    if (!problems.isEmpty()) {
      return problems;
    }
    Results update = container.updateToVersion(releaseId);
    return problems(update.getMessages(Message.Level.ERROR));
  }

  /** Compiles every file again, into a new rule base. */
  private List<String> rebuild() {
    KieBuilder rebuilt = services.newKieBuilder(fileSystem).buildAll(DrlProject.class);
    List<String> problems = problems(rebuilt.getResults().getMessages(Message.Level.ERROR));
    if (problems.isEmpty()) {
      container.dispose();
      builder = rebuilt;
      container = services.newKieContainer(releaseId);
      kieBase = container.getKieBase();
    }
    return problems;
  }

  private static List<String> problems(List<Message> errors) {
    List<String> problems = new ArrayList<>();
    for (Message message : errors) {
      String path = message.getPath() == null ? "rules/" : RuleSetCompiler.rulesetPath(message.getPath());
      problems.add(path + " line " + message.getLine() + ": " + message.getText().strip());
    }
    return problems;
  }

  /** Removes the rule base's module from Drools' repository. */
  @Override
  public void close() {
    container.dispose();
    services.getRepository().removeKieModule(releaseId);
  }
}
