package nl.gesprekswijzer.cli;

/** The exit codes every command shares, and how {@code --help} lists them. */
final class ExitCodes {

  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int COULD_NOT_RUN = 2;

  static final String OK_LINE = "0:all is well";
  static final String FINDINGS_LINE = "1:findings: a problem in the rules, a failed scenario, a refused request";
  static final String COULD_NOT_RUN_LINE = "2:could not run: a folder or file that cannot be read, a wrong option";

  private ExitCodes() {}
}
