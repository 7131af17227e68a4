package nl.gesprekswijzer.engine.ruleset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultDSLMapping;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.jspecify.annotations.Nullable;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * The domain language of a rule set: the sentences of its {@code .dsl} files ({@code [when]} for a
 * condition, {@code [then]} for an action, each standing for DRL) and the rules of its {@code
 * .dslr} files written in them.
 *
 * <p>Drools expands a {@code .dslr} itself when it builds, but it lets a line that is no sentence
 * pass as DRL, and then reports what the DRL parser makes of it (or of a line only partly a
 * sentence) at columns of the expanded text; a broken {@code .dsl} line it reports without the
 * file. So this class checks first, and names the line the author wrote: every line of a rule's
 * conditions and actions must be exactly one sentence (or DRL after a {@code >}), every
 * placeholder an expansion uses must be in its sentence, and a sentence may not be spoilt by a
 * shorter one read before it. A file with such a problem is left out of the Drools build, so that
 * Drools does not report it a second time in its own words.
 *
 * <p>Drools' expansion keeps every line where it is, which is what lets its own messages about a
 * {@code .dslr} point at the author's lines. Two things of Drools' DSL would move lines, so a
 * {@code .dslr} may not use them: a line starting with {@code -} (added to the sentence above) and
 * a block comment over several lines. Nor does this rule set use Drools' {@code [keyword]} and
 * {@code [*]} sentences: a sentence is a condition or an action.
 */
final class DomainLanguage {

  /** The sentences: {@code rules/**.dsl}. */
  static final String SENTENCES = ".dsl";

  /** Rules written in sentences: {@code rules/**.dslr}. */
  static final String RULES = ".dslr";

  /** One sentence of a {@code .dsl} file. */
  private record Sentence(String file, int line, boolean condition, String text, DSLMappingEntry entry) {

    /** The sentence as an author reads it: {@code zet {onderwerp} op de agenda}. */
    String shown() {
      return PLACEHOLDER_REGEX.matcher(text).replaceAll("{$1}").strip();
    }
  }

  /** Where a line of a {@code .dslr} is: Drools expands only a rule's conditions and actions. */
  private enum Part {
    OUTSIDE,
    HEADER,
    CONDITIONS,
    ACTIONS
  }

  /** A sentence as written, before Drools reads it. */
  private record Written(int line, boolean condition, String text) {}

