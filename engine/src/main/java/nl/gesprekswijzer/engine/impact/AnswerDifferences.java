package nl.gesprekswijzer.engine.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.api.ManagerTip;
import nl.gesprekswijzer.api.PreparationItem;
import nl.gesprekswijzer.api.Solution;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.api.Warning;
import org.jspecify.annotations.Nullable;

/**
 * Every difference between two outcomes of one situation. Lists are compared by id, not by
 * position, so that an item added at the top does not count as a change of every item below it;
 * only the agenda's order is compared as an order. The rule set's version is left out: it differs
 * whenever a file does, and says nothing about the advice.
 */
final class AnswerDifferences {

  private static final String ANSWERED = "answered";

  private final List<Change> changes = new ArrayList<>();

  private AnswerDifferences() {}

  static List<Change> between(Outcome before, Outcome after) {
    AnswerDifferences differences = new AnswerDifferences();
    differences.compare(before, after);
    return List.copyOf(differences.changes);
  }

  private void compare(Outcome before, Outcome after) {
    if (before.failure() != null || after.failure() != null) {
      if (!Objects.equals(before.failure(), after.failure())) {
        add(ChangeKind.ENGINE_FAILURE, "engine", "", describe(before), describe(after));
      }
    } else if (before.answer() != null && after.answer() != null) {
      answers(before.answer(), after.answer());
    } else if (before.answer() != null) {
      add(ChangeKind.REFUSED, fields(after.refusal()), "", ANSWERED, violations(after.refusal()));
    } else if (after.answer() != null) {
      add(
          ChangeKind.NO_LONGER_REFUSED,
          fields(before.refusal()),
          "",
          violations(before.refusal()),
          ANSWERED);
    } else {
      refusals(before.refusal(), after.refusal());
    }
  }

  private void refusals(List<Violation> before, List<Violation> after) {
    if (!fields(before).equals(fields(after))) {
      add(ChangeKind.REFUSAL_CHANGED, fields(after), "", violations(before), violations(after));
    } else if (!violations(before).equals(violations(after))) {
      add(ChangeKind.TEXT, "refusal", fields(after), violations(before), violations(after));
    }
  }

  private void answers(AdviceResponse before, AdviceResponse after) {
    agenda(before.agenda(), after.agenda());
    items(
        before.solutions(),
        after.solutions(),
        Solution::id,
        Solution::title,
        ChangeKind.SOLUTION_ADDED,
        ChangeKind.SOLUTION_REMOVED,
        (a, b, id) -> {
          text("solutions", id, "title", a.title(), b.title());
          text("solutions", id, "description", a.description(), b.description());
          text("solutions", id, "legalBasis", a.legalBasis(), b.legalBasis());
        });
    items(
        before.entitlements(),
        after.entitlements(),
        Entitlement::id,
        AnswerDifferences::describe,
        ChangeKind.ENTITLEMENT_ADDED,
        ChangeKind.ENTITLEMENT_REMOVED,
        (a, b, id) -> {
          figure(ChangeKind.ENTITLEMENT_FIGURE, id, "maxHours", a.maxHours(), b.maxHours());
          figure(
              ChangeKind.ENTITLEMENT_FIGURE,
              id,
              "periodMonths",
              a.periodMonths(),
              b.periodMonths());
          figure(ChangeKind.ENTITLEMENT_FIGURE, id, "payPercent", a.payPercent(), b.payPercent());
          figure(ChangeKind.ENTITLEMENT_FIGURE, id, "source", a.source(), b.source());
          figure(
              ChangeKind.ENTITLEMENT_FIGURE,
              id,
              "earliestStart",
              a.earliestStart(),
              b.earliestStart());
          text("entitlements", id, "title", a.title(), b.title());
          text("entitlements", id, "conditions", a.conditions(), b.conditions());
          text("entitlements", id, "legalBasis", a.legalBasis(), b.legalBasis());
        });
    items(
        before.deadlines(),
        after.deadlines(),
        Deadline::id,
        d -> d.title() + " (" + d.dueDate() + ")",
        ChangeKind.DEADLINE_ADDED,
        ChangeKind.DEADLINE_REMOVED,
        (a, b, id) -> {
          figure(ChangeKind.DEADLINE_CHANGED, id, "dueDate", a.dueDate(), b.dueDate());
          figure(ChangeKind.DEADLINE_CHANGED, id, "status", a.status(), b.status());
          text("deadlines", id, "title", a.title(), b.title());
          text("deadlines", id, "legalBasis", a.legalBasis(), b.legalBasis());
        });
    figure(
        ChangeKind.FOLLOW_UP,
        "followUp",
        "intervalWeeks",
        before.followUp().intervalWeeks(),
        after.followUp().intervalWeeks());
    figure(
        ChangeKind.FOLLOW_UP,
        "followUp",
        "nextDate",
        before.followUp().nextDate(),
        after.followUp().nextDate());
    if (!before.followUp().why().equals(after.followUp().why())) {
      add(ChangeKind.TEXT, "followUp", "why", before.followUp().why(), after.followUp().why());
    }
    items(
        before.managerTips(),
        after.managerTips(),
        ManagerTip::id,
        ManagerTip::text,
        ChangeKind.MANAGER_TIP_ADDED,
        ChangeKind.MANAGER_TIP_REMOVED,
        (a, b, id) -> text("managerTips", id, "text", a.text(), b.text()));
    items(
        before.preparation(),
        after.preparation(),
        PreparationItem::id,
        PreparationItem::text,
        ChangeKind.PREPARATION_ADDED,
        ChangeKind.PREPARATION_REMOVED,
        (a, b, id) -> {
          figure(ChangeKind.PREPARATION_PHASE, id, "phase", a.phase(), b.phase());
          text("preparation", id, "text", a.text(), b.text());
        });
    items(
        before.warnings(),
        after.warnings(),
        Warning::id,
        Warning::text,
        ChangeKind.WARNING_ADDED,
        ChangeKind.WARNING_REMOVED,
        (a, b, id) -> text("warnings", id, "text", a.text(), b.text()));
    explanation(before.explanation(), after.explanation());
  }

