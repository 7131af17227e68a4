package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledRuleBaseTests {

  private static Map<String, String> files;
  private static byte[] module;
  private static Map<String, byte[]> binaryFiles;

  @TempDir Path temp;

  @BeforeAll
  static void precompileTheMinimalRuleSet() {
    files = TestRuleSets.minimalFiles();
    binaryFiles = TestRuleSets.minimalBinaryFiles();
    List<String> problems = new ArrayList<>();
    module = PrecompiledRuleBase.compile(RuleFiles.textRuleFiles(files), RuleSetCompiler.decisionTables(binaryFiles), problems);
    assertThat(problems).isEmpty();
    assertThat(module).isNotNull();
  }

  @Test
  void loadsTheRuleBaseItWasBuiltFromAndAnswersAsTheDrlDoes() {
    RuleSet precompiled = RuleSetCompiler.compile("minimal, precompiled", files, binaryFiles, module);

    assertThat(precompiled.precompiled()).isTrue();
    assertThat(precompiled.ruleNames()).isEqualTo(TestRuleSets.minimal().ruleNames());
    assertThat(RulesAdvisoryEngine.builder().ruleSet(precompiled).build().advise(TestRequests.care()))
        .isEqualTo(TestRuleSets.minimalEngine().advise(TestRequests.care()));
  }

  @Test
  void compilesTheDrlWhenARuleChangedAfterTheBuild() {
    Map<String, String> edited = TestRuleSets.minimalFiles();
    String drl = "rules/care/care.drl";
    edited.put(drl, edited.get(drl) + "\n// edited after the build\n");

    RuleSet ruleSet = RuleSetCompiler.compile("minimal, edited", edited, binaryFiles, module);

    assertThat(ruleSet.precompiled()).isFalse();
    assertThat(ruleSet.ruleNames()).isEqualTo(TestRuleSets.minimal().ruleNames());
  }

  @Test
  void compilesTheDrlWhenARuleFileWasAddedAfterTheBuild() {
    Map<String, String> more = TestRuleSets.minimalFiles();
    more.put("rules/care/extra.drl", "package rules.care\n");

    assertThat(RuleSetCompiler.compile("minimal, one file more", more, binaryFiles, module).precompiled()).isFalse();
  }

  @Test
  void compilesTheDrlWhenTheModuleIsDamaged() {
    byte[] damaged = "not a jar".getBytes(StandardCharsets.UTF_8);

    RuleSet ruleSet = RuleSetCompiler.compile("minimal, damaged module", files, binaryFiles, damaged);

    assertThat(ruleSet.precompiled()).isFalse();
    assertThat(ruleSet.ruleNames()).isNotEmpty();
  }

  @Test
  void reportsWhatTheExecutableModelCannotCompile() {
    List<String> problems = new ArrayList<>();

    byte[] broken =
        PrecompiledRuleBase.compile(
            Map.of("rules/care/broken.drl", "package rules.care\nrule \"x\" when Nonsense( then end\n"), Map.of(), problems);

    assertThat(broken).isNull();
    assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith("rules/"));
  }

  @Test
  void aClasspathRuleSetUsesTheModuleBesideIt() throws IOException {
    Path root = temp.resolve("classes");
    write(files, root.resolve("gesprekswijzer/ruleset"));
    Files.write(root.resolve("gesprekswijzer/ruleset" + PrecompiledRuleBase.SUFFIX), module);

    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
      ClasspathRuleSetSource source = new ClasspathRuleSetSource(ClasspathRuleSetSource.DEFAULT_ROOT, loader);

      assertThat(source.precompiledRuleBase()).isEqualTo(module);
      assertThat(RuleSetCompiler.compile(source).precompiled()).isTrue();
    }
  }

  @Test
  void aClasspathRuleSetWithoutModuleIsCompiledFromItsDrl() throws IOException {
    ClasspathRuleSetSource source = (ClasspathRuleSetSource) TestRuleSets.minimalSource();

    assertThat(source.precompiledRuleBase()).isNull();
    assertThat(TestRuleSets.minimal().precompiled()).isFalse();
  }

  @Test
  void theBuildStepWritesTheModuleAndRefusesABrokenRuleSet() throws IOException {
    Path folder = temp.resolve("ruleset");
    write(files, folder);
    Path target = temp.resolve("out/ruleset.kjar");

    PrecompiledRuleBase.main(new String[] {folder.toString(), target.toString()});

    assertThat(RuleSetCompiler.compile("built", files, binaryFiles, Files.readAllBytes(target)).precompiled()).isTrue();
    Files.writeString(folder.resolve("texts/extra.yaml"), "tip.EXTRA:\n  nl: Alleen Nederlands\n");
    assertThatThrownBy(() -> PrecompiledRuleBase.build(folder))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("tip.EXTRA");
  }

  private static void write(Map<String, String> files, Path folder) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    for (Map.Entry<String, byte[]> file : binaryFiles.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
  }
}