  private static final String STARTS = "a sentence starts with [when] (a condition) or [then] (an action)";
  private static final Pattern COMMENT_LINE = Pattern.compile("\\s*(?:(?:#|//).*)?");
  private static final Pattern ENTRY = Pattern.compile("\\s*\\[([^\\]]*)\\]((?:\\[[^\\]]*\\])?)(.*)");
  private static final Set<String> CONDITION = Set.of("when", "condition");
  private static final Set<String> CONSEQUENCE = Set.of("then", "consequence");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\d]+");
  /** A placeholder with its pattern, {@code {rang:\d+}}, shown as {@code {rang}}. */
  private static final Pattern PLACEHOLDER_REGEX = Pattern.compile("\\{([\\p{L}\\d]+):[^}]*(?:\\{[^}]*\\}[^}]*)*\\}");
  /** A placeholder in an expansion, as Drools finds it (with an optional {@code !function}). */
  private static final Pattern EXPANSION_PLACEHOLDER = Pattern.compile("(?<!\\\\)\\{([\\p{L}\\d]+)(?:![^}]*)?\\}");
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern RULE = Pattern.compile("rule\\b.*");
  private static final Pattern QUERY = Pattern.compile("query\\b.*");
  private static final Pattern WHEN = Pattern.compile("when\\b(.*)");
  private static final Pattern THEN = Pattern.compile("then\\b(.*)");
  private static final Pattern END = Pattern.compile("end\\b.*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d_]+");

  private final List<Sentence> sentences;
  private final Set<String> dslFiles;
  private final boolean broken;
  private final Map<String, String> expanded = new TreeMap<>();
  private final Set<String> refused = new LinkedHashSet<>();
  private final Map<Sentence, DefaultExpander> expanders = new HashMap<>();

  private DomainLanguage(List<Sentence> sentences, Set<String> dslFiles, boolean broken) {
    this.sentences = sentences;
    this.dslFiles = dslFiles;
    this.broken = broken;
  }

  /**
   * Reads the sentences of a rule set's {@code .dsl} files and checks every {@code .dslr} against
   * them, adding each problem at the file and line the author wrote.
   *
   * @param ruleFiles the rule files, keyed by path relative to the rule set's root
   */
  static DomainLanguage check(Map<String, String> ruleFiles, List<String> problems) {
    List<Sentence> sentences = new ArrayList<>();
    Set<String> dslFiles = new LinkedHashSet<>();
    boolean broken = false;
    for (Map.Entry<String, String> file : new TreeMap<>(ruleFiles).entrySet()) {
      if (file.getKey().endsWith(SENTENCES)) {
        dslFiles.add(file.getKey());
        broken |= !read(file.getKey(), file.getValue(), sentences, problems);
      }
    }
    DomainLanguage language = new DomainLanguage(List.copyOf(sentences), dslFiles, broken);
    new TreeMap<>(ruleFiles)
        .forEach(
            (path, text) -> {
              if (path.endsWith(RULES)) {
                language.expand(path, text, problems);
              }
            });
    return language;
  }

  /** The rule files Drools can build: all but those with a problem here. */
  Map<String, String> buildable(Map<String, String> ruleFiles) {
    Map<String, String> buildable = new TreeMap<>(ruleFiles);
    buildable.keySet().removeAll(refused);
    if (broken) {
      buildable.keySet().removeIf(path -> path.endsWith(SENTENCES) || path.endsWith(RULES));
    }
    return buildable;
  }

  /** A {@code .dslr} file as Drools reads it, line for line, or {@code null} when it has a problem. */
  @Nullable String expanded(String path) {
    return expanded.get(path);
  }

  /**
   * Words a Drools message about a line of a {@code .dslr} for its author: when the line is a
   * sentence, the message names the sentence and where it is defined, because the fault is in what
   * the sentence stands for, or in how the rule combines it.
   */
  String reword(String path, int line, String message, Map<String, String> ruleFiles) {
    String text = ruleFiles.get(path);
    if (!path.endsWith(RULES) || text == null || line < 1) {
      return message;
    }
    String[] lines = text.split("\\R", -1);
    if (line > lines.length) {
      return message;
    }
    String written = lines[line - 1].strip();
    for (Sentence sentence : sentences) {
      if (sentence.entry.getKeyPattern().matcher(written).matches()) {
        return "the sentence \"" + written + "\" (" + sentence.file + " line " + sentence.line
            + ") does not compile here: " + message;
      }
    }
    return message;
  }

  /** Reads one {@code .dsl} file; false when it has a problem. */
  private static boolean read(String path, String text, List<Sentence> sentences, List<String> problems) {
    int before = problems.size();
    List<Integer> starts = new ArrayList<>();
    List<StringBuilder> entries = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (COMMENT_LINE.matcher(line).matches()) {
        continue;
      }
      if (line.strip().startsWith("[")) {
        starts.add(i + 1);
        entries.add(new StringBuilder(line));
      } else if (entries.isEmpty()) {
        problems.add(path + " line " + (i + 1) + ": " + STARTS);
      } else {
        // Drools reads a line that does not start with [ as the rest of the sentence above it.
        entries.get(entries.size() - 1).append(' ').append(line.strip());
      }
    }
    List<Written> own = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      int line = starts.get(i);
      String where = path + " line " + line + ": ";
      Matcher entry = ENTRY.matcher(entries.get(i));
      if (!entry.matches()) {
        problems.add(where + STARTS);
        continue;
      }
      String section = entry.group(1).strip();
      if (!CONDITION.contains(section) && !CONSEQUENCE.contains(section)) {
        problems.add(
            where + "[" + section + "] is not a kind of sentence; write [when] for a condition or [then] for an action");
        continue;
      }
      String rest = entry.group(3);
      int equals = separator(rest);
      if (equals < 0) {
        problems.add(where + "no \"=\" between the sentence and the DRL it stands for");
        continue;
      }
      String sentence = rest.substring(0, equals).strip();
      String expansion = rest.substring(equals + 1);
      if (sentence.isEmpty()) {
        problems.add(where + "the sentence before \"=\" is empty");
        continue;
      }
      Set<String> placeholders = placeholders(sentence, where, problems);
      if (placeholders == null) {
        continue;
      }
      Set<String> used = new LinkedHashSet<>();
      Matcher use = EXPANSION_PLACEHOLDER.matcher(expansion);
      while (use.find()) {
        used.add(use.group(1));
        if (!placeholders.contains(use.group(1))) {
          problems.add(
              where + "the DRL uses {" + use.group(1) + "}, which the sentence does not have"
                  + (placeholders.isEmpty() ? "" : "; it has {" + String.join("}, {", placeholders) + "}"));
        }
      }
      for (String placeholder : placeholders) {
        if (!used.contains(placeholder)) {
          problems.add(where + "the sentence's {" + placeholder + "} is not used in the DRL after \"=\"");
        }
      }
      own.add(new Written(line, CONDITION.contains(section), sentence));
    }
    for (int i = 0; i < own.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (own.get(i).condition == own.get(j).condition
            && normal(own.get(i).text).equals(normal(own.get(j).text))) {
          problems.add(path + " line " + own.get(i).line + ": the same sentence as line " + own.get(j).line);
        }
      }
    }
    if (problems.size() > before) {
      return false;
    }
    // Only now Drools reads the file: its own messages say little more than "DSL parser error".
    DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
    try {
      file.parseAndLoad(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (KnowledgeBuilderResult error : file.getErrors()) {
      int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
      problems.add(
          path + (line > 0 ? " line " + line : "") + ": Drools cannot read this sentence (" + error.getMessage() + ")");
    }
    List<DSLMappingEntry> read = file.getErrors().isEmpty() ? file.getMapping().getEntries() : List.of();
    if (read.size() != own.size()) {
      if (file.getErrors().isEmpty()) {
        problems.add(path + ": Drools reads " + read.size() + " sentences where there are " + own.size());
      }
      return false;
    }
    for (int i = 0; i < own.size(); i++) {
      Written sentence = own.get(i);
      DSLMappingEntry entry = read.get(i);
      sentences.add(new Sentence(path, sentence.line, sentence.condition, sentence.text, entry));
    }
    return true;
  }

  /** The first "=" that is neither escaped nor inside a placeholder, or -1. */
  private static int separator(String entry) {
    int depth = 0;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '=' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The placeholders of a sentence, {@code {name}} or {@code {name:pattern}}; null after a problem. */
  private static @Nullable Set<String> placeholders(String sentence, String where, List<String> problems) {
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    while (i < sentence.length()) {
      char c = sentence.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '}') {
        problems.add(where + "a \"}\" without its \"{\" in the sentence");
        return null;
      }
      if (c != '{') {
        i++;
        continue;
      }
      int depth = 1;
      int end = i + 1;
      while (end < sentence.length() && depth > 0) {
        char d = sentence.charAt(end);
        if (d == '\\') {
          end++;
        } else if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
        }
        end++;
      }
      if (depth > 0) {
        problems.add(where + "a \"{\" without its \"}\" in the sentence");
        return null;
      }
      String inside = sentence.substring(i + 1, end - 1);
      int colon = inside.indexOf(':');
      String name = colon < 0 ? inside : inside.substring(0, colon);
      if (!NAME.matcher(name).matches()) {
        problems.add(
            where + "{" + inside + "} is not a placeholder; write {name} or {name:pattern}, the name in letters and digits");
        return null;
      }
      if (colon >= 0 && !pattern(name, inside.substring(colon + 1), where, problems)) {
        return null;
      }
      if (!names.add(name)) {
        problems.add(where + "the sentence has {" + name + "} twice");
        return null;
      }
      i = end;
    }
    return names;
  }

  /** Whether the pattern of a placeholder is one Drools takes as written. */
  private static boolean pattern(String name, String pattern, String where, List<String> problems) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      problems.add(where + "the pattern of {" + name + "} is not a regular expression: " + e.getDescription());
      return false;
    }
    if (pattern.contains(" ")) {
      // Drools makes every space of a sentence match any run of white space, inside patterns too.
      problems.add(where + "write \\s for a space in the pattern of {" + name + "}");
      return false;
    }
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == '\\') {
        i++;
      } else if (pattern.charAt(i) == '(' && (i + 1 == pattern.length() || pattern.charAt(i + 1) != '?')) {
        // Drools counts its placeholders by the groups of the sentence; one more would shift them.
        problems.add(
            where + "write (?: ) for a group in the pattern of {" + name + "}; a plain ( ) shifts the placeholders after it");
        return false;
      }
    }
    return true;
  }

  /**
   * Checks one {@code .dslr} and keeps its expansion. Every line of a rule's conditions and actions
   * is one whole sentence, a comment, or DRL after {@code >}.
   */
  private void expand(String path, String text, List<String> problems) {
    int before = problems.size();
    if (dslFiles.isEmpty()) {
      problems.add(path + ": no sentences to read it with; they are in a .dsl file under rules/");
      refused.add(path);
      return;
    }
    if (broken) {
      refused.add(path);
      return;
    }
    Matcher comment = BLOCK_COMMENT.matcher(text);
    while (comment.find()) {
      if (comment.group().contains("\n")) {
        problems.add(
            path + " line " + lineOf(text, comment.start()) + ": write // before each line of a comment;"
                + " a /* */ comment over several lines moves the line numbers of a .dslr");
      }
    }
    String[] lines = text.split("\\R", -1);
    Map<Integer, Sentence> used = new TreeMap<>();
    Part part = Part.OUTSIDE;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      String where = path + " line " + (i + 1) + ": ";
      switch (part) {
        case OUTSIDE -> {
          if (RULE.matcher(line).matches()) {
            part = Part.HEADER;
          } else if (QUERY.matcher(line).matches()) {
            part = Part.CONDITIONS;
          }
        }
        case HEADER -> {
          Matcher when = WHEN.matcher(line);
          if (when.matches()) {
            part = Part.CONDITIONS;
            if (!when.group(1).isBlank()) {
              problems.add(where + "write the first condition on the line after \"when\"");
            }
          }
        }
        case CONDITIONS, ACTIONS -> {
          Matcher then = THEN.matcher(line);
          if (END.matcher(line).matches()) {
            part = Part.OUTSIDE;
          } else if (part == Part.CONDITIONS && then.matches()) {
            part = Part.ACTIONS;
            if (!then.group(1).isBlank()) {
              problems.add(where + "write the first action on the line after \"then\"");
            }
          } else {
            Sentence sentence = sentence(where, line, part == Part.CONDITIONS, problems);
            if (sentence != null) {
              used.put(i, sentence);
            }
          }
        }
      }
    }
    if (problems.size() > before) {
      refused.add(path);
      return;
    }
    DefaultExpander expander = expander(sentences);
    String result = expander.expand(text);
    for (ExpanderException error : expander.getErrors()) {
      problems.add(path + " line " + error.getLine() + ": " + error.getMessage().strip());
    }
    String[] out = result.split("\\R", -1);
    if (out.length != lines.length) {
      problems.add(path + ": the sentences change the number of lines (" + lines.length + " to " + out.length + ")");
    }
    if (problems.size() == before) {
      for (Map.Entry<Integer, Sentence> use : used.entrySet()) {
        int i = use.getKey();
        Sentence sentence = use.getValue();
        if (!expandAlone(sentence, lines[i]).equals(out[i])) {
          problems.add(path + " line " + (i + 1) + ": " + spoilt(sentence, lines[i].strip()));
        }
      }
    }
    if (problems.size() > before) {
      refused.add(path);
    } else {
      expanded.put(path, result);
    }
  }

  /** The sentence a line of a rule is, or null (with a problem when it is none). */
  private @Nullable Sentence sentence(String where, String written, boolean condition, List<String> problems) {
    if (written.isEmpty() || written.startsWith("#") || written.startsWith("//") || written.startsWith(">")) {
      return null;
    }
    if (written.startsWith("-")) {
      problems.add(
          where + "write each " + (condition ? "condition" : "action")
              + " as a whole sentence; a line starting with \"-\" is not used in .dslr files here");
      return null;
    }
    for (Sentence sentence : sentences) {
      if (sentence.condition == condition && sentence.entry.getKeyPattern().matcher(written).matches()) {
        return sentence;
      }
    }
    for (Sentence sentence : sentences) {
      if (sentence.entry.getKeyPattern().matcher(written).matches()) {
        problems.add(
            where + "\"" + written + "\" is "
                + (condition ? "an action ([then]), not a condition" : "a condition ([when]), not an action")
                + "; it belongs " + (condition ? "after \"then\"" : "before \"then\""));
        return null;
      }
    }
    Sentence nearest = nearest(written, condition);
    problems.add(
        where + "\"" + written + "\" is not a sentence of " + String.join(", ", dslFiles)
            + (nearest == null ? "" : "; the nearest is \"" + nearest.shown() + "\" (line " + nearest.line + ")"));
    return null;
  }

  /** What spoils a sentence that Drools expands otherwise than alone: another sentence read first. */
  private String spoilt(Sentence sentence, String written) {
    for (Sentence other : sentences) {
      if (other != sentence
          && other.condition == sentence.condition
          && other.entry.getKeyPattern().matcher(written).find()) {
        return "Drools reads the sentence \"" + other.shown() + "\" (" + other.file + " line " + other.line
            + ") inside \"" + written + "\" (line " + sentence.line + "); put the longer sentence first in "
            + sentence.file;
      }
    }
    return "Drools expands \"" + written + "\" otherwise than its sentence (" + sentence.file + " line "
        + sentence.line + ") alone";
  }

  private String expandAlone(Sentence sentence, String line) {
    String rule =
        sentence.condition
            ? "rule \"x\"\nwhen\n" + line + "\nthen\nend\n"
            : "rule \"x\"\nwhen\nthen\n" + line + "\nend\n";
    DefaultExpander alone = alone(sentence);
    return alone.expand(rule).split("\\R", -1)[sentence.condition ? 2 : 3];
  }

  private DefaultExpander alone(Sentence sentence) {
    return expanders.computeIfAbsent(sentence, s -> expander(List.of(s)));
  }

  private static DefaultExpander expander(List<Sentence> sentences) {
    DefaultDSLMapping mapping = new DefaultDSLMapping();
    sentences.forEach(sentence -> mapping.addEntry(sentence.entry));
    DefaultExpander expander = new DefaultExpander();
    expander.addDSLMapping(mapping);
    return expander;
  }

  /** The sentence that shares the most words with what was written, if it shares half of them. */
  private @Nullable Sentence nearest(String written, boolean condition) {
    Set<String> words = words(written);
    Sentence best = null;
    double bestScore = 0.5;
    for (Sentence sentence : sentences) {
      if (sentence.condition != condition) {
        continue;
      }
      Set<String> theirs = words(sentence.shown().replaceAll("\\{[^}]*\\}", " "));
      long common = theirs.stream().filter(words::contains).count();
      double score = (double) common / Math.max(words.size(), theirs.size());
      if (score >= bestScore) {
        best = sentence;
        bestScore = score + 1e-9;
      }
    }
    return best;
  }

  private static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    WORD.matcher(text.toLowerCase(Locale.ROOT)).results().forEach(word -> words.add(word.group()));
    return words;
  }

  private static String normal(String sentence) {
    return sentence.strip().replaceAll("\\s+", " ");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

}
