package nl.gesprekswijzer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gesprekswijzer rules}: the commands on a rule set kept in a folder. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Export the default rule set into a folder, check a folder of rules, preview what a changed",
      "folder changes in the advice, or write its rule catalogue."
    },
    subcommands = {ExportCommand.class, CheckCommand.class, DiffCommand.class, DocCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.COULD_NOT_RUN_LINE})
final class RulesCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: export, check, diff or doc");
  }
}
