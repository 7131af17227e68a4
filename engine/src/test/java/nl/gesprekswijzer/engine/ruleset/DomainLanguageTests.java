package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.engine.TestRequests;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules written in Dutch sentences ({@code .dsl} with the sentences, {@code .dslr} with the rules):
 * they compile both ways, and every problem names the file and line the author wrote, never the
 * DRL the sentences expand to.
 */
class DomainLanguageTests {

  private static final String DSL = "rules/dutch.dsl";
  private static final String DSLR = "rules/care/intensive.dslr";

  /** The sentences; the comments keep the line numbers the tests name. */
  private static final String SENTENCES =
      """
      # Zinnen voor de tests van de engine.
      [when]de medewerker zorgt meer uren per week dan de grens voor intensieve zorg=Parameters( $grens : number("care.intensive-hours-per-week") != null ) $gesprek : Situation( careHoursPerWeek > $grens )
      [when]de medewerker zorgt voor iemand=Situation( careCount > 0 )
      [when]de grens is {parameter}=Parameters( number("{parameter}") != null )
      [then]noem de zorguren per week=advice.because(drools, "hours", $gesprek.careHoursPerWeek());
      [then]zet {onderwerp:[A-Z_]+} op de agenda met volgnummer {rang:\\d+}=advice.agenda(drools, "{onderwerp}", {rang});
      """;

  private static final String RULES =
      """
      package rules.care

      import nl.gesprekswijzer.engine.facts.*;

      global Advice advice;

      // Intensieve zorg komt op de agenda.
      rule "intensive-care-in-dutch"
      when
          de medewerker zorgt voor iemand
          de medewerker zorgt meer uren per week dan de grens voor intensieve zorg
      then
          noem de zorguren per week
          zet CARE_SITUATION op de agenda met volgnummer 30
      end
      """;

  private static final String TEXT =
      """

      rule.intensive-care-in-dutch:
        nl: De medewerker zorgt {hours} uur per week.
        en: The employee cares {hours} hours a week.
      """;

  private static byte[] module;

  @BeforeAll
  static void precompileTheRulesInDutch() {
    List<String> problems = new ArrayList<>();
    module = PrecompiledRuleBase.compile(RuleFiles.textRuleFiles(files()), Map.of(), problems);
    assertThat(problems).isEmpty();
    assertThat(module).isNotNull();
  }

  @Test
  void compilesRulesWrittenInSentencesFromTheirFiles() {
    RuleSet ruleSet = RuleSetCompiler.compile("in Dutch", files());

    assertThat(ruleSet.precompiled()).isFalse();
    assertThat(ruleSet.ruleNames()).contains("intensive-care-in-dutch", "intensive-care");
    AdviceResponse advice = RulesAdvisoryEngine.builder().ruleSet(ruleSet).build().advise(TestRequests.care());
    assertThat(advice.explanation())
        .contains(new Explanation("intensive-care-in-dutch", "The employee cares 14 hours a week."));
  }

  @Test
  void loadsThePrecompiledRulesInDutchAndAnswersAsWhenCompiledFromTheirFiles() {
    RuleSet precompiled = RuleSetCompiler.compile("in Dutch, precompiled", files(), Map.of(), module);
    RuleSet compiled = RuleSetCompiler.compile("in Dutch", files());

    assertThat(precompiled.precompiled()).isTrue();
    assertThat(precompiled.ruleNames()).isEqualTo(compiled.ruleNames());
    assertThat(RulesAdvisoryEngine.builder().ruleSet(precompiled).build().advise(TestRequests.care()))
        .isEqualTo(RulesAdvisoryEngine.builder().ruleSet(compiled).build().advise(TestRequests.care()));
  }

  @Test
  void compilesTheRulesAgainWhenASentenceOrARuleInSentencesChangedAfterTheBuild() {
    Map<String, String> sentenceEdited = files();
    sentenceEdited.put(DSL, sentenceEdited.get(DSL).replace("careCount > 0", "careCount >= 1"));
    Map<String, String> ruleEdited = files();
    ruleEdited.put(DSLR, ruleEdited.get(DSLR).replace("met volgnummer 30", "met volgnummer 31"));

    assertThat(RuleSetCompiler.compile("in Dutch, a sentence edited", sentenceEdited, Map.of(), module).precompiled()).isFalse();
    assertThat(RuleSetCompiler.compile("in Dutch, a rule edited", ruleEdited, Map.of(), module).precompiled()).isFalse();
  }

