package nl.gesprekswijzer.engine.catalogue;

import java.util.List;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;

/**
 * One form rules are written in (DRL, Dutch sentences, a decision table): which rules the rule
 * set's files of that form declare, where, what their author wrote about them, and which
 * parameters they read. The catalogue asks every form; a rule no form knows is listed without
 * them.
 */
public interface RuleForm {

  /** The forms the engine compiles; a new form adds its reader here. */
  List<RuleForm> BUILT_IN = List.of(new DrlForm(), new DslrForm(), new DecisionTableForm());

  /** The rule files of this form in the rule set, each with the rules it declares. */
  List<RuleFile> read(RuleSet ruleSet);

  /**
   * A rule file of some form.
   *
   * @param path relative to the rule set's root, e.g. {@code rules/care/agenda.drl}
   * @param description what the file as a whole is about, as its author wrote it at the top; empty
   *     when it says nothing
   */
  record RuleFile(String path, String description, List<RuleText> rules) {
    public RuleFile {
      rules = List.copyOf(rules);
    }
  }

  /**
   * What a rule file says about one rule.
   *
   * @param line the line the rule is declared on, 1 for the first; 0 when the form has no lines
   * @param cell the spreadsheet cell the rule's row starts at, e.g. {@code CAO!B12}; {@code null}
   *     for a text form
   * @param comment what the author wrote directly above the rule, as plain text; empty when nothing
   * @param parameters the names of the parameters the rule reads, in the order it first names them
   */
  record RuleText(
      String name, String file, int line, @Nullable String cell, String comment, List<String> parameters) {
    public RuleText {
      parameters = List.copyOf(parameters);
    }
  }
}
