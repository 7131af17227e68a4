package nl.gesprekswijzer.cli;

import static nl.gesprekswijzer.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules check} on a tiny rule set of two rules: its findings about parameters and health
 * details, and {@code --mutate}. The scenarios try 14 and 4 hours of care, not the limit of 8.
 */
class CheckAndMutateTests {

  private static final String RULES =
      """
      package rules.care

      import nl.gesprekswijzer.engine.facts.*;

      global Advice advice;

      rule "intensive-care"
      when
          Parameters( $limit : number("care.intensive-hours-per-week") != null )
          $care : Care( hoursPerWeek > $limit )
      then
          advice.because(drools, "hours", $care.hoursPerWeek());
          advice.agenda(drools, "CARE_SITUATION", 10);
      end

      rule "follow-up"
      when
          Parameters( $weeks : whole("follow-up.weeks") > 0 )
          Situation( )
      then
          advice.because(drools, "weeks", $weeks);
          advice.followUpWithin(drools, $weeks);
      end
      """;

  private static final String PARAMETERS =
      """
      care.intensive-hours-per-week:
        description: More hours of care per week than this is intensive care.
        type: number
        source: test
        status: POLICY
        values:
          - {from: 2000-01-01, value: 8}
      follow-up.weeks:
        description: Weeks until the next talk.
        type: number
        source: test
        status: POLICY
        values:
          - {from: 2000-01-01, value: 13}
      """;

  private static final String TEXTS =
      """
      rule.intensive-care:
        nl: De medewerker zorgt {hours} uur per week.
        en: The employee cares {hours} hours a week.
      rule.follow-up:
        nl: Een gesprek over {weeks} weken.
        en: A talk in {weeks} weeks.
      agenda.CARE_SITUATION.title:
        nl: Zorgsituatie
        en: Care situation
      """;

  private static final String SCENARIOS =
      """
      - name: Fourteen hours of care a week is intensive care, and the next talk is in 13 weeks
        situation:
          referenceDate: 2026-11-23
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 24, employedSince: 2019-04-01}
          employer: {size: 40}
          caregiving:
            - {relation: PARENT, hoursPerWeek: 14, since: 2026-03-01, situation: STABLE}
        expect:
          agenda: [CARE_SITUATION]
          followUp: {intervalWeeks: 13}

      - name: Four hours of care a week is not intensive care
        situation:
          referenceDate: 2026-11-23
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 24, employedSince: 2019-04-01}
          employer: {size: 40}
          caregiving:
            - {relation: PARENT, hoursPerWeek: 4, since: 2026-03-01, situation: STABLE}
        expect:
          notOnAgenda: [CARE_SITUATION]
      """;

  private static final String BOUNDARIES =
      """
      - name: Eight hours of care a week, the limit itself, is not yet intensive care
        situation:
          referenceDate: 2026-11-23
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 24, employedSince: 2019-04-01}
          employer: {size: 40}
          caregiving:
            - {relation: PARENT, hoursPerWeek: 8, since: 2026-03-01, situation: STABLE}
        expect:
          notOnAgenda: [CARE_SITUATION]

      - name: Nine hours of care a week, just above the limit, is intensive care
        situation:
          referenceDate: 2026-11-23
          conversation: {type: CARE_BALANCE}
          employee: {weeklyHours: 24, employedSince: 2019-04-01}
          employer: {size: 40}
          caregiving:
            - {relation: PARENT, hoursPerWeek: 9, since: 2026-03-01, situation: STABLE}
        expect:
          agenda: [CARE_SITUATION]
      """;

  @TempDir Path dir;

  @BeforeEach
  void writeTheTinyRuleSet() throws IOException {
    Map<String, String> defaults = new ClasspathRuleSetSource().files();
    write("ruleset.yaml", "name: tiny\nversion: 1.0.0\n");
    write("rules/care/care.drl", RULES);
    write("parameters/p.yaml", PARAMETERS);
    write("texts/t.yaml", TEXTS);
    write("texts/values.yaml", defaults.get("texts/values.yaml"));
    write("scenarios/care.yaml", SCENARIOS);
  }

