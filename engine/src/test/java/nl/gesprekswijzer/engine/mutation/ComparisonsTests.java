package nl.gesprekswijzer.engine.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/** Which comparisons are changed: those in conditions, as written, and nothing else. */
class ComparisonsTests {

  @Test
  void findsTheComparisonsOfConditionsOnlyNotOfCommentsTextsConsequencesOrTypes() {
    Comparisons.Found found =
        Comparisons.find(
            Map.of(
                "rules/care/x.drl",
                """
                package rules.care
                // Situation( a > b ) in a comment
                rule "x"
                when
                    $list : List<Wish>( size > 0 ) from collect( Care( hoursPerWeek <= 8 ) )  // > not this
                    /* careCount != 1 */
                    Situation( note == "a > b", careCount >= 2 )
                then
                    if (1 < 2) { advice.agenda(drools, "X", 10); }
                end
                """),
            TestRuleSets.minimal().parameters());

    assertThat(found.changeable())
        .extracting(Mutant::toString)
        .containsExactly(
            "rules/care/x.drl:5:30: rule 'x': '>' to '>='",
            "rules/care/x.drl:5:69: rule 'x': '<=' to '<'",
            "rules/care/x.drl:7:21: rule 'x': '==' to '!='",
            "rules/care/x.drl:7:43: rule 'x': '>=' to '>'");
  }

  @Test
  void changesTheDrlOfADomainLanguageSentenceAndPlainDrlLinesOfARuleInSentences() {
    Comparisons.Found found =
        Comparisons.find(
            Map.of(
                "rules/dutch.dsl",
                """
                # De medewerker werkt meer dan 8 uur: Situation( weeklyHours > 8 )
                [when]de medewerker werkt meer dan {uren} uur per week=Situation( weeklyHours > {uren} )
                [then]zet {onderwerp} op de agenda=advice.agenda(drools, "{onderwerp}", 10);
                """,
                "rules/care/talk.dslr",
                """
                package rules.care
                expander dutch.dsl
                rule "talk"
                when
                    de medewerker werkt meer dan 8 uur per week
                    > Situation( careCount == 0 )
                then
                    zet NEEDS op de agenda
                end
                """),
            TestRuleSets.minimal().parameters());

    assertThat(found.changeable())
        .extracting(Mutant::toString)
        .containsExactlyInAnyOrder(
            "rules/dutch.dsl:2:79: sentence 'de medewerker werkt meer dan {uren} uur per week': '>' to '>='",
            "rules/care/talk.dslr:6:28: rule 'talk': '==' to '!='");
  }

  @Test
  void appliesOneChangeToTheTextAsWritten() {
    String text = "rule \"x\"\nwhen\n    Care( hoursPerWeek > 8 )\nthen\nend\n";
    Mutant.Comparison change =
        Comparisons.find(Map.of("rules/care/x.drl", text), TestRuleSets.minimal().parameters()).changeable().get(0);

    assertThat(change.apply(text)).isEqualTo(text.replace("hoursPerWeek > 8", "hoursPerWeek >= 8"));
  }

  @Test
  void setsApartAGuardThatComesOutTheSameForEveryValueOfItsFigure() {
    Comparisons.Found found =
        Comparisons.find(
            Map.of(
                "rules/care/x.drl",
                """
                rule "x"
                when
                    Parameters( $w : whole("follow-up.weeks") > 0,
                                $p : whole("short-term-care-leave.pay-percent") >= 0,
                                $l : number("care.intensive-hours-per-week") != null,
                                whole("follow-up.weeks") > 8 )
                    not SickLeave( $w > 0, week > $w )
                then
                end
                """),
            TestRuleSets.minimal().parameters());

    // follow-up.weeks is 13, later 8: both above 0, so '>' and '>=' 0 agree; but 8 > 8 and 8 >= 8 do not.
    // A variable bound to a figure counts as the figure: $w > 0 holds for 13 and 8 alike.
    assertThat(found.unchangeable()).extracting(Mutant.Comparison::line).containsExactly(3, 4, 7);
    assertThat(found.changeable()).extracting(Mutant.Comparison::line).containsExactly(5, 6, 7);
  }

  @Test
  void countsAFigureThatIsAbsentOnSomeDatesAsAValueOfItsOwn() {
    // whole() gives -1 when there is no value. short-term-care-leave.weekly-hours-factor starts in
    // 2001, after the rule set's first date (2000), so -1 is one of its values and '> -1' differs
    // from '>= -1'; follow-up.weeks has a value from the first date on, and they agree.
    Comparisons.Found found =
        Comparisons.find(
            Map.of(
                "rules/care/x.drl",
                """
                rule "x"
                when
                    Parameters( whole("short-term-care-leave.weekly-hours-factor") > -1,
                                whole("follow-up.weeks") > -1 )
                then
                end
                """),
            TestRuleSets.minimal().parameters());

    assertThat(found.changeable()).extracting(Mutant.Comparison::line).containsExactly(3);
    assertThat(found.unchangeable()).extracting(Mutant.Comparison::line).containsExactly(4);
  }
}
