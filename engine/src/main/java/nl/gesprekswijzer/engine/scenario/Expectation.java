package nl.gesprekswijzer.engine.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.text.TextKeys;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The keys a scenario's {@code expect} may have, how each must be written and how each is checked
 * against an answer. The loader refuses any other key, so that a misspelt expectation can never
 * pass unchecked.
 */
enum Expectation {
  AGENDA("agenda", Kind.PRESENT_IN_ORDER, Section.AGENDA),
  NOT_ON_AGENDA("notOnAgenda", Kind.ABSENT, Section.AGENDA),
  SOLUTIONS("solutions", Kind.PRESENT, Section.SOLUTIONS),
  NO_SOLUTIONS("noSolutions", Kind.ABSENT, Section.SOLUTIONS),
  ENTITLEMENTS("entitlements", Kind.ENTRIES, Section.ENTITLEMENTS),
  NO_ENTITLEMENTS("noEntitlements", Kind.ABSENT, Section.ENTITLEMENTS),
  DEADLINES("deadlines", Kind.ENTRIES, Section.DEADLINES),
  FOLLOW_UP("followUp", Kind.FIELDS, null),
  MANAGER_TIPS("managerTips", Kind.PRESENT, Section.TIPS),
  NO_MANAGER_TIPS("noManagerTips", Kind.ABSENT, Section.TIPS),
  PREPARATION("preparation", Kind.PRESENT, Section.PREPARATION),
  WARNINGS("warnings", Kind.PRESENT, Section.WARNINGS),
  NO_WARNINGS("noWarnings", Kind.ABSENT, Section.WARNINGS),
  RULES_FIRED("rulesFired", Kind.PRESENT, Section.RULES),
  RULES_NOT_FIRED("rulesNotFired", Kind.ABSENT, Section.RULES),
  /**
   * Words the answer says somewhere, in any of its texts: a figure that reaches the reader only in
   * a sentence (an amount in a tip) is pinned this way.
   */
  MENTIONS("mentions", Kind.TEXTS, null),
  /** The request is refused naming these fields, instead of answered. */
  ERROR("error", Kind.FIELD_NAMES, null);

  private enum Kind {
    PRESENT,
    PRESENT_IN_ORDER,
    ABSENT,
    /** A list of ids, or a map from id to the fields to check (or a deadline's due date). */
    ENTRIES,
    FIELDS,
    FIELD_NAMES,
    /** A list of texts, each of which some text of the answer contains. */
    TEXTS
  }

  /** A list in the answer whose entries have ids. */
  private enum Section {
    AGENDA("agenda", "topic", "agenda topic", TextKeys.AGENDA_TITLE, Set.of(), null),
    SOLUTIONS("solutions", "id", "solution", TextKeys.SOLUTION_TITLE, Set.of(), null),
    ENTITLEMENTS(
        "entitlements", "id", "entitlement", TextKeys.ENTITLEMENT_TITLE, fieldsOf(Entitlement.class), null),
    DEADLINES("deadlines", "id", "deadline", TextKeys.DEADLINE_TITLE, fieldsOf(Deadline.class), "dueDate"),
    TIPS("managerTips", "id", "manager tip", TextKeys.TIP, Set.of(), null),
    PREPARATION("preparation", "id", "preparation item", TextKeys.PREPARATION, Set.of(), null),
    WARNINGS("warnings", "id", "warning", TextKeys.WARNING, Set.of(), null),
    RULES("explanation", "rule", "rule", null, Set.of(), null);

    final String list;
    final String idField;
    final String noun;
    /**
     * The text every answer needs for an id, as the engine's response assembler names it: an id
     * without it is one the rule set cannot produce.
     */
    final @Nullable String textKey;
    /** The fields an entry has, which a scenario may check. */
    final Set<String> fields;

    /** The field a scenario may give as the bare value: {@code PROBLEM_ANALYSIS: 2026-11-15}. */
    final @Nullable String shortField;

    Section(
        String list,
        String idField,
        String noun,
        @Nullable String textKey,
        Set<String> fields,
        @Nullable String shortField) {
      this.list = list;
      this.idField = idField;
      this.noun = noun;
      this.textKey = textKey;
      this.fields = fields;
      this.shortField = shortField;
    }

    boolean knows(String id, RuleSet ruleSet) {
      return textKey == null
          ? ruleSet.ruleNames().contains(id)
          : ruleSet.texts().contains(TextKeys.key(textKey, id));
    }

