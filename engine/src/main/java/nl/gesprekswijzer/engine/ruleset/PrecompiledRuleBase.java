package nl.gesprekswijzer.engine.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * The rule base of a packaged rule set, compiled when the rules jar is built instead of at every
 * start: Drools' executable model, Java classes generated from the DRL and compiled by Maven's
 * build. Loading it takes a fraction of compiling the DRL (1.5 s against 7 s on the project's
 * 2-core machine), which is most of the service's start-up.
 *
 * <p>The module keeps a copy of every rule file it was compiled from (DRL, the Dutch sentences and
 * the rules written in them, {@code .dsl} and {@code .dslr}, and decision tables). It is only used
 * when those copies equal the rule set's rule files exactly; otherwise (a rule edited after the
 * build, a folder of policy staff) the rules are compiled from their files as always. So a stale
 * module can never answer for rules it was not built from.
 *
 * <p>Built by {@link #main}, which the {@code rules} module's build runs after copying its
 * resources: it refuses the rule set with every problem {@link RuleSetCompiler} finds, so a broken
 * rule fails the build rather than the start-up.
 */
public final class PrecompiledRuleBase {

  /** Where a classpath rule set's module lies: beside its root folder, {@code <root>.kjar}. */
  public static final String SUFFIX = ".kjar";

  private PrecompiledRuleBase() {}

  /**
   * Compiles a rule set's rule files into an executable-model module.
   *
   * @param drls the rule files ({@link RuleFiles#textRuleFiles}), keyed by path relative to the
   *     rule set's root
   * @param tables the decision tables ({@code rules/**.xlsx}), keyed the same way
   * @return the module as jar bytes, or {@code null} with the compiler's problems added
   */
  static byte @Nullable [] compile(Map<String, String> drls, Map<String, byte[]> tables, List<String> problems) {
    List<String> own = new ArrayList<>();
    DomainLanguage dutch = DomainLanguage.check(drls, own);
    problems.addAll(own);
    byte[] module =
        RuleSetCompiler.buildDrl(
            drls,
            dutch,
            tables,
            ExecutableModelProject.class,
            " (executable model)",
            problems,
            (services, builder) -> ((InternalKieModule) builder.getKieModule()).getBytes());
    // A file the Dutch rule language refused was left out: the module would lack its rules.
    return own.isEmpty() ? module : null;
  }

  /**
   * The rule base of a module built by {@link #compile}, when it was compiled from exactly these
   * rule files.
   *
   * @return the rule base, or {@code null} when the module was built from other rules
   * @throws IllegalArgumentException when the bytes are not a module
   */
  static @Nullable KieBase load(byte[] module, Map<String, String> drls, Map<String, byte[]> tables) {
    MemoryFileSystem content = MemoryFileSystem.readFromJar(module);
    if (!builtFrom(content, drls, tables)) {
      return null;
    }
    KieServices services = KieServices.get();
    ReleaseId releaseId = RuleSetCompiler.newReleaseId(services);
    KieModuleModel model = services.newKieModuleModel();
    KieBuilderImpl.setDefaultsforEmptyKieModule(model);
    CanonicalKieModule kieModule = new CanonicalKieModule(new MemoryKieModule(releaseId, model, content));
    services.getRepository().addKieModule(kieModule);
    try {
      return services.newKieContainer(releaseId, PrecompiledRuleBase.class.getClassLoader()).getKieBase();
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /** Whether the module holds exactly these rule files, no more and no fewer. */
  private static boolean builtFrom(MemoryFileSystem content, Map<String, String> drls, Map<String, byte[]> tables) {
    Map<String, byte[]> expected = new TreeMap<>();
    drls.forEach((path, drl) -> expected.put(path, drl.getBytes(StandardCharsets.UTF_8)));
    tables.forEach((path, table) -> expected.put(RuleSetCompiler.droolsPath(path), table));
    Map<String, byte[]> compiled = new TreeMap<>();
    content
        .getMap()
        .forEach(
            (path, bytes) -> {
              String name = path.asString();
              if (RuleFiles.isTextRuleFile(name) || name.endsWith(".xlsx")) {
                compiled.put(name, bytes);
              }
            });
    if (!compiled.keySet().equals(expected.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      if (!Arrays.equals(compiled.get(file.getKey()), file.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Build step: {@code PrecompiledRuleBase <rule set folder> <module file>}. Writes the module of
   * {@link #build}; exits with 1 and every problem on standard error when the rule set cannot be
   * used.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PrecompiledRuleBase <rule set folder> <module file>");
      System.exit(2);
    }
    long started = System.nanoTime();
    Path target = Path.of(args[1]);
    byte[] module;
    try {
      module = build(Path.of(args[0]));
    } catch (RuleSetException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, module);
    System.out.printf(
        "Precompiled rule base %s: %d bytes in %d ms%n",
        target, module.length, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Compiles a rule set folder's rule files into a module and checks the whole rule set on that
   * module, as the engine will load it.
   *
   * @throws RuleSetException naming every problem, when the rule set cannot be used
   */
  static byte[] build(Path folder) throws IOException {
    DirectoryRuleSetSource source = new DirectoryRuleSetSource(folder);
    Map<String, String> files = source.files();
    Map<String, byte[]> binaryFiles = source.binaryFiles();
    List<String> problems = new ArrayList<>();
    byte[] module =
        compile(RuleFiles.textRuleFiles(files), RuleSetCompiler.decisionTables(binaryFiles), problems);
    if (module == null) {
      throw new RuleSetException(source.description(), problems);
    }
    if (!RuleSetCompiler.compile(source.description(), files, binaryFiles, module).precompiled()) {
      throw new IllegalStateException("The module just built from " + folder + " does not load");
    }
    return module;
  }
}
