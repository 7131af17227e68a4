package nl.gesprekswijzer.spi;

import java.io.IOException;
import java.util.Map;

/**
 * Where a rule set's files come from: the rules jar on the classpath, a folder that policy staff
 * edit, or a platform's own store.
 *
 * <p>A rule set is a tree of text files: {@code ruleset.yaml} (name and version), {@code
 * rules/**.drl}, {@code parameters/*.yaml}, {@code texts/*.yaml} and {@code scenarios/*.yaml}.
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
}
