package nl.gesprekswijzer.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import nl.gesprekswijzer.engine.impact.ChangeKind;
import nl.gesprekswijzer.engine.impact.ImpactReport;
import nl.gesprekswijzer.engine.impact.ImpactReport.Group;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of {@code rules diff}, as text for people or as JSON. The JSON document:
 *
 * <pre>{@code
 * {
 *   "old": {"folder": "rules-now", "version": "1.0.0+5cde31cd"},
 *   "new": {"folder": "rules-next", "version": "1.0.1+0b7c9e12"},
 *   "situations": {"total": 10189, "scenarios": 179, "generated": 10010},   // that ran
 *   "changed": {"total": 412, "scenarios": 2, "generated": 410,            // with any change
 *               "texts": 412},                                             // with a changed text
 *   "groups": [            // ordered as the text report
 *     {"kind": "ENTITLEMENT_FIGURE", "description": "entitlement figure changed",
 *      "subject": "CAO_BALANCE_LEAVE",
 *      "field": "maxHours",                          // absent where the whole subject changed
 *      "count": 412,
 *      "referenceDates": {"from": "2023-01-01", "to": "2027-01-01"},  // of those situations
 *      "before": "57", "after": "60",                // null where there was or is none
 *      "example": {"origin": "generated 2713", "situation": { ...the request... }}}
 *   ]
 * }
 * }</pre>
 */
final class DiffReport {

  /** Requests as the contract writes them, without the fields they leave empty; dates as text. */
  private static final JsonMapper REQUESTS =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .build();

  private static final JsonMapper INDENTED =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final String oldLabel;
  private final String newLabel;
  private final ImpactReport report;

  DiffReport(String oldLabel, String newLabel, ImpactReport report) {
    this.oldLabel = oldLabel;
    this.newLabel = newLabel;
    this.report = report;
  }

  /**
   * Changes first, texts after them under a heading of their own: a figure matters more than a
   * word.
   */
  void text(PrintWriter out) {
    out.println("Old rules: " + oldLabel);
    out.println("New rules: " + newLabel);
    out.println(
        number(report.changed().size())
            + " of "
            + number(report.situations())
            + " situations change ("
            + report.scenarios()
            + " scenarios, "
            + number(report.generated())
            + " generated).");
    List<Group> texts = report.groups().stream().filter(g -> g.kind() == ChangeKind.TEXT).toList();
    for (Group group : report.groups()) {
      if (group.kind() != ChangeKind.TEXT) {
        out.println();
        group(out, group, "");
      }
    }
    if (!texts.isEmpty()) {
      out.println();
      out.println("Texts changed in " + situations(report.textsChanged()) + ":");
      for (Group group : texts) {
        out.println();
        group(out, group, "  ");
      }
    }
  }

  /** A group: what changed and how often, the values before and after, and one situation. */
  private static void group(PrintWriter out, Group group, String indent) {
    // Under their own heading, texts need no "text changed:" before each.
    String kind = group.kind() == ChangeKind.TEXT ? "" : group.kind().description() + ": ";
    out.println(
        indent
            + kind
            + group.subject()
            + (group.field().isEmpty() ? "" : " " + group.field())
            + " ("
            + situations(group.count())
            + ", "
            + dates(group)
            + ")");
    out.println(indent + "  before: " + value(group.before()));
    out.println(indent + "  after:  " + value(group.after()));
    out.println(
        indent
            + "  for example ("
            + group.example().origin()
            + "): "
            + REQUESTS.writeValueAsString(group.example().request()));
  }

  String json(String oldFolder, String oldVersion, String newFolder, String newVersion) {
    ObjectNode root = INDENTED.createObjectNode();
    root.putObject("old").put("folder", oldFolder).put("version", oldVersion);
    root.putObject("new").put("folder", newFolder).put("version", newVersion);
    root.putObject("situations")
        .put("total", report.situations())
        .put("scenarios", report.scenarios())
        .put("generated", report.generated());
    root.putObject("changed")
        .put("total", report.changed().size())
        .put("scenarios", report.changedScenarios())
        .put("generated", report.changedGenerated())
        .put("texts", report.textsChanged());
    ArrayNode groups = root.putArray("groups");
    for (Group group : report.groups()) {
      ObjectNode node = groups.addObject();
      node.put("kind", group.kind().name());
      node.put("description", group.kind().description());
      node.put("subject", group.subject());
      if (!group.field().isEmpty()) {
        node.put("field", group.field());
      }
      node.put("count", group.count());
      node.putObject("referenceDates")
          .put("from", group.firstDate().toString())
          .put("to", group.lastDate().toString());
      node.put("before", group.before());
      node.put("after", group.after());
      ObjectNode example = node.putObject("example");
      example.put("origin", group.example().origin());
      example.set("situation", REQUESTS.valueToTree(group.example().request()));
    }
    return INDENTED.writeValueAsString(root);
  }

  /** The reference dates a change is seen on: where a change from a date starts, at a glance. */
  private static String dates(Group group) {
    return group.firstDate().equals(group.lastDate())
        ? "on " + group.firstDate()
        : "from " + group.firstDate() + " to " + group.lastDate();
  }

  static String number(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String situations(int n) {
    return number(n) + (n == 1 ? " situation" : " situations");
  }

  private static String value(@Nullable String value) {
    return value == null ? "(none)" : value;
  }
}