    List<String> ids(JsonNode answer) {
      List<String> ids = new ArrayList<>();
      answer.path(list).forEach(entry -> ids.add(entry.path(idField).asString("")));
      return ids;
    }

    @Nullable JsonNode entry(JsonNode answer, String id) {
      for (JsonNode entry : answer.path(list)) {
        if (id.equals(entry.path(idField).asString(""))) {
          return entry;
        }
      }
      return null;
    }
  }

  private static final Set<String> FOLLOW_UP_FIELDS = fieldsOf(FollowUp.class);

  private final String key;
  private final Kind kind;
  private final @Nullable Section section;

  Expectation(String key, Kind kind, @Nullable Section section) {
    this.key = key;
    this.kind = kind;
    this.section = section;
  }

  String key() {
    return key;
  }

  static Optional<Expectation> of(String key) {
    return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
  }

  static List<String> keys() {
    return Arrays.stream(values()).map(Expectation::key).toList();
  }

  /** Adds a problem for every way the value is not written as this key needs it. */
  void checkShape(JsonNode value, String where, List<String> problems) {
    String at = where + ": expect." + key;
    switch (kind) {
      case PRESENT, PRESENT_IN_ORDER, ABSENT -> checkIds(value, at, problems);
      case FIELD_NAMES -> {
        if (!value.isString()) {
          checkIds(value, at, problems);
        }
      }
      case ENTRIES -> {
        if (value.isArray()) {
          checkIds(value, at, problems);
        } else if (!value.isObject()) {
          problems.add(at + " must be a list of ids or a map from id to the values to check");
        } else {
          value.forEachEntry((id, fields) -> checkEntry(fields, at + "." + id, problems));
        }
      }
      case FIELDS -> checkFields(value, FOLLOW_UP_FIELDS, at, problems);
      case TEXTS -> checkTexts(value, at, problems);
    }
  }

  private static void checkTexts(JsonNode value, String at, List<String> problems) {
    if (!value.isArray()) {
      problems.add(at + " must be a list of texts, like [\"14,71\"]");
      return;
    }
    for (JsonNode text : value) {
      if (!text.isValueNode() || text.isNull() || text.asString("").isBlank()) {
        problems.add(at + " must list texts only, but has " + Json.show(text));
      }
    }
  }

  private void checkEntry(JsonNode fields, String at, List<String> problems) {
    if (fields.isValueNode() && !fields.isNull() && section.shortField != null) {
      return;
    }
    if (!fields.isNull()) {
      checkFields(fields, section.fields, at, problems);
    }
  }

  private static void checkIds(JsonNode value, String at, List<String> problems) {
    if (!value.isArray()) {
      problems.add(at + " must be a list, like [A, B]");
      return;
    }
    for (JsonNode id : value) {
      if (!id.isValueNode() || id.isNull() || id.asString("").isBlank()) {
        problems.add(at + " must list ids only, but has " + Json.show(id));
      }
    }
  }

  private static void checkFields(JsonNode value, Set<String> known, String at, List<String> problems) {
    if (!value.isObject()) {
      problems.add(at + " must be a map from field to value, like {" + sorted(known).get(0) + ": ...}");
      return;
    }
    value.forEachEntry(
        (field, expected) -> {
          if (!known.contains(field)) {
            problems.add(at + " has unknown field '" + field + "'; known: " + sorted(known));
          } else if (expected.isContainer()) {
            problems.add(at + "." + field + " must be a single value");
          }
        });
  }

  /**
   * Adds a problem for every id the rule set cannot produce. Without this, {@code noSolutions:
   * [REMOT_WORK]} would pass forever: a misspelt id is never in the answer.
   */
  void checkIdsKnown(JsonNode value, RuleSet ruleSet, String where, List<String> problems) {
    if (section == null) {
      return;
    }
    Collection<String> ids =
        value.isObject() ? value.propertyNames() : value.valueStream().map(JsonNode::asString).toList();
    for (String id : ids) {
      if (!section.knows(id, ruleSet)) {
        String why =
            section.textKey == null
                ? "no rule has that name"
                : "there is no text " + TextKeys.key(section.textKey, id);
        problems.add(
            where + ": expect." + key + " names " + id + ", which rule set " + ruleSet.name()
                + " does not know (" + why + ")");
      }
    }
  }

