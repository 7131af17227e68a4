package nl.gesprekswijzer.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rule is written, found in the DRL text: the compiled rule set knows rules by name only,
 * and a policy officer looks for the file and line.
 */
final class RuleLocations {

  private RuleLocations() {}

  /** {@code rules/care.drl:30}, or {@code rules/} when no DRL file declares the rule. */
  static String of(String rule, Map<String, String> files) {
    Pattern declaration =
        Pattern.compile("(?m)^[ \\t]*rule\\s+(?:\"" + Pattern.quote(rule) + "\"|'" + Pattern.quote(rule) + "'|"
            + Pattern.quote(rule) + "(?=\\s))");
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (file.getKey().endsWith(".drl")) {
        Matcher found = declaration.matcher(file.getValue());
        if (found.find()) {
          long line = file.getValue().substring(0, found.start()).chars().filter(c -> c == '\n').count() + 1;
          return file.getKey() + ":" + line;
        }
      }
    }
    return "rules/";
  }
}
