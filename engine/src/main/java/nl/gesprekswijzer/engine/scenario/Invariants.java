package nl.gesprekswijzer.engine.scenario;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.engine.text.TextCatalog;
import tools.jackson.databind.JsonNode;

/**
 * What every answer must satisfy, whatever the scenario expects. Checked on every scenario, so
 * that a missing text or a broken agenda is found by the scenario that happens to produce it,
 * without anyone having to think of writing an expectation for it.
 */
final class Invariants {

  /** A placeholder the text catalog left unfilled; the catalog's own pattern. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");

  /** The field that names an entry of a list, so that a failure says which entry. */
  private static final List<String> ID_FIELDS = List.of("id", "topic", "rule");

  private Invariants() {}

  static void check(AdviceResponse response, JsonNode answer, List<String> failures) {
    texts("", answer, failures);
    List<AgendaItem> agenda = response.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      if (agenda.get(i).priority() != i + 1) {
        failures.add(
            "agenda topic " + agenda.get(i).topic() + " has priority " + agenda.get(i).priority()
                + " but is number " + (i + 1) + " on the agenda");
      }
    }
    // Blank texts are reported by the walk above; these catch the ones that are not there at all.
    for (Entitlement entitlement : response.entitlements()) {
      if (entitlement.legalBasis() == null) {
        failures.add("entitlement " + entitlement.id() + " has no legal basis");
      }
    }
    FollowUp followUp = response.followUp();
    if (followUp == null) {
      failures.add("the answer has no follow-up");
    } else if (!followUp.nextDate().isAfter(response.referenceDate())) {
      failures.add(
          "the follow-up on " + followUp.nextDate() + " is not after the reference date "
              + response.referenceDate());
    }
    response.explanation().stream()
        .filter(e -> e.because() == null)
        .forEach(e -> failures.add("rule " + e.rule() + " fired without saying why"));
  }

  /** Every text in the answer: none empty, none missing, no placeholder left unfilled. */
  private static void texts(String path, JsonNode node, List<String> failures) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        texts(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), failures);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        texts(path + "[" + label(node.get(i), i) + "]", node.get(i), failures);
      }
    } else if (node.isString()) {
      String text = node.asString();
      Matcher placeholder = PLACEHOLDER.matcher(text);
      if (text.isBlank()) {
        failures.add("the answer's " + path + " is empty");
      } else if (text.contains(TextCatalog.MISSING)) {
        failures.add("the answer's " + path + " has a missing text: " + text);
      } else if (placeholder.find()) {
        failures.add(
            "the answer's " + path + " has an unfilled placeholder " + placeholder.group() + ": " + text);
      }
    }
  }

  /** An entry's id where it has one ({@code entitlements[SHORT_TERM_CARE_LEAVE]}), else its index. */
  private static String label(JsonNode entry, int index) {
    for (String field : ID_FIELDS) {
      if (entry.path(field).isString()) {
        return entry.path(field).asString();
      }
    }
    return String.valueOf(index);
  }
}
