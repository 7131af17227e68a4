package nl.gesprekswijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gesprekswijzer rules doc DIR}: the rule catalogue as Markdown, every rule in plain
 * language with the figures it reads on a date and the scenarios that make it fire.
 */
@Command(
    name = "doc",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the rule catalogue of the rule set in DIR as Markdown: for every rule, grouped by",
      "concern (the folder under rules/), what it does (the comment above it and its explanation",
      "in Dutch and English), the parameters it reads with their value, source and legal basis on",
      "--date, and the scenarios that make it fire; then the rows of the CAO table on that date.",
      "It runs every scenario once, which takes a few seconds."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:catalogue written",
      "2:could not run: DIR does not exist or does not compile (each problem printed as file:line: message),"
          + " FILE cannot be written, or a wrong option"
    })
final class DocCommand implements Callable<Integer> {

  /** Languages of the catalogue's headings; the rules' explanations come in both. */
  enum Language {
    nl,
    en
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The rule set's folder, with ruleset.yaml at the top.")
  Path dir = Path.of("");

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The date whose parameter values and CAO rows to show. Default: today (Europe/Amsterdam).")
  @Nullable LocalDate date;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      description = "The language of headings and labels: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Language language = Language.nl;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the Markdown to FILE instead of printing it.")
  @Nullable Path output;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
      err.println(dir + ": no such folder, or it cannot be read");
      return ExitCodes.COULD_NOT_RUN;
    }
    RuleSet ruleSet;
    try {
      ruleSet = RuleSetCompiler.compile(new DirectoryRuleSetSource(dir));
    } catch (RuleSetException e) {
      e.findings().forEach(err::println);
      err.println(dir + ": the rule set does not compile; run 'gesprekswijzer rules check " + dir + "' for every finding");
      return ExitCodes.COULD_NOT_RUN;
    }
    LocalDate on = date != null ? date : LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, on, language.name());
    catalogue.scenarioProblems().forEach(err::println);
    String markdown = CatalogueMarkdown.render(catalogue);
    if (output == null) {
      out.print(markdown);
      out.flush();
      return ExitCodes.OK;
    }
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println(output + ": cannot write the catalogue: " + e.getMessage());
      return ExitCodes.COULD_NOT_RUN;
    }
    out.println(
        "Wrote the catalogue of " + catalogue.rules() + " rules and " + catalogue.scenarios().size()
            + " scenarios on " + on + " to " + output + ", in "
            + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9) + " s");
    return ExitCodes.OK;
  }
}
