package nl.gesprekswijzer.engine.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code rules check} reports about a rule set's files beyond what stops it from compiling:
 * findings a reviewer would make. The service publishes a rule set only when its check has none
 * (see {@code scenario.RuleSetCheck}), so the tool and the service judge alike.
 *
 * <p>Today one review: a rule whose conditions name anything that looks like health details (a
 * diagnosis, symptoms, medication, an illness by name; the list is {@code HealthWords}), in {@code
 * .drl} and {@code .dslr} rules and in the DRL of a {@code .dsl} sentence, comments left out. It is
 * a finding and not a compile error because it is found by words: a reviewer decides, and a rule
 * that really needs such a word must be renamed or reworded, never kept with the finding.
 */
public final class RuleSetReview {

  private RuleSetReview() {}

  /** Every finding in the files of a rule set, in the order of the files and their lines. */
  public static List<Problem> of(Map<String, String> files) {
    List<Problem> findings = new ArrayList<>();
    RuleFiles.textRuleFiles(files).forEach((path, text) -> healthDetails(path, text, findings));
    return findings;
  }

  private static void healthDetails(String path, String text, List<Problem> findings) {
    String code = RuleFiles.withoutComments(text);
    for (RuleFiles.Conditions conditions : RuleFiles.conditions(path, text)) {
      // A sentence's own words count as much as the DRL it stands for.
      int start = conditions.sentence() ? code.lastIndexOf('\n', conditions.start() - 1) + 1 : conditions.start();
      int line = RuleFiles.line(code, start);
      String part = code.substring(start, conditions.end());
      for (String written : part.split("\n", -1)) {
        Optional<String> word = HealthWords.in(written);
        if (word.isPresent()) {
          String who = conditions.sentence() ? "sentence '" + conditions.name() + "'" : "rule '" + conditions.name() + "'";
          findings.add(
              new Problem(
                  path,
                  line,
                  0,
                  null,
                  who + " reads '" + word.get() + "', which looks like a health detail; advice may not"
                      + " depend on a diagnosis, symptoms, medication or an illness"));
        }
        line++;
      }
    }
  }
}
