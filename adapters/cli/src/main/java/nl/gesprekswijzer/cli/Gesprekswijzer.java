package nl.gesprekswijzer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gesprekswijzer} command: only its subcommands do something. */
@Command(
    name = "gesprekswijzer",
    mixinStandardHelpOptions = true,
    versionProvider = Gesprekswijzer.Version.class,
    description = "Works with Gesprekswijzer rule sets: export, check, and advise on one situation.",
    subcommands = {RulesCommand.class, AdviseCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK_LINE,
      ExitCodes.FINDINGS_LINE,
      ExitCodes.COULD_NOT_RUN_LINE
    })
final class Gesprekswijzer implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Hibernate Validator logs its version through JBoss Logging, which without this property
    // chooses java.util.logging and prints to the terminal; through SLF4J it stays quiet.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(commandLine().execute(args));
  }

  /** The command as {@code main} runs it; tests run it in-process with their own output. */
  static CommandLine commandLine() {
    return new CommandLine(new Gesprekswijzer());
  }

  @Override
  public void run() {
    // Without a subcommand there is nothing to do: say what there is, and count it as not run.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: rules or advise");
  }

  /** The version of the jar, as Maven wrote it into its manifest (none when run from classes). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Gesprekswijzer.class.getPackage().getImplementationVersion();
      return new String[] {"gesprekswijzer " + (version == null ? "(development build)" : version)};
    }
  }
}
