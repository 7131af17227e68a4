package nl.gesprekswijzer.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;

/** Rule set folders as policy staff have them: exported from the rules jar, then edited. */
final class RuleSetFolders {

  private RuleSetFolders() {}

  /** Writes the default rule set into {@code dir}, as {@code gesprekswijzer rules export} does. */
  static Path export(Path dir) throws IOException {
    ClasspathRuleSetSource source = new ClasspathRuleSetSource();
    Map<String, byte[]> files = new TreeMap<>(source.binaryFiles());
    source.files().forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    return dir;
  }

  /**
   * Replaces the first occurrence of a text in a file of the folder, as an editor would: the whole
   * file saved in one step (a new file moved over the old), so that a watcher never reads half of it.
   *
   * @return the line it was on, from 1
   */
  static int replace(Path dir, String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalStateException(file + " has no " + from);
    }
    Path saved = Files.createTempFile(dir, ".saved", ".tmp");
    Files.writeString(saved, text.substring(0, at) + to + text.substring(at + from.length()));
    Files.move(saved, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
