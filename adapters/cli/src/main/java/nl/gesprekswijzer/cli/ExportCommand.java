package nl.gesprekswijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gesprekswijzer rules export DIR}: the default rule set, as packaged in this tool, written
 * into a folder for policy staff to change. The precompiled rule base is left out on purpose: a
 * folder is always compiled from its DRL, so there is nothing in it that can go stale.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the default rule set into DIR: rules (DRL and decision tables, .xlsx), parameters,",
      "texts, the CAO table (rules/cao/cao-entitlements.xlsx), scenarios, ruleset.yaml with its",
      "version, README.md and CHANGELOG.md, each at its path in the rule set."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK_LINE,
      "2:could not run: DIR is not empty (without --force) or cannot be written"
    })
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder to write into; created when missing.")
  Path dir = Path.of("");

  @Option(
      names = "--force",
      description = {
        "Write into DIR even when it is not empty: files of the same name are replaced,",
        "other files are left as they are. Default: ${DEFAULT-VALUE}."
      })
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        err.println(dir + ": is a file, not a folder");
        return ExitCodes.COULD_NOT_RUN;
      }
      if (!force && !isEmpty(dir)) {
        err.println(dir + ": is not empty; choose an empty folder, or add --force to write into it");
        return ExitCodes.COULD_NOT_RUN;
      }
      ClasspathRuleSetSource source = new ClasspathRuleSetSource();
      Map<String, byte[]> files = new TreeMap<>(source.binaryFiles());
      source.files().forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
      Path root = dir.toAbsolutePath().normalize();
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = root.resolve(file.getKey()).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("refusing to write outside " + root + ": " + file.getKey());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      out.println("Wrote " + files.size() + " files of the default rule set to " + dir);
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println(dir + ": cannot export: " + e.getMessage());
      return ExitCodes.COULD_NOT_RUN;
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