  @Test
  void reportsASentenceTheLanguageDoesNotKnowAtItsLine() {
    Map<String, String> files = files();
    files.put(DSLR, RULES.replace("de medewerker zorgt voor iemand", "de medewerker zorgt heel veel"));

    assertThat(problems(files))
        .containsExactly(
            DSLR + " line 10: \"de medewerker zorgt heel veel\" is not a sentence of rules/dutch.dsl;"
                + " the nearest is \"de medewerker zorgt voor iemand\" (line 3)");
  }

  @Test
  void reportsALineThatIsOnlyPartlyASentence() {
    Map<String, String> files = files();
    files.put(DSLR, RULES.replace("zet CARE_SITUATION op de agenda met volgnummer 30", "zet CARE_SITUATION op de agenda met volgnummer 30 en 40"));

    List<String> problems = problems(files);

    assertThat(problems).singleElement().asString().startsWith(DSLR + " line 14: \"zet CARE_SITUATION");
    assertThat(Problem.parse(problems.get(0)))
        .extracting(Problem::file, Problem::line)
        .containsExactly(DSLR, 14);
  }

  @Test
  void suggestsTheSentenceWithItsPlaceholdersForAnActionWrittenOtherwise() {
    Map<String, String> files = files();
    files.put(DSLR, RULES.replace("zet CARE_SITUATION op de agenda met volgnummer 30", "zet CARE_SITUATION op de agenda als nummer 30"));

    assertThat(problems(files))
        .containsExactly(
            DSLR + " line 14: \"zet CARE_SITUATION op de agenda als nummer 30\" is not a sentence of rules/dutch.dsl;"
                + " the nearest is \"zet {onderwerp} op de agenda met volgnummer {rang}\" (line 6)");
  }

  @Test
  void reportsAPatternOfAPlaceholderThatDroolsWouldReadOtherwise() {
    Map<String, String> files = files();
    files.put(
        DSL,
        SENTENCES
            .replace("{onderwerp:[A-Z_]+}", "{onderwerp:[A-Z_]+(, [A-Z_]+)*}")
            .replace("[when]de grens is {parameter}=", "[when]de grens is {parameter:[a-z.-]+(\\.[a-z-]+)?}="));

    assertThat(problems(files))
        .containsExactly(
            DSL + " line 4: write (?: ) for a group in the pattern of {parameter}; a plain ( ) shifts the placeholders after it",
            DSL + " line 6: write \\s for a space in the pattern of {onderwerp}");
  }

  @Test
  void reportsAPlaceholderWrittenOtherwiseInTheDrlThanInTheSentence() {
    Map<String, String> files = files();
    files.put(DSL, SENTENCES.replace("\"{onderwerp}\", {rang}", "\"{onderwerp}\", {rnag}"));

    assertThat(problems(files))
        .containsExactly(
            DSL + " line 6: the DRL uses {rnag}, which the sentence does not have; it has {onderwerp}, {rang}",
            DSL + " line 6: the sentence's {rang} is not used in the DRL after \"=\"");
  }

  @Test
  void reportsABrokenLineOfTheSentencesAtItsLineAndNotTheRulesWrittenInThem() {
    Map<String, String> files = files();
    files.put(DSL, SENTENCES.replace("[when]de medewerker zorgt voor iemand=", "[wehn]de medewerker zorgt voor iemand="));

    assertThat(problems(files))
        .containsExactly(
            DSL + " line 3: [wehn] is not a kind of sentence; write [when] for a condition or [then] for an action");
  }

  @Test
  void reportsASentenceWithoutItsDrl() {
    Map<String, String> files = files();
    files.put(DSL, SENTENCES.replace("[when]de medewerker zorgt voor iemand=", "[when]de medewerker zorgt voor iemand "));

    assertThat(problems(files))
        .containsExactly(DSL + " line 3: no \"=\" between the sentence and the DRL it stands for");
  }

  @Test
  void reportsASentenceWhoseDrlDoesNotCompileAtTheLineThatUsesIt() {
    Map<String, String> files = files();
    files.put(DSL, SENTENCES.replace("Situation( careCount > 0 )", "Situation( carCount > 0 )"));

    assertThat(problems(files))
        .isNotEmpty()
        .allSatisfy(
            problem ->
                assertThat(problem)
                    .startsWith(DSLR + " line 10: the sentence \"de medewerker zorgt voor iemand\" (rules/dutch.dsl line 3)"));
  }

