package nl.gesprekswijzer.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue.CaoRow;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue.Concern;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue.ParameterInForce;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue.RuleEntry;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue.RuleFileEntry;
import nl.gesprekswijzer.engine.catalogue.ScenarioFirings.ScenarioRef;

/**
 * A rule catalogue as Markdown for policy staff: a table of contents, then each concern's rules
 * file by file, each rule with what it does, the parameters it reads on the date and the scenarios
 * that make it fire; the CAO table at the end. Headings and labels in the catalogue's language.
 */
final class CatalogueMarkdown {

  /** Beyond this many scenarios a rule lists only the first, and says how many more there are. */
  static final int SCENARIOS_SHOWN = 5;

  private final RuleCatalogue catalogue;
  private final Map<String, String> label;
  private final DateTimeFormatter dates;
  private final StringBuilder out = new StringBuilder(256 * 1024);

  private CatalogueMarkdown(RuleCatalogue catalogue) {
    this.catalogue = catalogue;
    this.label = "en".equals(catalogue.language()) ? EN : NL;
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(catalogue.language()));
  }

  static String render(RuleCatalogue catalogue) {
    return new CatalogueMarkdown(catalogue).document();
  }

  private String document() {
    line("# " + label.get("title") + " " + catalogue.ruleSet());
    line("");
    line("| | |");
    line("| --- | --- |");
    line("| " + label.get("version") + " | `" + catalogue.version() + "` |");
    line("| " + label.get("date") + " | " + date(catalogue.date()) + " |");
    line("| " + label.get("rules") + " | " + catalogue.rules() + " |");
    long passed = catalogue.scenarios().stream().filter(ScenarioRef::passed).count();
    line("| " + label.get("scenarios") + " | " + catalogue.scenarios().size() + " (" + passed + " " + label.get("passed") + ") |");
    line("");
    line(label.get("intro").replace("{date}", date(catalogue.date())));
    line("");
    if (!catalogue.scenarioProblems().isEmpty()) {
      line("> **" + label.get("scenarioProblems") + "**");
      catalogue.scenarioProblems().forEach(problem -> line("> - " + inline(problem)));
      line("");
    }
    contents();
    catalogue.concerns().forEach(this::concern);
    caoTable();
    return out.toString();
  }

  private void contents() {
    line("## " + label.get("contents"));
    line("");
    for (Concern concern : catalogue.concerns()) {
      int rules = concern.files().stream().mapToInt(file -> file.rules().size()).sum();
      line("- [" + concern.name() + "](#" + anchor("concern", concern.name()) + "): " + rules + " " + label.get("rulesLower"));
      for (RuleFileEntry file : concern.files()) {
        StringBuilder links = new StringBuilder();
        for (RuleEntry rule : file.rules()) {
          links.append(links.length() == 0 ? "" : ", ").append("[").append(rule.name()).append("](#")
              .append(anchor("rule", rule.name())).append(")");
        }
        line("  - [`" + file.path() + "`](#" + anchor("file", file.path()) + "): " + links);
      }
    }
    line("- [" + label.get("cao") + "](#" + anchor("section", "cao") + ")");
    line("");
  }

  private void concern(Concern concern) {
    line("<a id=\"" + anchor("concern", concern.name()) + "\"></a>");
    line("");
    line("## " + concern.name());
    line("");
    for (RuleFileEntry file : concern.files()) {
      line("<a id=\"" + anchor("file", file.path()) + "\"></a>");
      line("");
      line("### `" + file.path() + "`");
      line("");
      if (!file.description().isBlank()) {
        paragraphs(file.description(), "");
      }
      file.rules().forEach(this::rule);
    }
  }

  private void rule(RuleEntry rule) {
    line("<a id=\"" + anchor("rule", rule.name()) + "\"></a>");
    line("");
    line("#### " + rule.name());
    line("");
    String place = rule.file() + (rule.cell() != null ? ":" + rule.cell() : rule.line() > 0 ? ":" + rule.line() : "");
    line("`" + place + "`");
    line("");
    if (!rule.comment().isBlank()) {
      line("**" + label.get("does") + "**");
      line("");
      paragraphs(rule.comment(), "");
    }
    if (!rule.explanation().isEmpty()) {
      line("**" + label.get("explanation") + "**");
      line("");
      rule.explanation().forEach((language, text) -> line("> **" + language + "**: " + inline(text) + "  "));
      line("");
    }
    parameters(rule.parameters());
    scenarios(rule.firedIn());
  }

  private void parameters(List<ParameterInForce> parameters) {
    if (parameters.isEmpty()) {
      line(label.get("noParameters"));
      line("");
      return;
    }
    line("**" + label.get("parameters").replace("{date}", date(catalogue.date())) + "**");
    line("");
    for (ParameterInForce parameter : parameters) {
      StringBuilder value = new StringBuilder();
      if (parameter.value() == null) {
        value.append(label.get("noValue"));
      } else {
        value.append("**").append(inline(parameter.value())).append("**");
        if (parameter.from() != null) {
          value.append(" (").append(label.get("since")).append(" ").append(date(parameter.from())).append(")");
        }
      }
      if (parameter.nextValue() != null && parameter.nextFrom() != null) {
        value.append("; ").append(label.get("from")).append(" ").append(date(parameter.nextFrom())).append(": **")
            .append(inline(parameter.nextValue())).append("**");
      }
      line("- `" + parameter.name() + "` = " + value + "  ");
      if (!parameter.description().isBlank()) {
        line("  " + inline(parameter.description()) + "  ");
      }
      StringBuilder about = new StringBuilder();
      if (parameter.legalBasis() != null) {
        about.append(label.get("legalBasis")).append(": ").append(inline(parameter.legalBasis())).append(" · ");
      }
      about.append(label.get("status")).append(": ").append(parameter.status());
      if (!parameter.source().isBlank()) {
        about.append(" · ").append(label.get("source")).append(": ").append(inline(parameter.source()));
      }
      line("  " + about);
    }
    line("");
  }

  private void scenarios(List<Integer> firedIn) {
    if (firedIn.isEmpty()) {
      line("**" + label.get("firesInNone") + "**");
      line("");
      return;
    }
    line("**" + (firedIn.size() == 1 ? label.get("firesInOne") : label.get("firesIn").replace("{n}", String.valueOf(firedIn.size()))) + "**");
    line("");
    for (int index : firedIn.subList(0, Math.min(SCENARIOS_SHOWN, firedIn.size()))) {
      ScenarioRef scenario = catalogue.scenarios().get(index);
      line("- `" + scenario.file() + "`: " + inline(scenario.name())
          + (scenario.passed() ? "" : " " + label.get("failed")));
    }
    if (firedIn.size() > SCENARIOS_SHOWN) {
      line("- " + label.get("more").replace("{n}", String.valueOf(firedIn.size() - SCENARIOS_SHOWN)));
    }
    line("");
  }

  private void caoTable() {
    line("<a id=\"" + anchor("section", "cao") + "\"></a>");
    line("");
    line("## " + label.get("cao"));
    line("");
    if (catalogue.caoRows().isEmpty()) {
      line(label.get("noCao").replace("{date}", date(catalogue.date())));
      line("");
      return;
    }
    line(label.get("caoIntro").replace("{date}", date(catalogue.date())));
    line("");
    line("| cao | " + label.get("entitlement") + " | " + label.get("hours") + " | " + label.get("pay") + " | "
        + label.get("period") + " | " + label.get("caringFor") + " | " + label.get("valid") + " | "
        + label.get("legalBasis") + " |");
    line("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (CaoRow row : catalogue.caoRows()) {
      String caring =
          row.relations().isEmpty()
              ? "–"
              : String.join(", ", row.relations())
                  + (row.situations().isEmpty() ? "" : " (" + String.join(", ", row.situations()) + ")");
      String valid =
          date(row.validFrom()) + " – " + (row.validUntil() == null ? label.get("noEnd") : date(row.validUntil()));
      line("| " + cell(row.cao()) + " | " + cell(row.title()) + " (`" + row.entitlement() + "`) | " + cell(hours(row))
          + " | " + row.payPercent() + "% | "
          + (row.periodMonths() == null ? "–" : row.periodMonths() + " " + label.get("months")) + " | "
          + cell(caring) + " | " + valid + " | " + cell(row.legalBasis()) + " |");
    }
    line("");
  }

  private String hours(CaoRow row) {
    if (row.weeklyHoursFactor() != null) {
      return label.get("factor").replace("{factor}", number(row.weeklyHoursFactor()));
    }
    return label.get("proRata")
        .replace("{hours}", number(row.hoursPerYearFullTime()))
        .replace("{week}", number(row.fullTimeWeeklyHours()));
  }

  private String number(BigDecimal value) {
    String plain = value == null ? "?" : value.stripTrailingZeros().toPlainString();
    return "nl".equals(catalogue.language()) ? plain.replace('.', ',') : plain;
  }

  private String date(LocalDate date) {
    return dates.format(date);
  }

  private void paragraphs(String text, String prefix) {
    for (String paragraph : text.split("\n\n")) {
      line(prefix + inline(paragraph));
      line("");
    }
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /** Text from a rule set on one line of Markdown: no line breaks, no stray HTML or emphasis. */
  static String inline(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ")
        .replace("<", "&lt;")
        .replace("*", "\\*")
        .strip();
  }

  private static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  /** An anchor of the kind's own, so that a concern and a rule of one name never share one. */
  static String anchor(String kind, String name) {
    return kind + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static final Map<String, String> NL =
      Map.ofEntries(
          Map.entry("title", "Regelcatalogus"),
          Map.entry("version", "Versie"),
          Map.entry("date", "Peildatum"),
          Map.entry("rules", "Regels"),
          Map.entry("rulesLower", "regels"),
          Map.entry("scenarios", "Scenario's"),
          Map.entry("passed", "geslaagd"),
          Map.entry("intro",
              "Elke regel van de regelset met wat hij doet, de parameters die hij leest met hun waarde op {date}"
                  + " en de scenario's waarin hij afgaat. Namen tussen ‹ ›, zoals ‹hours›, vult de regel in met de waarden"
                  + " van de situatie."),
          Map.entry("scenarioProblems", "De scenario's konden niet worden gelezen; bij geen regel staat dus een scenario:"),
          Map.entry("contents", "Inhoud"),
          Map.entry("does", "Wat de regel doet"),
          Map.entry("explanation", "Uitleg in het advies"),
          Map.entry("parameters", "Parameters op {date}"),
          Map.entry("noParameters", "Leest geen parameters."),
          Map.entry("noValue", "geen waarde op deze datum"),
          Map.entry("since", "sinds"),
          Map.entry("from", "vanaf"),
          Map.entry("legalBasis", "Grondslag"),
          Map.entry("status", "Status"),
          Map.entry("source", "Bron"),
          Map.entry("firesIn", "Gaat af in {n} scenario's"),
          Map.entry("firesInOne", "Gaat af in 1 scenario"),
          Map.entry("firesInNone", "Gaat in geen enkel scenario af."),
          Map.entry("more", "en nog {n}"),
          Map.entry("failed", "(slaagt niet)"),
          Map.entry("cao", "Cao-tabel"),
          Map.entry("caoIntro", "De rijen van de cao-tabel die op {date} gelden: wat elke cao bovenop de wet geeft."),
          Map.entry("noCao", "Op {date} geldt geen rij van de cao-tabel."),
          Map.entry("entitlement", "Regeling"),
          Map.entry("hours", "Uren"),
          Map.entry("pay", "Loon"),
          Map.entry("period", "Periode"),
          Map.entry("months", "maanden"),
          Map.entry("caringFor", "Bij zorg voor"),
          Map.entry("valid", "Geldig"),
          Map.entry("noEnd", "geen einddatum"),
          Map.entry("factor", "{factor} × de contracturen per week"),
          Map.entry("proRata", "{hours} uur per jaar bij een volledige werkweek van {week} uur, naar rato"));

  private static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("title", "Rule catalogue"),
          Map.entry("version", "Version"),
          Map.entry("date", "Date"),
          Map.entry("rules", "Rules"),
          Map.entry("rulesLower", "rules"),
          Map.entry("scenarios", "Scenarios"),
          Map.entry("passed", "passed"),
          Map.entry("intro",
              "Every rule of the rule set with what it does, the parameters it reads with their values on {date}"
                  + " and the scenarios it fires in. Placeholders such as ‹hours› are filled in by the rule with"
                  + " the values of the situation."),
          Map.entry("scenarioProblems", "The scenarios could not be read, so no rule lists a scenario:"),
          Map.entry("contents", "Contents"),
          Map.entry("does", "What it does"),
          Map.entry("explanation", "Explanation in the advice"),
          Map.entry("parameters", "Parameters on {date}"),
          Map.entry("noParameters", "Reads no parameters."),
          Map.entry("noValue", "no value on this date"),
          Map.entry("since", "since"),
          Map.entry("from", "from"),
          Map.entry("legalBasis", "Legal basis"),
          Map.entry("status", "Status"),
          Map.entry("source", "Source"),
          Map.entry("firesIn", "Fires in {n} scenarios"),
          Map.entry("firesInOne", "Fires in 1 scenario"),
          Map.entry("firesInNone", "Fires in no scenario."),
          Map.entry("more", "and {n} more"),
          Map.entry("failed", "(fails)"),
          Map.entry("cao", "CAO table"),
          Map.entry("caoIntro", "The rows of the CAO table in force on {date}: what each CAO gives on top of the law."),
          Map.entry("noCao", "No row of the CAO table is in force on {date}."),
          Map.entry("entitlement", "Entitlement"),
          Map.entry("hours", "Hours"),
          Map.entry("pay", "Pay"),
          Map.entry("period", "Period"),
          Map.entry("months", "months"),
          Map.entry("caringFor", "When caring for"),
          Map.entry("valid", "Valid"),
          Map.entry("noEnd", "no end date"),
          Map.entry("factor", "{factor} × the contract hours a week"),
          Map.entry("proRata", "{hours} hours a year for a full-time week of {week} hours, pro rata"));
}
