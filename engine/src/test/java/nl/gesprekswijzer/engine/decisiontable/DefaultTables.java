package nl.gesprekswijzer.engine.decisiontable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The layout of the default rule set's decision tables, and a tool that lays a table out again:
 * {@code DefaultTables <rule set folder>} reads the rows of each table and writes them back in
 * this layout (title, column help, hidden technical rows, widths). The committed spreadsheets are
 * the source: this only formats them, it holds no rows of its own.
 */
public final class DefaultTables {

  public static final String CAO_TABLE = "rules/cao/cao-entitlements.xlsx";
  public static final String FOLLOW_UP_TABLE = "rules/conversation/follow-up.xlsx";

  private DefaultTables() {}

  public static TableWorkbook cao() {
    return new TableWorkbook(
        "CAO",
        "CAO entitlements on top of the law",
        List.of(
            "One row per entitlement of one CAO for one period. Adding a CAO, an entitlement or a new period is adding a row; no rule changes.",
            "A row whose entitlement is a statutory id replaces the law's figures in the answer (source CAO); an id starting with CAO_ adds what only the CAO has.",
            "A request may name a CAO only on a date when at least one of its rows applies; any other code is refused, naming the codes that are known.",
            "Every entitlement needs texts in texts/cao.yaml: a CAO_ id its title and conditions, a statutory id entitlement.<ID>.cao.conditions.",
            "Write dates and numbers as text (the cells are formatted as text): 2023-07-01, 1.4. Keep the columns in this order.",
            "The three hidden rows under the RuleTable row tell Drools what each column means: leave them as they are.",
            "Check a change with: gesprekswijzer rules check <folder>. A problem names the cell, like CAO!E24."),
        "rules.cao",
        "nl.gesprekswijzer.engine.facts.Situation, nl.gesprekswijzer.engine.cao.CaoRow",
        "",
        "CAO entitlements",
        List.of(
            new TableWorkbook.Column("CONDITION", "$situation : Situation", "cao == \"$param\"", "CAO", 18,
                "the CAO's code as requests send it, lower-case kebab-case: sociaal-werk"),
            action("CaoRow row = CaoRow.of($situation, \"$param\");", "Entitlement", 26,
                "a statutory id the CAO replaces (CALAMITY_LEAVE, SHORT_TERM_CARE_LEAVE, LONG_TERM_CARE_LEAVE, PARENTAL_LEAVE) or an id of the CAO's own, starting with CAO_"),
            action("row.validFrom(\"$param\");", "Valid from", 12, "the first day the row applies, like 2023-07-01"),
            action("row.validUntil(\"$param\");", "Valid until", 12,
                "the last day the row applies; empty while it has no end. A new period is a new row: end the old one the day before"),
            action("row.weeklyHoursFactor(\"$param\");", "Weekly hours factor", 11,
                "hours = this factor x the employee's contract hours a week (1.4), or leave empty and give the next two"),
            action("row.hoursPerYearFullTime(\"$param\");", "Hours a year, full time", 11,
                "hours a year for a full-time job, which a part-timer gets pro rata; nobody gets more"),
            action("row.fullTimeWeeklyHours(\"$param\");", "Full-time hours a week", 11,
                "the full-time hours a week those hours are for; fill in both, or the factor alone"),
            action("row.payPercent(\"$param\");", "Pay %", 8, "share of salary paid during the leave, 0 to 100"),
            action("row.periodMonths(\"$param\");", "Period in months", 9,
                "the period the hours are for; empty when the CAO names none"),
            action("row.relations(\"$param\");", "Relations", 30,
                "who the employee must care for, separated by |, from PARTNER CHILD PARENT HOUSEMATE OTHER_FAMILY SOCIAL; empty when not tied to care"),
            action("row.situations(\"$param\");", "Situations", 24,
                "the care situations it covers, separated by |, from STABLE SERIOUS_ILLNESS PALLIATIVE EMERGENCY; empty means every situation"),
            action("if (row.article(\"$param\").inForce()) insert(row.provision());", "Legal basis", 34,
                "the CAO article, as the answer cites it"),
            new TableWorkbook.Column("METADATA", "", "source(\"$param\")", "Source", 40,
                "where the figures were checked, the most official source first"),
            new TableWorkbook.Column("METADATA", "", "status(\"$param\")", "Status", 14,
                "CONFIRMED; UNCONFIRMED (check the official text first); DERIVED (worked out from sourced values)"),
            new TableWorkbook.Column("METADATA", "", "note(\"$param\")", "Note", 70,
                "what is unconfirmed or derived, and why the dates are what they are")));
  }

