package nl.gesprekswijzer.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.catalogue.RuleForm.RuleFile;
import nl.gesprekswijzer.engine.catalogue.RuleForm.RuleText;
import org.junit.jupiter.api.Test;

/** What each rule form finds in the files a policy officer writes. */
class RuleFormTests {

  @Test
  void takesTheCommentDirectlyAboveARuleAndTheFilesOwnCommentAtTheTop() {
    String drl =
        """
        package rules.care

        // Care for someone close: the talk makes room for it.
        // Second line of the file's comment.

        import nl.gesprekswijzer.engine.facts.*;

        global Advice advice;

        // Loose remark, not about a rule.

        // Intensive care: more hours than the limit.
        //
        // A new paragraph.
        rule "intensive"
        when
            // Not this comment: it is inside the rule.
            Parameters( $limit : number("care.intensive-hours-per-week") != null )
        then
            advice.because(drools, "limit", $limit);
        end

        /* A block comment
         * over two lines. */
        rule 'other' salience 0
        when
            $p : Parameters( $w : whole("follow-up.weeks") > 0, list("x.y").size() > 0 )
            Care( $p.includes("x.y", relation), $p.legalBasis("follow-up.weeks") != null )
        then
        end

        rule bare
        when
        then
        end
        """;

    assertThat(TextRuleFiles.header(drl))
        .isEqualTo("Care for someone close: the talk makes room for it. Second line of the file's comment.");
    List<TextRuleFiles.Block> blocks = TextRuleFiles.blocks(drl);
    assertThat(blocks).extracting(TextRuleFiles.Block::name).containsExactly("intensive", "other", "bare");
    assertThat(blocks).extracting(TextRuleFiles.Block::line).containsExactly(15, 25, 32);
    assertThat(blocks.get(0).comment()).isEqualTo("Intensive care: more hours than the limit.\n\nA new paragraph.");
    assertThat(blocks.get(1).comment()).isEqualTo("A block comment over two lines.");
    assertThat(blocks.get(2).comment()).isEmpty();
    assertThat(TextRuleFiles.parametersIn(blocks.get(0).text())).containsExactly("care.intensive-hours-per-week");
    assertThat(TextRuleFiles.parametersIn(blocks.get(1).text())).containsExactly("follow-up.weeks", "x.y");
  }

  @Test
  void hasNoHeaderWhenTheFirstCommentBelongsToTheFirstRule() {
    String drl =
        """
        package rules.care
        // About the rule.
        rule "only"
        when
        then
        end
        """;

    assertThat(TextRuleFiles.header(drl)).isEmpty();
    assertThat(TextRuleFiles.blocks(drl).get(0).comment()).isEqualTo("About the rule.");
  }

  @Test
  void readsTheParametersOfDutchSentencesFromWhatTheyStandFor() {
    Map<String, String> files = TestRuleSets.minimalFiles();
    files.put(
        "rules/nl.dsl",
        """
        # The sentences of the test language.
        [when]Er geldt een grens van {grens} uur zorg=Parameters( {grens} : number("care.intensive-hours-per-week") != null )
        [when]De medewerker zorgt meer dan {grens} uur=Care( hoursPerWeek > {grens} )
        [when]Het gesprek komt na {weken} weken terug=Parameters( {weken} : whole("follow-up.weeks") > 0 )
        [then]Zet de zorg op de agenda=advice.agenda(drools, "CARE_SITUATION", 10);
        """);
    files.put(
        "rules/care/zorg.dslr",
        """
        package rules.care

        // Rules in Dutch sentences.

        expander nl.dsl

        global Advice advice;

        # Intensive care, in Dutch.
        rule "zorg-intensief"
        when
            Er geldt een grens van $grens uur zorg
            De medewerker zorgt meer dan $grens uur
        then
            Zet de zorg op de agenda
        end

        rule "zorg-terugkomen"
        when
            Het gesprek komt na $weken weken terug
        then
            Zet de zorg op de agenda
        end
        """);

    List<RuleFile> read = new DslrForm().read(TestRuleSets.minimalWithFiles(files));

    assertThat(read).hasSize(1);
    assertThat(read.get(0).path()).isEqualTo("rules/care/zorg.dslr");
    assertThat(read.get(0).description()).isEqualTo("Rules in Dutch sentences.");
    assertThat(read.get(0).rules())
        .extracting(RuleText::name, RuleText::line, RuleText::comment, RuleText::parameters)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "zorg-intensief", 10, "Intensive care, in Dutch.", List.of("care.intensive-hours-per-week")),
            org.assertj.core.groups.Tuple.tuple("zorg-terugkomen", 18, "", List.of("follow-up.weeks")));
    assertThat(new DrlForm().read(TestRuleSets.minimalWithFiles(files)))
        .extracting(RuleFile::path)
        .containsExactly("rules/care/care.drl", "rules/sick/sick-leave.drl");
  }
}
