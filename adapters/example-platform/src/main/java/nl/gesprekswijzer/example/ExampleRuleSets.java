package nl.gesprekswijzer.example;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.spi.RuleSetSource;

/**
 * The example platform's rule set store: the default rule set of the {@code rules} jar, with the
 * platform's own files ({@value #OWN_FILES} on the classpath) in place of the default's files of
 * the same path. The platform's only file is its {@code ruleset.yaml}, so the rules are the
 * default's, published under the platform's name and version; a platform's policy changes (a
 * parameters file, a text) would sit beside it.
 */
public final class ExampleRuleSets implements RuleSetSource {

  static final String OWN_FILES = "example-platform/ruleset";

  private final ClasspathRuleSetSource defaults = new ClasspathRuleSetSource();
  private final ClasspathRuleSetSource own =
      new ClasspathRuleSetSource(OWN_FILES, ExampleRuleSets.class.getClassLoader());

  @Override
  public String description() {
    return "example platform: " + defaults.description() + " with " + own.description();
  }

  @Override
  public Map<String, String> files() throws IOException {
    Map<String, String> files = new TreeMap<>(defaults.files());
    files.putAll(own.files());
    return files;
  }

  @Override
  public Map<String, byte[]> binaryFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>(defaults.binaryFiles());
    files.putAll(own.binaryFiles());
    return files;
  }
}
