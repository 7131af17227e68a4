package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathRuleSetSourceTests {

  @TempDir Path temp;

  @Test
  void readsTheRuleSetFromAJar() throws IOException {
    Map<String, String> jarFiles = new TreeMap<>();
    TestRuleSets.minimalFiles().forEach((path, content) -> jarFiles.put("gesprekswijzer/ruleset/" + path, content));
    jarFiles.put("gesprekswijzer/other/ignored.yaml", "not: part of the rule set\n");
    jarFiles.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
    Map<String, byte[]> jarBinaries = new TreeMap<>();
    TestRuleSets.minimalBinaryFiles().forEach((path, content) -> jarBinaries.put("gesprekswijzer/ruleset/" + path, content));
    Path jar = jar("rules.jar", jarFiles, jarBinaries);

    try (URLClassLoader loader = loader(jar)) {
      ClasspathRuleSetSource source = new ClasspathRuleSetSource(ClasspathRuleSetSource.DEFAULT_ROOT, loader);

      assertThat(source.files()).isEqualTo(new TreeMap<>(TestRuleSets.minimalFiles()));
      assertThat(source.binaryFiles()).containsOnlyKeys("rules/cao/cao-entitlements.xlsx");
      assertThat(source.binaryFiles().get("rules/cao/cao-entitlements.xlsx"))
          .isEqualTo(TestRuleSets.minimalBinaryFiles().get("rules/cao/cao-entitlements.xlsx"));
      RuleSet ruleSet = RuleSetCompiler.compile(source);
      assertThat(ruleSet.caos().size()).isEqualTo(TestRuleSets.minimal().caos().size()).isPositive();
      assertThat(ruleSet.version()).isEqualTo(TestRuleSets.minimal().version());
      assertThat(ruleSet.name()).isEqualTo("minimal");
      assertThat(ruleSet.source()).isEqualTo("classpath:gesprekswijzer/ruleset");
    }
  }

  @Test
  void readsTheRuleSetFromAFolderOnTheClasspath() throws IOException {
    ClasspathRuleSetSource source = new ClasspathRuleSetSource("rulesets/minimal/", getClass().getClassLoader());

    assertThat(source.description()).isEqualTo("classpath:rulesets/minimal");
    assertThat(source.files()).containsKeys("ruleset.yaml", "rules/care/care.drl", "scenarios/care.yaml");
  }

  @Test
  void reportsThatNoRuleSetIsOnTheClasspath() throws IOException {
    try (URLClassLoader loader = loader(jar("empty.jar", Map.of("readme.txt", "nothing here")))) {
      ClasspathRuleSetSource source = new ClasspathRuleSetSource(ClasspathRuleSetSource.DEFAULT_ROOT, loader);

      assertThatThrownBy(source::files)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("gesprekswijzer/ruleset/ruleset.yaml not found");
      assertThatThrownBy(() -> RuleSetCompiler.compile(source))
          .isInstanceOf(RuleSetException.class)
          .hasMessageContaining("classpath:gesprekswijzer/ruleset");
    }
  }

  @Test
  void refusesTwoRuleSetsOnTheClasspath() throws IOException {
    Map<String, String> files = Map.of("gesprekswijzer/ruleset/ruleset.yaml", "name: x\nversion: 1.0.0\n");
    Path first = jar("first.jar", files);
    Path second = jar("second.jar", files);

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
      ClasspathRuleSetSource source = new ClasspathRuleSetSource(ClasspathRuleSetSource.DEFAULT_ROOT, loader);

      assertThatThrownBy(source::files)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("More than one rule set")
          .hasMessageContaining("first.jar")
          .hasMessageContaining("second.jar");
    }
  }

  private Path jar(String name, Map<String, String> files) throws IOException {
    return jar(name, files, Map.of());
  }

  private Path jar(String name, Map<String, String> textFiles, Map<String, byte[]> binaryFiles) throws IOException {
    Map<String, byte[]> files = new TreeMap<>(binaryFiles);
    textFiles.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    Path jar = temp.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      Set<String> folders = new HashSet<>();
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        // Folder entries first, as the jar plugin writes them.
        String path = file.getKey();
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
          if (folders.add(path.substring(0, slash + 1))) {
            zip.putNextEntry(new JarEntry(path.substring(0, slash + 1)));
            zip.closeEntry();
          }
        }
        zip.putNextEntry(new JarEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return jar;
  }

  /** A class loader that sees only the jar, not the test classpath's own rule sets. */
  private static URLClassLoader loader(Path jar) throws IOException {
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }
}
