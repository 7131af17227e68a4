package nl.gesprekswijzer.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh directories under {@code target/}, which {@code mvn clean} removes, rather than in /tmp. */
final class TestDirectories {

  static Path create(String prefix) {
    try {
      Path parent = Files.createDirectories(Path.of("target", "test-state"));
      return Files.createTempDirectory(parent, prefix).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestDirectories() {}
}
