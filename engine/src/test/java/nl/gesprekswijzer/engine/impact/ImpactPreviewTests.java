package nl.gesprekswijzer.engine.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gesprekswijzer.engine.decisiontable.DecisionTableException;
import nl.gesprekswijzer.engine.decisiontable.DefaultTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.engine.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * Two compiled minimal rule sets, one changed as policy staff change one, and what the preview
 * finds.
 */
class ImpactPreviewTests {

  private static final long SEED = 11;

  @Test
  void findsNoChangeBetweenARuleSetAndACopyCompiledAgain() {
    RuleSet before = TestRuleSets.minimal();
    RuleSet after = compiled(TestRuleSets.minimalFiles());

    ImpactReport report = ImpactPreview.compare(before, after, situations(before, after, 1_000));

    assertThat(report.unchanged()).isTrue();
    assertThat(report.groups()).isEmpty();
    assertThat(report.scenarios()).isEqualTo(ImpactPreview.scenarios(before).size()).isPositive();
    assertThat(report.generated()).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void listsOnlySituationsFromTheDateAChangedValueAppliesFrom() {
    RuleSet before = TestRuleSets.minimal();
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "parameters/p.yaml",
        replaceOnce(
            files.get("parameters/p.yaml"),
            "    - from: 2027-01-01\n      value: 8",
            "    - from: 2027-01-01\n      value: 6"));
    RuleSet after = compiled(files);

    ImpactReport report = ImpactPreview.compare(before, after, situations(before, after, 2_000));

    LocalDate from = LocalDate.of(2027, 1, 1);
    assertThat(report.changed()).isNotEmpty();
    assertThat(report.changed()).allMatch(s -> !s.request().referenceDate().isBefore(from));
    assertThat(report.changed()).anyMatch(s -> s.request().referenceDate().equals(from));
    ImpactReport.Group interval = group(report, ChangeKind.FOLLOW_UP, "followUp", "intervalWeeks");
    assertThat(interval.before()).isEqualTo("8");
    assertThat(interval.after()).isEqualTo("6");
    assertThat(interval.example()).isEqualTo(report.changed().get(0));
    assertThat(interval.firstDate()).isEqualTo(from);
    assertThat(interval.lastDate()).isAfterOrEqualTo(from);
  }

  @Test
  void reportsTheRefusalsOfACaoWhoseRowIsRemoved() throws DecisionTableException {
    RuleSet before = TestRuleSets.minimal();
    Map<String, byte[]> tables = TestRuleSets.minimalBinaryFiles();
    byte[] table = tables.get(DefaultTables.CAO_TABLE);
    List<List<String>> rows = new ArrayList<>(DefaultTables.rows(table, DefaultTables.cao()));
    assertThat(rows.removeIf(row -> row.get(0).equals("later-cao"))).isTrue();
    tables.put(DefaultTables.CAO_TABLE, DefaultTables.cao().write(rows));
    RuleSet after = RuleSetCompiler.compile("changed minimal rule set", TestRuleSets.minimalFiles(), tables);

    ImpactReport report = ImpactPreview.compare(before, after, situations(before, after, 2_000));

    assertThat(report.groups())
        .extracting(ImpactReport.Group::kind)
        .containsExactly(ChangeKind.REFUSED);
    ImpactReport.Group refused = report.groups().get(0);
    assertThat(refused.subject()).isEqualTo("employer.cao");
    assertThat(refused.count()).isEqualTo(report.changed().size());
    assertThat(report.changed())
        .allMatch(
            s ->
                "later-cao".equals(s.request().employer().cao())
                    && !s.request().referenceDate().isBefore(LocalDate.of(2027, 1, 1)));
    long expected =
        situations(before, after, 2_000).stream()
            .filter(
                s ->
                    "later-cao".equals(s.request().employer().cao())
                        && before.caos().knows("later-cao", s.request().referenceDate()))
            .count();
    assertThat(report.changed()).hasSize((int) expected);
  }

  @Test
  void takesEachScenarioOnceAndTheNewVersionOfOneInBoth() {
    Situation old = new Situation("scenarios/a.yaml: A", TestRequests.care());
    Situation renewed =
        new Situation(
            "scenarios/a.yaml: A", TestRequests.care().withReferenceDate(LocalDate.of(2026, 1, 5)));
    Situation other = new Situation("scenarios/b.yaml: B", TestRequests.care());

    assertThat(ImpactPreview.union(List.of(old, other), List.of(renewed)))
        .containsExactly(renewed, other);
  }

  @Test
  void leavesOutAScenarioWhoseSituationIsNoRequestAndRefusesFilesThatCannotBeRead() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "scenarios/zz-diagnosis.yaml",
        """
        - name: A diagnosis is no field of a request
          situation: {referenceDate: 2026-11-23, conversation: {type: SICK_LEAVE}, diagnosis: flu,
                      employee: {weeklyHours: 32, employedSince: 2019-04-01}, employer: {size: 5}}
          expect: {error: diagnosis}
        """);
    RuleSet withIt = TestRuleSets.minimalWithFiles(files);

    assertThat(ImpactPreview.scenarios(withIt))
        .hasSize(ImpactPreview.scenarios(TestRuleSets.minimal()).size());

    files.put("scenarios/zz-broken.yaml", "- name: no situation\n");
    assertThatThrownBy(() -> ImpactPreview.scenarios(TestRuleSets.minimalWithFiles(files)))
        .isInstanceOf(ScenarioException.class);
  }

  private static List<Situation> situations(RuleSet before, RuleSet after, int size) {
    List<Situation> situations =
        new ArrayList<>(
            ImpactPreview.union(ImpactPreview.scenarios(before), ImpactPreview.scenarios(after)));
    situations.addAll(ImpactPreview.generated(before, after, SEED, size));
    return situations;
  }

  private static RuleSet compiled(Map<String, String> files) {
    return RuleSetCompiler.compile("changed minimal rule set", files, TestRuleSets.minimalBinaryFiles());
  }

  private static String replaceOnce(String text, String target, String replacement) {
    assertThat(text).contains(target);
    return text.replace(target, replacement);
  }

  private static ImpactReport.Group group(
      ImpactReport report, ChangeKind kind, String subject, String field) {
    return report.groups().stream()
        .filter(g -> g.kind() == kind && g.subject().equals(subject) && g.field().equals(field))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no group " + kind + " " + subject + " " + field + " in " + report.groups()));
  }
}
