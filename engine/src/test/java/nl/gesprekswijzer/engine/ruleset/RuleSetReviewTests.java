package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.TestRuleSets;
import org.junit.jupiter.api.Test;

/** A rule whose conditions read anything like health details is a finding, at its file and line. */
class RuleSetReviewTests {

  @Test
  void findsNothingInTheMinimalRuleSet() {
    assertThat(RuleSetReview.of(TestRuleSets.minimalFiles())).isEmpty();
  }

  @Test
  void findsAHealthDetailInTheConditionsOfADrlRuleAtItsLine() {
    List<Problem> findings =
        RuleSetReview.of(
            Map.of(
                "rules/care/health.drl",
                """
                package rules.care
                // A diagnosis named in a comment is no finding.
                rule "asks-for-the-diagnosis"
                when
                    /* kanker */
                    Situation( type == ConversationType.SICK_LEAVE )   // depressie
                    Care( diagnosisCode != null )
                then
                    advice.warn(drools, "SICK_NO_DIAGNOSIS");
                end
                """));

    assertThat(findings).extracting(Problem::toString)
        .containsExactly(
            "rules/care/health.drl:7: rule 'asks-for-the-diagnosis' reads 'diagnosis', which looks like a"
                + " health detail; advice may not depend on a diagnosis, symptoms, medication or an illness");
  }

  @Test
  void findsIllnessNamesAndMedicationInDutchAndEnglishInQuotedValues() {
    List<Problem> findings =
        RuleSetReview.of(
            Map.of(
                "rules/sick/names.drl",
                """
                package rules.sick
                rule "burn-out"
                when
                    Situation( note == "burn-out" )
                    Situation( note == "Medicatie" )
                    Situation( note == "cancer" )
                    Situation( note matches ".*symptomen.*" )
                then
                end
                """));

    assertThat(findings).extracting(Problem::line).containsExactly(4, 5, 6, 7);
    assertThat(findings).extracting(Problem::message)
        .allSatisfy(message -> assertThat(message).startsWith("rule 'burn-out' reads '"));
  }

  @Test
  void leavesTheContractsOwnWordsForIllnessAndWhatARuleSaysAlone() {
    List<Problem> findings =
        RuleSetReview.of(
            Map.of(
                "rules/care/fine.drl",
                """
                package rules.care
                rule "serious-illness"
                when
                    Care( situation == CareSituation.SERIOUS_ILLNESS )
                    SickLeave( )
                then
                    advice.warn(drools, "NO_MEDICAL_DETAILS_OF_THE_PERSON_CARED_FOR");
                end
                """));

    assertThat(findings).isEmpty();
  }

  @Test
  void findsAHealthDetailInADomainLanguageSentenceAndInARuleWrittenInSentences() {
    List<Problem> findings =
        RuleSetReview.of(
            Map.of(
                "rules/dutch.dsl",
                """
                # een diagnose in commentaar telt niet
                [when]de medewerker werkt meer dan {uren} uur per week=Situation( weeklyHours > {uren} )
                [when]de medewerker heeft een diagnose=Situation( note != null )
                [when]de medewerker gebruikt {middel}=Situation( note == "medicijnen: {middel}" )
                [then]waarschuw=advice.warn(drools, "SICK_NO_DIAGNOSIS");
                """,
                "rules/care/talk.dslr",
                """
                package rules.care
                expander dutch.dsl
                rule "burnout-talk"
                when
                    de medewerker heeft een burnout
                then
                    waarschuw
                end
                """));

    assertThat(findings).extracting(Problem::toString)
        .containsExactly(
            "rules/care/talk.dslr:5: rule 'burnout-talk' reads 'burnout', which looks like a health detail;"
                + " advice may not depend on a diagnosis, symptoms, medication or an illness",
            "rules/dutch.dsl:3: sentence 'de medewerker heeft een diagnose' reads 'diagnose', which looks like"
                + " a health detail; advice may not depend on a diagnosis, symptoms, medication or an illness",
            "rules/dutch.dsl:4: sentence 'de medewerker gebruikt {middel}' reads 'medicijnen', which looks"
                + " like a health detail; advice may not depend on a diagnosis, symptoms, medication or an illness");
  }

  @Test
  void findsAWholeWordButNotTheSameLettersInsideAnother() {
    assertThat(HealthWords.in("Situation( archive == true, hivStatus != null )")).contains("hiv");
    assertThat(HealthWords.in("Situation( archive == true )")).isEmpty();
    assertThat(HealthWords.in("Situation( DEPRESSION_LEVEL > 2 )")).contains("DEPRESSION");
  }
}