  /** Adds a readable sentence to {@code failures} for every way the answer differs. */
  void check(JsonNode expected, JsonNode answer, List<String> failures) {
    switch (kind) {
      case PRESENT -> present(expected, answer, failures);
      case PRESENT_IN_ORDER -> {
        if (present(expected, answer, failures)) {
          inOrder(expected, answer, failures);
        }
      }
      case ABSENT -> absent(expected, answer, failures);
      case ENTRIES -> entries(expected, answer, failures);
      case FIELDS -> fields(key, expected, answer.path(key), failures);
      case FIELD_NAMES -> throw new IllegalStateException("the runner checks " + key + " itself");
      case TEXTS -> mentions(expected, answer, failures);
    }
  }

  private static void mentions(JsonNode expected, JsonNode answer, List<String> failures) {
    List<String> texts = new ArrayList<>();
    collectTexts(answer, texts);
    for (JsonNode fragment : expected) {
      String wanted = fragment.asString();
      if (texts.stream().noneMatch(text -> text.contains(wanted))) {
        failures.add("expected the answer to say '" + wanted + "', but none of its texts does");
      }
    }
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isString()) {
      texts.add(node.asString());
    } else if (node.isContainer()) {
      node.forEach(child -> collectTexts(child, texts));
    }
  }

  private boolean present(JsonNode expected, JsonNode answer, List<String> failures) {
    List<String> ids = section.ids(answer);
    boolean all = true;
    for (JsonNode id : expected) {
      if (!ids.contains(id.asString())) {
        all = false;
        failures.add(
            section == Section.RULES
                ? "expected rule " + id.asString() + " to fire; fired: " + ids
                : "expected " + section.noun + " " + id.asString() + "; the answer has " + listed(ids));
      }
    }
    return all;
  }

  private void inOrder(JsonNode expected, JsonNode answer, List<String> failures) {
    List<String> ids = section.ids(answer);
    for (int i = 1; i < expected.size(); i++) {
      String before = expected.get(i - 1).asString();
      String after = expected.get(i).asString();
      if (ids.indexOf(after) < ids.indexOf(before)) {
        failures.add(
            "expected " + section.noun + " " + after + " after " + before + "; the answer has " + ids);
      }
    }
  }

  private void absent(JsonNode expected, JsonNode answer, List<String> failures) {
    List<String> ids = section.ids(answer);
    for (JsonNode id : expected) {
      if (ids.contains(id.asString())) {
        failures.add(
            section == Section.RULES
                ? "expected rule " + id.asString() + " not to fire, but it fired"
                : "expected no " + section.noun + " " + id.asString() + ", but the answer has it");
      }
    }
  }

  private void entries(JsonNode expected, JsonNode answer, List<String> failures) {
    if (expected.isArray()) {
      present(expected, answer, failures);
      return;
    }
    expected.forEachEntry(
        (id, fields) -> {
          JsonNode entry = section.entry(answer, id);
          if (entry == null) {
            failures.add(
                "expected " + section.noun + " " + id + "; the answer has " + listed(section.ids(answer)));
          } else if (fields.isValueNode() && !fields.isNull()) {
            compare(section.noun + " " + id, section.shortField, fields, entry, failures);
          } else if (fields.isObject()) {
            fields(section.noun + " " + id, fields, entry, failures);
          }
        });
  }

  private static void fields(String what, JsonNode expected, JsonNode actual, List<String> failures) {
    if (Json.isAbsent(actual)) {
      failures.add("expected " + what + ", but the answer has none");
      return;
    }
    expected.forEachEntry((field, value) -> compare(what, field, value, actual, failures));
  }

  private static void compare(
      String what, String field, JsonNode expected, JsonNode actual, List<String> failures) {
    JsonNode value = actual.path(field);
    if (!Json.same(expected, value)) {
      failures.add(
          "expected " + what + " " + field + " " + Json.show(expected) + " but was " + Json.show(value));
    }
  }

  private static String listed(List<String> ids) {
    return ids.isEmpty() ? "none" : ids.toString();
  }

  private static Set<String> fieldsOf(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  /** The expectations written in a scenario, in the order written, so failures read in that order. */
  static Map<Expectation, JsonNode> in(JsonNode expect) {
    Map<Expectation, JsonNode> written = new LinkedHashMap<>();
    expect.forEachEntry((key, value) -> of(key).ifPresent(e -> written.put(e, value)));
    return written;
  }
}
