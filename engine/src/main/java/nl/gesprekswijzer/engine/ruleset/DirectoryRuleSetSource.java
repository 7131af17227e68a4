package nl.gesprekswijzer.engine.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.gesprekswijzer.spi.RuleSetSource;

/**
 * A rule set in a folder, as policy staff keep it: {@code ruleset.yaml} at the top. Decision tables
 * ({@code .xlsx}) are read as bytes, every other file as UTF-8 text.
 */
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

  @Override
  public Map<String, byte[]> binaryFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String relative : list(root)) {
      if (RuleSetFiles.isBinary(relative)) {
        files.put(relative, Files.readAllBytes(root.resolve(relative)));
      }
    }
    return files;
  }

  /** The text files of the folder. */
  static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String relative : list(root)) {
      if (!RuleSetFiles.isBinary(relative)) {
        files.put(relative, Files.readString(root.resolve(relative), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /**
   * Every file's path relative to the root, leaving out hidden files and folders, and the lock files
   * a spreadsheet program keeps beside an open workbook ({@code ~$name.xlsx}).
   */
  private static List<String> list(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .filter(RuleSetFiles::isRuleSetFile)
          .sorted()
          .toList();
    }
  }
}
