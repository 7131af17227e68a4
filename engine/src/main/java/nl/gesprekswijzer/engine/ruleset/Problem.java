package nl.gesprekswijzer.engine.ruleset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One problem with a rule set, at the place its author wrote: a file, and within it a line (and
 * column) or, in a spreadsheet, a cell such as {@code Sheet!C12}.
 *
 * <p>The engine words problems as text, {@code path line 12 column 3: message} or {@code path cell
 * Sheet!C12: message} or {@code path: message}; {@link #parse} reads that back, and {@link
 * #toString} prints the form editors and compilers use, {@code path:12:3: message} or {@code
 * path:Sheet!C12: message}.
 *
 * @param file the file, relative to the rule set's folder
 * @param line the line, from 1; 0 when the problem is with the whole file or a cell
 * @param column the column, from 1; 0 when not known
 * @param cell the spreadsheet cell, {@code Sheet!C12}; {@code null} outside spreadsheets
 * @param message what is wrong, on one line
 */
public record Problem(String file, int line, int column, @Nullable String cell, String message) {

  private static final Pattern PLACE =
      Pattern.compile(
          "^(\\S+?)(?: line (-?\\d+)(?: column (\\d+))?| cell ('(?:[^']|'')+'!\\S+|\\S+))?((?: \\([^)]*\\))?): (.*)$",
          Pattern.DOTALL);

  public Problem {
    message = oneLine(message);
  }

  /** Reads a problem as the engine words it; one it cannot place keeps its text as the message. */
  public static Problem parse(String problem) {
    Matcher place = PLACE.matcher(problem.strip());
    if (!place.matches()) {
      return new Problem("", 0, 0, null, problem);
    }
    int line = place.group(2) == null ? 0 : Math.max(0, Integer.parseInt(place.group(2)));
    int column = place.group(3) == null || line == 0 ? 0 : Integer.parseInt(place.group(3));
    String qualifier = place.group(5).strip();
    String message = qualifier.isEmpty() ? place.group(6) : qualifier + " " + place.group(6);
    return new Problem(place.group(1), line, column, place.group(4), message);
  }

  /** {@code file:line[:column]: message}, {@code file:Sheet!C12: message} or {@code file: message}. */
  @Override
  public String toString() {
    if (file.isEmpty()) {
      return message;
    }
    String where =
        cell != null ? ":" + cell : line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "";
    return file + where + ": " + message;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
