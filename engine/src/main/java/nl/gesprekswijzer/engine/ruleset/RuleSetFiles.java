package nl.gesprekswijzer.engine.ruleset;

import java.util.List;

/** Which files belong to a rule set, and which of them are binary rather than text. */
final class RuleSetFiles {

  /** Decision tables: spreadsheets that policy staff keep in a spreadsheet program. */
  static final List<String> BINARY_SUFFIXES = List.of(".xlsx");

  private RuleSetFiles() {}

  /** Whether a file is read as bytes ({@link nl.gesprekswijzer.spi.RuleSetSource#binaryFiles()}). */
  static boolean isBinary(String path) {
    return BINARY_SUFFIXES.stream().anyMatch(path::endsWith);
  }

  /**
   * Whether a path, relative to the rule set's root, is part of it: hidden files and folders are
   * not, nor the lock file a spreadsheet program writes beside an open workbook ({@code ~$x.xlsx}).
   */
  static boolean isRuleSetFile(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return !path.startsWith(".") && !path.contains("/.") && !name.startsWith("~$");
  }
}
