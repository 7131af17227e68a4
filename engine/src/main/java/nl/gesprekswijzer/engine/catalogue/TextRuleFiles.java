package nl.gesprekswijzer.engine.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.engine.facts.Parameters;

/**
 * Reads rule files written as text (DRL, and DRL in a domain language): the rules they declare,
 * the comment above each, the file's own comment at the top, and the parameters a rule's text
 * reads. Only what a policy officer sees in the file: nothing is compiled.
 */
final class TextRuleFiles {

  /** A parameter read through one of {@link Parameters#LOOKUP_METHODS}: {@code whole("x")}. */
  private static final Pattern PARAMETER_USE =
      Pattern.compile("\\b(?:" + String.join("|", Parameters.LOOKUP_METHODS) + ")\\(\\s*\"([^\"]+)\"");
  private static final Pattern DECLARATION =
      Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([^\\s\"']+))");
  private static final Pattern END = Pattern.compile("^\\s*end\\s*(?://.*)?$");

  private TextRuleFiles() {}

  /**
   * One rule as written.
   *
   * @param line the line of {@code rule "name"}, 1 for the first
   * @param comment the comment directly above that line (no blank line between), as plain text
   * @param text the rule from its declaration up to and including its {@code end}
   */
  record Block(String name, int line, String comment, String text) {}

  /** The files of the rule set under {@code rules/} whose path passes the test, sorted by path. */
  static Map<String, String> files(Map<String, String> files, Predicate<String> path) {
    Map<String, String> selected = new TreeMap<>();
    files.forEach(
        (name, content) -> {
          if (name.startsWith("rules/") && path.test(name)) {
            selected.put(name, content);
          }
        });
    return selected;
  }

  /** The parameters a piece of rule text reads, each once, in the order they first appear. */
  static List<String> parametersIn(String text) {
    Matcher matcher = PARAMETER_USE.matcher(text);
    LinkedHashSet<String> names = new LinkedHashSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return List.copyOf(names);
  }

  /** Every rule the text declares, in file order. */
  static List<Block> blocks(String text) {
    return read(text).blocks;
  }

  /**
   * What the file says about itself: its first comment that stands on its own before the first rule
   * (the lines under {@code package}). Empty when the first comment belongs to the first rule.
   */
  static String header(String text) {
    return read(text).header;
  }

  private record Parsed(List<Block> blocks, String header) {}

  private static Parsed read(String text) {
    String[] lines = text.split("\\R", -1);
    List<Block> blocks = new ArrayList<>();
    String header = null;
    List<String> comment = new ArrayList<>(); // the comment lines read since the last other line
    boolean inBlockComment = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (inBlockComment) {
        int close = line.indexOf("*/");
        comment.add(close < 0 ? line : line.substring(0, close));
        inBlockComment = close < 0;
        continue;
      }
      if (line.startsWith("//") || line.startsWith("#")) {
        comment.add(line);
        continue;
      }
      if (line.startsWith("/*")) {
        int close = line.indexOf("*/", 2);
        comment.add(close < 0 ? line : line.substring(0, close));
        inBlockComment = close < 0;
        continue;
      }
      Matcher declaration = DECLARATION.matcher(lines[i]);
      if (declaration.find()) {
        if (header == null) {
          header = "";
        }
        String name =
            declaration.group(1) != null
                ? declaration.group(1)
                : declaration.group(2) != null ? declaration.group(2) : declaration.group(3);
        int end = i;
        while (end < lines.length && !END.matcher(lines[end]).matches()) {
          end++;
        }
        int last = Math.min(end, lines.length - 1);
        blocks.add(new Block(name, i + 1, plain(comment), String.join("\n", Arrays.copyOfRange(lines, i, last + 1))));
        comment.clear();
        i = last;
        continue;
      }
      // A blank line or code ends a comment: one that stood on its own before any rule is the header.
      if (!comment.isEmpty() && header == null) {
        header = plain(comment);
      }
      comment.clear();
    }
    return new Parsed(List.copyOf(blocks), header == null ? "" : header);
  }

  /**
   * A comment as a policy officer reads it: without the comment marks, lines joined into sentences,
   * an empty comment line starting a new paragraph.
   */
  static String plain(List<String> comment) {
    StringBuilder text = new StringBuilder();
    for (String raw : comment) {
      String line = raw.strip();
      if (line.startsWith("//")) {
        line = line.substring(2);
      } else if (line.startsWith("/*")) {
        line = line.substring(2);
        while (line.startsWith("*")) {
          line = line.substring(1);
        }
      } else if (line.startsWith("#")) {
        line = line.substring(1);
      } else if (line.startsWith("*")) {
        line = line.substring(1);
      }
      line = line.strip();
      if (line.isEmpty()) {
        if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
          text.append("\n\n");
        }
        continue;
      }
      if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
        text.append(' ');
      }
      text.append(line);
    }
    return text.toString().strip();
  }
}
