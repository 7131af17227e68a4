package nl.gesprekswijzer.service.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random request bodies that are rarely a valid request: random JSON of every type, deep nesting,
 * huge numbers, long strings, odd Unicode, invalid UTF-8 and NUL bytes, duplicate keys, truncated
 * documents and plain noise. Built as bytes, because broken encodings cannot be written as a Java
 * string.
 */
final class RandomDocuments {

  /** The contract's own names, so random objects sometimes get past the unknown-field check. */
  static final List<String> KEYS =
      List.of("referenceDate", "language", "conversation", "type", "lastHeldOn", "employee", "weeklyHours",
          "employedSince", "employer", "size", "cao", "caregiving", "relation", "childAge", "hoursPerWeek", "since",
          "situation", "sickness", "firstSickDay", "workCapacityPercent", "wishes", "diagnosis", "", "\u0000",
          "referenceDate\u0000", "ｒｅｆｅｒｅｎｃｅＤａｔｅ", "__proto__", "$ref");

  static final List<String> NUMBERS =
      List.of("0", "-0", "1", "-1", "32", "1e400", "-1e400", "1e-400", "99999999999999999999", "-99999999999999999999",
          "1.7976931348623157e309", "2147483648", "-2147483649", "9223372036854775808", "0.1e-999999999", "1E+2",
          "60.0000000000000000000001", "168.00000000000000001", "0." + "0".repeat(500) + "1", "1" + "0".repeat(1000),
          "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "0x10", "1e", "--1");

  static final List<String> STRINGS =
      List.of("", " ", "nl", "en", "CARE_BALANCE", "SICK_LEAVE", "CHILD", "STABLE", "LEAVE", "sociaal-werk",
          "2026-11-23", "0001-01-01", "9999-12-31", "+999999999-12-31", "-999999999-01-01", "2024-02-29", "2023-02-29",
          "2026-13-01", "2026-11-23T10:00:00Z", "\\u0000", "\\ud800", "\\udfff\\ud800", "\\\"", "\\\\", "\u00e9\u0301",
          "\u202e\u202dRTL", "\ud83d\ude00", "\ufeff", "\uffff", "\u0085\u2028\u2029", "${jndi:ldap://x}", "#{1+1}",
          "{placeholder}", "<script>", "'; DROP TABLE x;--", "null", "true", "0");

  private RandomDocuments() {}

  static byte[] next(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> utf8(value(random, 0));
      case 1 -> utf8(deepNesting(random));
      case 2 -> utf8(longString(random));
      case 3 -> corrupt(random, utf8(value(random, 0)));
      case 4 -> noise(random);
      case 5 -> utf8(duplicateKeys(random));
      case 6 -> truncated(random, utf8(value(random, 0)));
      default -> utf8(object(random, 0));
    };
  }

  /** Any JSON value, mostly small; objects and arrays nest up to eight levels. */
  static String value(Random random, int depth) {
    int kind = random.nextInt(depth > 8 ? 4 : 7);
    return switch (kind) {
      case 0 -> pick(random, NUMBERS);
      case 1 -> quoted(random.nextInt(4) == 0 ? randomText(random, random.nextInt(40)) : pick(random, STRINGS));
      case 2 -> pick(random, List.of("true", "false", "null"));
      case 3 -> String.valueOf(random.nextLong());
      case 4, 5 -> object(random, depth + 1);
      default -> array(random, depth + 1);
    };
  }

  static String object(Random random, int depth) {
    StringBuilder json = new StringBuilder("{");
    int fields = random.nextInt(6);
    for (int i = 0; i < fields; i++) {
      json.append(i == 0 ? "" : ",").append(quoted(pick(random, KEYS))).append(':').append(value(random, depth));
    }
    return json.append('}').toString();
  }

  private static String array(Random random, int depth) {
    StringBuilder json = new StringBuilder("[");
    int items = random.nextInt(5);
    for (int i = 0; i < items; i++) {
      json.append(i == 0 ? "" : ",").append(value(random, depth));
    }
    return json.append(']').toString();
  }

  /** Deeper than any valid request (three levels), up to far beyond the parser's limit. */
  private static String deepNesting(Random random) {
    int depth = 10 + random.nextInt(random.nextBoolean() ? 20 : 5_000);
    String key = quoted(pick(random, KEYS));
    return random.nextBoolean()
        ? "[".repeat(depth) + "]".repeat(depth)
        : ("{" + key + ":").repeat(depth) + "1" + "}".repeat(depth);
  }

  /** A string of up to 100,000 characters, in a known or an unknown field; some bodies pass 64 KiB. */
  private static String longString(Random random) {
    String text = randomText(random, random.nextInt(random.nextBoolean() ? 5_000 : 100_000));
    return "{" + quoted(pick(random, KEYS)) + ":" + quoted(text) + "}";
  }

  private static String duplicateKeys(Random random) {
    String key = quoted(pick(random, KEYS));
    return "{" + key + ":" + value(random, 5) + "," + key + ":" + value(random, 5) + "}";
  }

  /** Bytes that are not UTF-8 (lone continuation bytes, overlong forms, surrogates) or NUL. */
  private static byte[] corrupt(Random random, byte[] document) {
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {0}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFE, (byte) 0xFF}};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(document.length + 1);
    out.write(document, 0, at);
    out.writeBytes(bad[random.nextInt(bad.length)]);
    out.write(document, at, document.length - at);
    return out.toByteArray();
  }

  private static byte[] truncated(Random random, byte[] document) {
    return Arrays.copyOf(document, random.nextInt(document.length + 1));
  }

  private static byte[] noise(Random random) {
    byte[] bytes = new byte[random.nextInt(2_000)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Characters from every corner of Unicode, control characters and lone surrogates included. */
  static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int c = switch (random.nextInt(5)) {
        case 0 -> random.nextInt(0x20);
        case 1 -> 0x20 + random.nextInt(0x5F);
        case 2 -> 0xD800 + random.nextInt(0x800);
        case 3 -> random.nextInt(0x10000);
        default -> 0x10000 + random.nextInt(0x100000);
      };
      text.appendCodePoint(c);
    }
    return text.toString();
  }

  /**
   * A JSON string literal: quotes and control characters escaped, everything else raw, backslashes
   * included, so that the escapes in {@link #STRINGS} reach the parser (and random ones may break it).
   */
  static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    text.chars().forEach(c -> {
      if (c == '"') {
        json.append("\\\"");
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", c));
      } else {
        json.append((char) c);
      }
    });
    return json.append('"').toString();
  }

  static byte[] utf8(String text) {
    // Lone surrogates become '?' here; the corrupt() case sends the raw bytes instead.
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