  private void agenda(List<AgendaItem> before, List<AgendaItem> after) {
    items(
        before,
        after,
        AgendaItem::topic,
        AgendaItem::title,
        ChangeKind.AGENDA_TOPIC_ADDED,
        ChangeKind.AGENDA_TOPIC_REMOVED,
        (a, b, topic) -> {
          text("agenda", topic, "title", a.title(), b.title());
          text("agenda", topic, "why", a.why(), b.why());
        });
    // Only the order of the topics on both agendas: one added or removed is reported as such.
    List<String> topicsAfter = after.stream().map(AgendaItem::topic).toList();
    List<String> topicsBefore = before.stream().map(AgendaItem::topic).toList();
    List<String> commonBefore = topicsBefore.stream().filter(topicsAfter::contains).toList();
    List<String> commonAfter = topicsAfter.stream().filter(topicsBefore::contains).toList();
    if (!commonBefore.equals(commonAfter)) {
      add(
          ChangeKind.AGENDA_ORDER,
          "agenda",
          "",
          String.join(", ", topicsBefore),
          String.join(", ", topicsAfter));
    }
  }

  /**
   * Rules by name; a rule that fires more than once (once per person cared for) has each reason.
   */
  private void explanation(List<Explanation> before, List<Explanation> after) {
    Map<String, List<String>> reasonsBefore = reasons(before);
    Map<String, List<String>> reasonsAfter = reasons(after);
    TreeSet<String> rules = new TreeSet<>(reasonsBefore.keySet());
    rules.addAll(reasonsAfter.keySet());
    for (String rule : rules) {
      List<String> a = reasonsBefore.get(rule);
      List<String> b = reasonsAfter.get(rule);
      if (a == null) {
        add(ChangeKind.RULE_FIRES, rule, "", null, String.join(" | ", b));
      } else if (b == null) {
        add(ChangeKind.RULE_NO_LONGER_FIRES, rule, "", String.join(" | ", a), null);
      } else if (!a.equals(b)) {
        add(
            ChangeKind.TEXT,
            "explanation[" + rule + "]",
            "because",
            String.join(" | ", a),
            String.join(" | ", b));
      }
    }
  }

  private static Map<String, List<String>> reasons(List<Explanation> explanation) {
    return explanation.stream()
        .collect(
            Collectors.groupingBy(
                Explanation::rule,
                TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.mapping(Explanation::because, Collectors.toList()),
                    list -> list.stream().sorted().toList())));
  }

  /** What to do with an item present in both answers, found by its id. */
  private interface Both<T> {
    void compare(T before, T after, String id);
  }

  private <T> void items(
      List<T> before,
      List<T> after,
      Function<T, String> id,
      Function<T, String> describe,
      ChangeKind added,
      ChangeKind removed,
      Both<T> both) {
    Map<String, T> byIdBefore = byId(before, id);
    Map<String, T> byIdAfter = byId(after, id);
    byIdBefore.forEach(
        (key, item) -> {
          T other = byIdAfter.get(key);
          if (other == null) {
            add(removed, key, "", describe.apply(item), null);
          } else {
            both.compare(item, other, key);
          }
        });
    byIdAfter.forEach(
        (key, item) -> {
          if (!byIdBefore.containsKey(key)) {
            add(added, key, "", null, describe.apply(item));
          }
        });
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
    return byId;
  }

  private void figure(
      ChangeKind kind,
      String subject,
      String field,
      @Nullable Object before,
      @Nullable Object after) {
    if (!same(before, after)) {
      add(kind, subject, field, show(before), show(after));
    }
  }

  private void text(
      String list, String id, String field, @Nullable String before, @Nullable String after) {
    if (!Objects.equals(before, after)) {
      add(ChangeKind.TEXT, list + "[" + id + "]", field, before, after);
    }
  }

  private void add(
      ChangeKind kind,
      String subject,
      String field,
      @Nullable String before,
      @Nullable String after) {
    changes.add(new Change(kind, subject, field, before, after));
  }

  /** Numbers by value: 64 hours are 64.0 hours. */
  private static boolean same(@Nullable Object before, @Nullable Object after) {
    if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return Objects.equals(before, after);
  }

  private static @Nullable String show(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal number
        ? number.stripTrailingZeros().toPlainString()
        : value.toString();
  }

  /** An entitlement in one line: its title and figures. */
  private static String describe(Entitlement e) {
    List<String> figures = new ArrayList<>();
    if (e.maxHours() != null) {
      figures.add(
          show(e.maxHours())
              + " hours"
              + (e.periodMonths() == null ? "" : " per " + e.periodMonths() + " months"));
    }
    if (e.payPercent() != null) {
      figures.add(e.payPercent() + " % pay");
    }
    figures.add(e.source().name());
    return e.title() + " (" + String.join(", ", figures) + ")";
  }

  private static String describe(Outcome outcome) {
    if (outcome.failure() != null) {
      return "fails: " + outcome.failure();
    }
    return outcome.answer() != null ? ANSWERED : violations(outcome.refusal());
  }

  private static String fields(List<Violation> violations) {
    return String.join(", ", new TreeSet<>(violations.stream().map(Violation::field).toList()));
  }

  private static String violations(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.field() + ": " + v.problem())
        .sorted()
        .collect(Collectors.joining("; "));
  }
}