  @Test
  void reportsAnUnknownParameterWhereItsNameIsWritten() {
    Map<String, String> files = files();
    files.put(DSL, SENTENCES.replace("care.intensive-hours-per-week", "care.intensive-hours-per-wek"));
    files.put(
        "rules/care/limit.dslr",
        """
        package rules.care
        import nl.gesprekswijzer.engine.facts.*;
        global Advice advice;
        rule "limit-in-dutch"
        when
            de grens is care.no-such-limit
        then
            zet CARE_SITUATION op de agenda met volgnummer 1
        end
        """);

    assertThat(problems(files))
        .contains(
            DSL + " line 2: unknown parameter \"care.intensive-hours-per-wek\"",
            "rules/care/limit.dslr line 6: unknown parameter \"care.no-such-limit\"")
        .noneMatch(problem -> problem.startsWith(DSLR));
  }

  @Test
  void reportsAShorterSentenceReadBeforeALongerOneItBegins() {
    Map<String, String> files = files();
    files.put(
        DSL,
        SENTENCES.replace(
            "[then]noem de zorguren per week=",
            "[then]noem de zorguren=advice.because(drools, \"hours\", 0);\n[then]noem de zorguren per week="));

    assertThat(problems(files))
        .containsExactly(
            DSLR + " line 13: Drools reads the sentence \"noem de zorguren\" (rules/dutch.dsl line 5) inside"
                + " \"noem de zorguren per week\" (line 6); put the longer sentence first in rules/dutch.dsl");
  }

  @Test
  void reportsAnActionWrittenAsACondition() {
    Map<String, String> files = files();
    files.put(DSLR, RULES.replace("    de medewerker zorgt voor iemand\n", "    noem de zorguren per week\n"));

    assertThat(problems(files))
        .containsExactly(
            DSLR + " line 10: \"noem de zorguren per week\" is an action ([then]), not a condition; it belongs after \"then\"");
  }

  @Test
  void refusesWhatWouldMoveTheLinesDroolsReports() {
    Map<String, String> files = files();
    files.put(
        DSLR,
        RULES
            .replace("// Intensieve zorg komt op de agenda.", "/* Intensieve zorg\n komt op de agenda. */")
            .replace("    de medewerker zorgt voor iemand\n", "    de medewerker zorgt voor iemand\n    - en meer\n"));

    assertThat(problems(files))
        .containsExactly(
            DSLR + " line 7: write // before each line of a comment; a /* */ comment over several lines moves the line numbers of a .dslr",
            DSLR + " line 12: write each condition as a whole sentence; a line starting with \"-\" is not used in .dslr files here");
  }

  @Test
  void reportsRulesInSentencesWithoutSentences() {
    Map<String, String> files = files();
    files.remove(DSL);

    assertThat(problems(files))
        .containsExactly(DSLR + ": no sentences to read it with; they are in a .dsl file under rules/");
  }

  @Test
  void aFolderWithABrokenSentenceIsRefusedWithItsFileAndLine(@TempDir Path folder) throws IOException {
    Map<String, String> files = files();
    files.put(DSLR, RULES.replace("de medewerker zorgt voor iemand", "de medewerker zorgt heel veel"));
    write(files, folder);

    assertThatThrownBy(() -> RuleSetCompiler.compile(new DirectoryRuleSetSource(folder)))
        .isInstanceOfSatisfying(
            RuleSetException.class,
            e ->
                assertThat(e.findings())
                    .singleElement()
                    .satisfies(
                        problem -> {
                          assertThat(problem.file()).isEqualTo(DSLR);
                          assertThat(problem.line()).isEqualTo(10);
                          assertThat(problem.toString())
                              .startsWith(DSLR + ":10: \"de medewerker zorgt heel veel\" is not a sentence");
                        }));
    assertThatThrownBy(() -> PrecompiledRuleBase.build(folder))
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(DSLR + " line 10: \"de medewerker zorgt heel veel\" is not a sentence");
  }

  /** The minimal rule set with the sentences and a rule written in them. */
  private static Map<String, String> files() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(DSL, SENTENCES);
    files.put(DSLR, RULES);
    files.put("texts/t.yaml", files.get("texts/t.yaml") + TEXT);
    return files;
  }

  private static List<String> problems(Map<String, String> files) {
    try {
      RuleSetCompiler.compile("test", files);
    } catch (RuleSetException e) {
      return e.problems();
    }
    throw new AssertionError("The rule set compiled, but should not have");
  }

  private static void write(Map<String, String> files, Path folder) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }
}
