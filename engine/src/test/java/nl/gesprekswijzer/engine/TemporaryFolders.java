package nl.gesprekswijzer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders for what lives as long as the JVM: a rule set's compiled classes that a class
 * loader reads from, a rules folder a cached Spring context serves. JUnit's {@code @TempDir} ends
 * with a test class; these are deleted, with everything in them, when the JVM exits.
 */
public final class TemporaryFolders {

  private TemporaryFolders() {}

  /** A new empty folder under the system's temporary folder, deleted at the JVM's exit. */
  public static Path deletedAtExit(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete " + dir.getFileName()));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A folder left behind is no reason to fail the exit.
    }
  }
}
