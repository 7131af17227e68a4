package nl.gesprekswijzer.engine.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule files of a rule set read as text, as their authors wrote them: where each rule's
 * conditions are, with comments left out. {@code rules check} reviews the conditions and {@code
 * rules check --mutate} changes them; neither needs Drools for it.
 *
 * <p>Rule files are everything under {@code rules/} ending in {@code .drl} (rules in DRL), {@code
 * .dslr} (rules in the sentences of a domain language) or {@code .dsl} (the sentences, each with
 * the DRL it stands for). Decision tables ({@code .xlsx}) are not text and are not read here.
 */
public final class RuleFiles {

  /** The extensions of rule files kept as text. */
  public static final List<String> TEXT_EXTENSIONS = List.of(".drl", ".dslr", ".dsl");

  private static final Pattern RULE =
      Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|\\S+)");
  private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
  private static final Pattern THEN = Pattern.compile("\\bthen\\b");
  private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");
  /** A sentence of a domain language: {@code [when]sentence=expansion}, also {@code [condition][]...}. */
  private static final Pattern SENTENCE =
      Pattern.compile("(?m)^[ \\t]*\\[(?:when|condition)](?:\\[[^\\]]*])*(.*?)(?<!\\\\)=(.*)$");

  private RuleFiles() {}

  /**
   * The conditions of a rule, or of a sentence of a domain language: the text from {@code start}
   * (inclusive) to {@code end} (exclusive) of the file.
   *
   * @param name the rule's name, or for a {@code .dsl} sentence the sentence as written
   * @param sentence whether this is a sentence of a {@code .dsl} file rather than a rule
   */
  public record Conditions(String file, String name, boolean sentence, int start, int end) {}

  /** Whether the path is a rule file kept as text. */
  public static boolean isTextRuleFile(String path) {
    return path.startsWith("rules/") && TEXT_EXTENSIONS.stream().anyMatch(path::endsWith);
  }

  /** The text rule files of a rule set's files, by path. */
  public static Map<String, String> textRuleFiles(Map<String, String> files) {
    Map<String, String> rules = new TreeMap<>();
    files.forEach(
        (path, content) -> {
          if (isTextRuleFile(path)) {
            rules.put(path, content);
          }
        });
    return rules;
  }

  /**
   * Where the conditions are in a rule file: each rule's {@code when} part, or in a {@code .dsl}
   * file each {@code [when]} sentence's DRL. Found in the text with comments left out, so that
   * a commented-out rule or a word in a comment is not taken for one.
   */
  public static List<Conditions> conditions(String path, String text) {
    String code = withoutComments(text);
    List<Conditions> found = new ArrayList<>();
    if (path.toLowerCase(Locale.ROOT).endsWith(".dsl")) {
      Matcher sentence = SENTENCE.matcher(code);
      while (sentence.find()) {
        found.add(
            new Conditions(path, sentence.group(1).strip(), true, sentence.start(2), sentence.end(2)));
      }
      return found;
    }
    String plain = withoutStrings(code);
    Matcher rule = RULE.matcher(plain);
    while (rule.find()) {
      String name = unquote(code.substring(rule.start(1), rule.end(1)));
      Matcher when = WHEN.matcher(plain);
      if (!when.find(rule.end())) {
        continue;
      }
      Matcher then = THEN.matcher(plain);
      Matcher end = END.matcher(plain);
      int endOfRule = end.find(when.end()) ? end.start() : plain.length();
      if (then.find(when.end()) && then.start() < endOfRule) {
        found.add(new Conditions(path, name, false, when.end(), then.start()));
      }
    }
    return found;
  }

  /** The line (from 1) an offset of a text is on. */
  public static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The text with every comment replaced by spaces, so that offsets and lines stay where they
   * were: {@code // …}, {@code /* … *}{@code /}, and a line that starts with {@code #}. Text inside
   * quotes is kept, comment marks in it included.
   */
  public static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    boolean lineStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfQuoted(text, i);
        lineStart = false;
      } else if (text.startsWith("//", i) || (lineStart && c == '#')) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        blank(out, i, end);
        i = end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        blank(out, i, end);
        i = end;
        lineStart = false;
      } else {
        if (c == '\n') {
          lineStart = true;
        } else if (!Character.isWhitespace(c)) {
          lineStart = false;
        }
        i++;
      }
    }
    return out.toString();
  }

  /** The text with what is inside quotes replaced by spaces (comments are expected gone). */
  public static String withoutStrings(String code) {
    StringBuilder out = new StringBuilder(code);
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfQuoted(code, i);
        blank(out, i + 1, Math.max(i + 1, end - 1));
        i = end;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** Where a quoted text that starts at {@code start} ends (after its closing quote, or at the line end). */
  private static int endOfQuoted(String text, int start) {
    char quote = text.charAt(start);
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i; // an apostrophe in a sentence, not a quote: stop at the line's end
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static void blank(StringBuilder out, int from, int to) {
    for (int i = from; i < to && i < out.length(); i++) {
      if (out.charAt(i) != '\n') {
        out.setCharAt(i, ' ');
      }
    }
  }

  private static String unquote(String name) {
    if (name.length() >= 2
        && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("'") && name.endsWith("'"))) {
      return name.substring(1, name.length() - 1);
    }
    return name;
  }
}