  @Test
  void listsTheChangesNoScenarioNoticesWithTheFigureAndFailsBelowTheShareRequired() {
    Run check = run("rules", "check", "--mutate", "--threads=1", dir.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.outLines())
        .anySatisfy(line -> assertThat(line).startsWith("OK: 2 rules, 2 of 2 scenarios passed, in "))
        .containsSubsequence(
            "parameters/p.yaml:7: parameter 'care.intensive-hours-per-week': 8 to 9 unnoticed",
            "parameters/p.yaml:7: parameter 'care.intensive-hours-per-week': 8 to 7 unnoticed",
            "rules/care/care.drl:10:32: rule 'intensive-care': '>' to '>=' unnoticed")
        .anySatisfy(line -> assertThat(line).startsWith("3 of 6 changes noticed (50.0 %); 1 more compare"))
        .contains("Fewer than the 90 % required: add scenarios that notice the changes listed above.");
    assertThat(check.out()).doesNotContain("follow-up.weeks': 13 to 14 unnoticed");
  }

  @Test
  void passesWithALowerShareRequired() {
    Run check = run("rules", "check", "--mutate", "--threads=1", "--min-noticed=50", dir.toString());

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out()).contains("3 of 6 changes noticed (50.0 %)").doesNotContain("Fewer than");
  }

  @Test
  void noticesEveryChangeOnceScenariosTryTheBoundary() throws IOException {
    write("scenarios/boundaries-care.yaml", BOUNDARIES);

    Run check = run("rules", "check", "--mutate", dir.toString());

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out()).doesNotContain(" unnoticed").contains("6 of 6 changes noticed (100.0 %)");
    assertThat(check.out()).containsPattern("in \\d+\\.\\d s on \\d threads?");
  }

  @Test
  void listsEveryChangeWithTheScenarioThatNoticedItWhenVerbose() {
    Run check = run("rules", "check", "--mutate", "--verbose", "--threads=1", "--min-noticed=50", dir.toString());

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.outLines())
        .contains(
            "parameters/p.yaml:14: parameter 'follow-up.weeks': 13 to 14 noticed by"
                + " 'Fourteen hours of care a week is intensive care, and the next talk is in 13 weeks'",
            "rules/care/care.drl:10:32: rule 'intensive-care': '>' to '>=' unnoticed",
            "rules/care/care.drl:18:51: rule 'follow-up': '>' to '>=' cannot change an answer");
  }

  @Test
  void triesNoChangeWhileTheCheckHasFindings() throws IOException {
    write("scenarios/wrong.yaml", SCENARIOS.replace("intervalWeeks: 13", "intervalWeeks: 12").replace("hours of care", "hours of care (wrong)"));

    Run check = run("rules", "check", "--mutate", dir.toString());

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("No changes tried").doesNotContain("changes noticed");
  }

  @Test
  void namesTheLineOfAParameterWithoutSourceAndOfADateThatDoesNotExist() throws IOException {
    write(
        "parameters/p.yaml",
        PARAMETERS.replace("  source: test\n  status: POLICY\n  values:\n    - {from: 2000-01-01, value: 13}",
            "  status: POLICY\n  values:\n    - {from: 2000-01-01, value: 13}\n    - {from: 2026-02-30, value: 8}"));

    Run check = run("rules", "check", dir.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.outLines())
        .contains(
            "parameters/p.yaml:8: parameter follow-up.weeks: source is required",
            "parameters/p.yaml:14: parameter follow-up.weeks: from '2026-02-30' is not a date like 2026-01-01");
  }

  @Test
  void namesATextWithoutEnglishAtItsLine() throws IOException {
    write("texts/more.yaml", "tip.LISTEN:\n  nl: Luister eerst.\n");

    Run check = run("rules", "check", dir.toString());

    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.outLines()).contains("texts/more.yaml:1: text tip.LISTEN: the 'en' text is missing or empty");
  }

  @Test
  void namesARuleThatReadsHealthDetails() throws IOException {
    write(
        "rules/care/care.drl",
        RULES.replace("$care : Care( hoursPerWeek > $limit )", "$care : Care( hoursPerWeek > $limit, \"depressie\" != null )"));

    Run check = run("rules", "check", dir.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
    assertThat(check.out())
        .contains("rules/care/care.drl:10: rule 'intensive-care' reads 'depressie', which looks like a health detail");
  }

  private void write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
