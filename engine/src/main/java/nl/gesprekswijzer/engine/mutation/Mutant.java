package nl.gesprekswijzer.engine.mutation;

/**
 * One change to a rule set, at the place its author wrote.
 *
 * <p>{@link #toString} reads {@code rules/care/follow-up.drl:36:29: rule 'x': '>' to '>='} (file,
 * line and column) or {@code
 * parameters/policy.yaml:10: parameter 'x': 8 to 9}.
 */
public sealed interface Mutant permits Mutant.Comparison, Mutant.Figure {

  /** The file changed, relative to the rule set's folder. */
  String file();

  /** The line changed, from 1. */
  int line();

  /** What is changed, in the words of the report: {@code rule 'x'}, {@code parameter 'x'}. */
  String subject();

  /** What is changed from and to, e.g. {@code '>' to '>='} or {@code 8 to 9}. */
  String change();

  /**
   * A comparison operator in a rule's conditions, or in the DRL of a domain-language sentence.
   *
   * @param name the rule's name, or the sentence
   * @param sentence whether it is a sentence of a {@code .dsl} file
   * @param column the operator's column in its line, from 1: a line may hold more than one
   * @param offset where the operator starts in the file's text
   */
  record Comparison(
      String file,
      int line,
      int column,
      String name,
      boolean sentence,
      int offset,
      String operator,
      String replacement)
      implements Mutant {

    @Override
    public String subject() {
      return (sentence ? "sentence '" : "rule '") + name + "'";
    }

    @Override
    public String change() {
      return "'" + operator + "' to '" + replacement + "'";
    }

    /** The file's text with this one change. */
    String apply(String text) {
      return text.substring(0, offset) + replacement + text.substring(offset + operator.length());
    }

    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + subject() + ": " + change();
    }
  }

  /**
   * A figure: one value of a parameter, or the date it applies from.
   *
   * @param index which of the parameter's values, from 0
   * @param field {@code value} or {@code from}
   */
  record Figure(
      String file, int line, String parameter, int index, String field, String original, String replacement)
      implements Mutant {

    @Override
    public String subject() {
      return "parameter '" + parameter + "'";
    }

    @Override
    public String change() {
      return "from".equals(field)
          ? "'from " + original + "' to 'from " + replacement + "'"
          : original + " to " + replacement;
    }

    @Override
    public String toString() {
      return file + ":" + line + ": " + subject() + ": " + change();
    }
  }
}
