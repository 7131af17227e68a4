package nl.gesprekswijzer.engine.fuzz;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.Explanation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must satisfy, whatever the situation: the fuzz tests' oracle. Works on the
 * response as JSON, so the HTTP fuzz test checks exactly what a platform receives, and on the
 * record (via the same JSON) for the engine.
 */
public final class AdviceInvariants {

  /** A placeholder the text catalog left unfilled, such as {@code {maxHours}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");

  /** A date beyond year 9999 or before year 0, as Java writes it: {@code +10000-01-28}. */
  private static final Pattern FAR_DATE = Pattern.compile("[+-][0-9]{4,}-[0-9]{2}-[0-9]{2}");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AdviceInvariants() {}

  /** The broken invariants of an answer from the engine; empty when it is fine. */
  public static List<String> check(AdviceResponse response) {
    List<String> failures = new ArrayList<>();
    // Null fields the JSON would leave out, so they are checked here on the record.
    for (Entitlement entitlement : response.entitlements()) {
      if (entitlement.legalBasis() == null) {
        failures.add("entitlement " + entitlement.id() + " has no legal basis");
      }
    }
    for (Explanation explanation : response.explanation()) {
      if (explanation.rule() == null || explanation.because() == null) {
        failures.add("explanation " + explanation + " misses its rule or its reason");
      }
    }
    if (response.followUp() == null || response.referenceDate() == null) {
      failures.add("the answer has no follow-up or no reference date");
    }
    failures.addAll(check(JSON.valueToTree(response)));
    return failures;
  }

  /** The broken invariants of an answer as JSON; empty when it is fine. */
  public static List<String> check(JsonNode answer) {
    List<String> failures = new ArrayList<>();
    JsonNode agenda = answer.path("agenda");
    for (int i = 0; i < agenda.size(); i++) {
      if (agenda.get(i).path("priority").asInt() != i + 1) {
        failures.add("agenda item " + i + " has priority " + agenda.get(i).path("priority"));
      }
    }
    answer.path("entitlements").forEach(e -> {
      if (e.path("legalBasis").asString("").isBlank()) {
        failures.add("entitlement " + e.path("id") + " has no legal basis");
      }
    });
    answer.path("explanation").forEach(e -> {
      if (e.path("rule").asString("").isBlank() || e.path("because").asString("").isBlank()) {
        failures.add("explanation " + e + " misses its rule or its reason");
      }
    });
    String reference = answer.path("referenceDate").asString("");
    String next = answer.path("followUp").path("nextDate").asString("");
    if (!isAfter(next, reference)) {
      failures.add("follow-up " + next + " is not after the reference date " + reference);
    }
    texts("", answer, failures);
    return failures;
  }

  /** Parsed, not compared as text: a year after 9999 is written {@code +10000-01-28}. */
  private static boolean isAfter(String date, String reference) {
    try {
      return LocalDate.parse(date).isAfter(LocalDate.parse(reference));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** No text empty, none marked missing by the catalog (⟦…⟧), no placeholder left unfilled. */
  private static void texts(String path, JsonNode node, List<String> failures) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        texts(path + "." + field.getKey(), field.getValue(), failures);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        texts(path + "[" + i + "]", node.get(i), failures);
      }
    } else if (node.isString()) {
      String text = node.asString();
      if (text.isBlank() || text.contains("\u27e6") || PLACEHOLDER.matcher(text).find()) {
        failures.add("text at " + path + " is blank, missing or unfilled: " + text);
      }
      if (FAR_DATE.matcher(text).find()) {
        failures.add("text at " + path + " has a date no one can use: " + text);
      }
    }
  }
}
