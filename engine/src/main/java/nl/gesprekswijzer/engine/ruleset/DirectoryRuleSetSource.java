package nl.gesprekswijzer.engine.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.gesprekswijzer.spi.RuleSetSource;

/** A rule set in a folder, as policy staff keep it: {@code ruleset.yaml} at the top. */
public final class DirectoryRuleSetSource implements RuleSetSource {

  private final Path root;

  public DirectoryRuleSetSource(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public String description() {
    return root.toString();
  }

  @Override
  public Map<String, String> files() throws IOException {
    if (!Files.isRegularFile(root.resolve(ClasspathRuleSetSource.MANIFEST))) {
      throw new IOException(
          "Not a rule set: " + root + " has no " + ClasspathRuleSetSource.MANIFEST);
    }
    return read(root);
  }

  static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (!relative.startsWith(".") && !relative.contains("/.")) {
          files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }
}
