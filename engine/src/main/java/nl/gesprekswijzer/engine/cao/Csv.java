package nl.gesprekswijzer.engine.cao;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it, which is what spreadsheet programs save: fields separated by
 * commas, a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}).
 * Two additions for files people keep by hand: a line that starts with {@code #} is a comment, and
 * blank lines are skipped.
 *
 * <p>Hand-written rather than a library, because the engine then needs no further dependency and
 * every problem can name the line it is on.
 */
final class Csv {

  /** One record and the line it starts on, counting from 1. */
  record Record(int line, List<String> fields) {
    Record {
      fields = List.copyOf(fields);
    }
  }

  private Csv() {}

  /**
   * The records of a file, header included.
   *
   * @param problems receives one line per problem, starting with the file and line
   */
  static List<Record> parse(String path, String content, List<String> problems) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean atRecordStart = true;
    boolean inQuotes = false;
    boolean afterClosingQuote = false;
    boolean broken = false;
    int line = 1;
    int recordLine = 1;
    // A byte order mark is how some spreadsheet programs start a UTF-8 file; it is not data.
    int start = content.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < content.length(); i++) {
      char c = content.charAt(i);
      if (atRecordStart) {
        if (c == '#') {
          int end = content.indexOf('\n', i);
          if (end < 0) {
            break;
          }
          i = end;
          line++;
          continue;
        }
        if (c == '\r' || c == '\n') {
          if (c == '\n') {
            line++;
          }
          continue;
        }
        atRecordStart = false;
        recordLine = line;
      }
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            inQuotes = false;
            afterClosingQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          afterClosingQuote = false;
        }
        case '\n' -> {
          fields.add(field.toString());
          field.setLength(0);
          if (!broken) {
            records.add(new Record(recordLine, fields));
          }
          fields.clear();
          afterClosingQuote = false;
          broken = false;
          atRecordStart = true;
          line++;
        }
        case '\r' -> {
          // Part of a Windows line end; the '\n' that follows ends the record.
        }
        case '"' -> {
          if (field.isEmpty() && !afterClosingQuote) {
            inQuotes = true;
          } else if (!broken) {
            broken = report(problems, path, line, "a quote (\") inside a field: quote the whole field and double the quote");
          }
        }
        default -> {
          if (afterClosingQuote && !broken) {
            broken = report(problems, path, line, "text after the closing quote of a field");
          }
          field.append(c);
        }
      }
    }
    if (inQuotes) {
      report(problems, path, recordLine, "a quoted field is not closed");
    } else if (!atRecordStart) {
      fields.add(field.toString());
      if (!broken) {
        records.add(new Record(recordLine, fields));
      }
    }
    return records;
  }

  private static boolean report(List<String> problems, String path, int line, String problem) {
    problems.add(path + " line " + line + ": " + problem);
    return true;
  }
}
