package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;

/**
 * The default rule set in a folder, as {@code gesprekswijzer rules export} writes it (the rules jar's
 * files), and the edits a policy officer makes to it.
 */
final class ExportedRules {

  /** The parameter the tests change: weeks between career talks. No rule file names its value. */
  static final String CAREER_WEEKS = "follow-up.career-weeks";

  private static final Pattern CAREER_WEEKS_VALUE =
      Pattern.compile("(?s)(" + Pattern.quote(CAREER_WEEKS) + ":.*?\\n\\s*value: )(\\d+)");

  private ExportedRules() {}

  static Path export(Path dir) {
    try {
      ClasspathRuleSetSource jar = new ClasspathRuleSetSource();
      for (Map.Entry<String, String> file : jar.files().entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue());
      }
      for (Map.Entry<String, byte[]> file : jar.binaryFiles().entrySet()) {
        Path target = dir.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites a file; fails when the change changes nothing (the text it looks for is gone). */
  static void edit(Path file, UnaryOperator<String> change) {
    try {
      String before = Files.readString(file);
      String after = change.apply(before);
      assertThat(after).as("the edit of %s", file).isNotEqualTo(before);
      save(file, after.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      save(file, content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves the whole file in one step, as editors do (a new file moved over the old one), so that
   * the service's folder watcher never reads a file half written, however busy the machine is.
   */
  static void save(Path file, byte[] content) throws IOException {
    Path saved = Files.createTempFile("saved", ".tmp");
    Files.write(saved, content);
    Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The line (from 1) of the first line that contains the text; fails when none does. */
  static int lineOf(Path file, String text) {
    List<String> lines = read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line with " + text);
  }

  /** The line (from 1) of the first line that is exactly the text; fails when none is. */
  static int lineIs(Path file, String text) {
    List<String> lines = read(file).lines().toList();
    int line = lines.indexOf(text);
    if (line < 0) {
      throw new AssertionError(file + " has no line " + text);
    }
    return line + 1;
  }

  /** The weeks between career talks in the folder's parameters. */
  static int careerWeeks(Path rules) {
    Matcher value = CAREER_WEEKS_VALUE.matcher(read(rules.resolve("parameters/policy.yaml")));
    assertThat(value.find()).as(CAREER_WEEKS + " in parameters/policy.yaml").isTrue();
    return Integer.parseInt(value.group(2));
  }

  /**
   * Changes the weeks between career talks, as a policy officer would: the figure in its
   * parameter file and, because scenarios pin it, every scenario's expected interval and date.
   */
  static void changeCareerWeeks(Path rules, int weeks) {
    int old = careerWeeks(rules);
    changeCareerWeeksParameterOnly(rules, weeks);
    Pattern expected = Pattern.compile("intervalWeeks: " + old + ", nextDate: (\\d{4}-\\d\\d-\\d\\d)");
    try (Stream<Path> scenarios = Files.list(rules.resolve("scenarios"))) {
      for (Path scenario : scenarios.toList()) {
        String text = read(scenario);
        String changed =
            expected
                .matcher(text)
                .replaceAll(
                    found ->
                        "intervalWeeks: " + weeks + ", nextDate: "
                            + LocalDate.parse(found.group(1)).plusWeeks(weeks - old));
        if (!changed.equals(text)) {
          save(scenario, changed.getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Changes only the figure: the scenarios that pin it then fail. */
  static void changeCareerWeeksParameterOnly(Path rules, int weeks) {
    edit(rules.resolve("parameters/policy.yaml"), text -> CAREER_WEEKS_VALUE.matcher(text).replaceFirst("$1" + weeks));
  }
}