  public static TableWorkbook followUp() {
    return new TableWorkbook(
        "Follow-up",
        "When to talk again, by kind of talk",
        List.of(
            "One row per kind of talk: after such a talk the next one comes within the weeks of the parameter named.",
            "The weeks themselves are dated parameters in parameters/policy.yaml: a row names the parameter, never the number.",
            "Of all intervals the rules propose, the shortest wins (care and sick leave propose their own in their rules).",
            "Each rule's explanation is the text rule.<Rule> in texts/conversation.yaml; a new row needs one, and a scenario in which it fires.",
            "The three hidden rows under the RuleTable row tell Drools what each column means: leave them as they are.",
            "Check a change with: gesprekswijzer rules check <folder>. A problem names the cell, like Follow-up!C24."),
        "rules.conversation",
        "nl.gesprekswijzer.engine.facts.*, nl.gesprekswijzer.api.ConversationType",
        "Advice advice",
        "Follow-up intervals",
        List.of(
            new TableWorkbook.Column("NAME", "", "", "Rule", 28,
                "the rule's name, lower-case with hyphens; its explanation is rule.<name> in texts/"),
            new TableWorkbook.Column("CONDITION", "Situation", "type == ConversationType.$param", "Kind of talk", 16,
                "CARE_BALANCE, SICK_LEAVE, WELLBEING or CAREER"),
            new TableWorkbook.Column("CONDITION", "Parameters", "$weeks : whole(\"$param\") > 0",
                "Talk again within (weeks: parameter)", 36, "the parameter with the number of weeks"),
            new TableWorkbook.Column("CONDITION", "",
                "Parameters( $payWeeks : whole(\"$param\") ) not SickLeave( $payWeeks > 0, week > $payWeeks )",
                "Only until continued pay ends (weeks: parameter)", 36,
                "when filled in: only while the employee is not sick beyond these weeks of continued pay (a parameter)"),
            new TableWorkbook.Column("ACTION", "",
                "advice.because(drools, \"weeks\", $weeks); advice.followUpWithin(drools, $weeks);",
                "Then", 30, "what the rule does: propose the next talk within those weeks")));
  }

  private static TableWorkbook.Column action(String code, String title, int width, String help) {
    return new TableWorkbook.Column("ACTION", "", code, title, width, help);
  }

  /** The rows of a table, each cell's text by the layout's column titles. */
  public static List<List<String>> rows(byte[] workbook, TableWorkbook layout) throws DecisionTableException {
    DecisionTable table = DecisionTable.read(workbook).get(0);
    List<List<String>> rows = new ArrayList<>();
    for (DecisionTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (TableWorkbook.Column column : layout.columns()) {
        cells.add(
            table.column(column.title()).flatMap(c -> row.cell(c.index())).map(DecisionTable.Cell::text).orElse(""));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Lays out the default tables of a rule set folder again (those it has), keeping their rows. */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length == 0 ? "rules/src/main/resources/gesprekswijzer/ruleset" : args[0]);
    for (Map.Entry<String, TableWorkbook> table : Map.of(CAO_TABLE, cao(), FOLLOW_UP_TABLE, followUp()).entrySet()) {
      Path file = folder.resolve(table.getKey());
      if (!Files.exists(file)) {
        continue;
      }
      Files.write(file, table.getValue().write(rows(Files.readAllBytes(file), table.getValue())));
      System.out.println("Laid out " + file);
    }
  }
}
