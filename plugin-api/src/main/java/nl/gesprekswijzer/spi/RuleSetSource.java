package nl.gesprekswijzer.spi;

import java.io.IOException;
import java.util.Map;

/**
 * Where a rule set's files come from: the rules jar on the classpath, a folder that policy staff
 * edit, or a platform's own store.
 *
 * <p>A rule set is a tree of files: {@code ruleset.yaml} (name and version), {@code rules/**.drl},
 * {@code parameters/*.yaml}, {@code texts/*.yaml} and {@code scenarios/*.yaml} are text; decision
 * tables ({@code rules/**.xlsx}) are binary. A source gives the text files from {@link #files()} and
 * the binary ones from {@link #binaryFiles()}; a path is in one of the two, never in both.
 */
public interface RuleSetSource {

  /** Where the files come from, for log lines and error messages; never a file's content. */
  String description();

  /**
   * Reads every file of the rule set.
   *
   * @return the content of each file, keyed by its path relative to the rule set's root, with
   *     {@code /} as separator
   */
  Map<String, String> files() throws IOException;

  /**
   * Reads the binary files of the rule set: its decision tables, {@code rules/**.xlsx}. A source
   * without decision tables need not implement it.
   *
   * @return the bytes of each file, keyed by its path relative to the rule set's root, with {@code
   *     /} as separator; empty by default
   */
  default Map<String, byte[]> binaryFiles() throws IOException {
    return Map.of();
  }
}
