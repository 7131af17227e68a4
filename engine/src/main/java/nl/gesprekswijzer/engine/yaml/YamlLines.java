package nl.gesprekswijzer.engine.yaml;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The line of every key and value of a YAML document, by its JSON pointer: {@code /name} is the
 * line of the top-level key {@code name}, {@code /name/values/1/from} the line of the second
 * value's {@code from}. Parsed trees do not keep where they came from; this reads the file's tokens
 * once more.
 */
public final class YamlLines {

  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final YamlLines NONE = new YamlLines(Map.of());

  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** The lines of a document; none at all when it is not valid YAML (that is reported elsewhere). */
  public static YamlLines of(String yaml) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(yaml)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
      }
    } catch (JacksonException e) {
      return NONE;
    }
    return new YamlLines(Map.copyOf(lines));
  }

  /** No lines known: every {@link #line} is 0. */
  public static YamlLines none() {
    return NONE;
  }

  /**
   * The line (from 1) of what the path names, or 0 when the document has no such path.
   *
   * @param path keys and list positions, e.g. {@code "care.intensive-hours-per-week", "values", 0}
   */
  public int line(Object... path) {
    StringBuilder pointer = new StringBuilder();
    for (Object step : path) {
      pointer.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
    }
    return lines.getOrDefault(pointer.toString(), 0);
  }

  /** {@code " line 12"} for a path that is there, else nothing: the engine's wording of a place. */
  public String at(Object... path) {
    int line = line(path);
    return line > 0 ? " line " + line : "";
  }
}
