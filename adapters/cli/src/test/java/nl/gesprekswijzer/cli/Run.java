package nl.gesprekswijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the command line in the test's JVM: its exit code and what it printed. */
record Run(int exitCode, String out, String err) {

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Gesprekswijzer.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** A copy of a folder, such as an exported rule set, for a test to change. */
  static Path copy(Path folder, Path copy) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.toList()) {
        Path target = copy.resolve(folder.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return copy;
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nout:\n" + out + "\nerr:\n" + err;
  }
}
