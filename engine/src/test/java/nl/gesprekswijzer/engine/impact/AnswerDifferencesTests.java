package nl.gesprekswijzer.engine.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.api.Violation;
import org.junit.jupiter.api.Test;

/** Two answers to one situation, and what a report says differs between them. */
class AnswerDifferencesTests {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

  @Test
  void findsNothingBetweenAnswersThatDifferOnlyInTheirRuleSetVersion() {
    AdviceResponse before =
        answer(
            "1.0.0+aaaaaaaa",
            agenda("OPENING", "CLOSING"),
            leave("64"),
            followUp(4),
            because("r", "x"));
    AdviceResponse after =
        answer(
            "1.0.1+bbbbbbbb",
            agenda("OPENING", "CLOSING"),
            leave("64.00"),
            followUp(4),
            because("r", "x"));

    assertThat(between(before, after)).isEmpty();
  }

  @Test
  void reportsAChangedEntitlementFigureWithItsValuesBeforeAndAfter() {
    List<Change> changes = between(answer(leave("64")), answer(leave("70")));

    assertThat(changes)
        .containsExactly(
            new Change(
                ChangeKind.ENTITLEMENT_FIGURE, "SHORT_TERM_CARE_LEAVE", "maxHours", "64", "70"));
  }

  @Test
  void comparesListsByIdSoThatATopicAddedAtTheTopChangesNoOther() {
    List<Change> changes =
        between(
            answer(agenda("OPENING", "CARE", "CLOSING")),
            answer(agenda("OPENING", "SICK", "CARE", "CLOSING")));

    assertThat(changes)
        .containsExactly(
            new Change(ChangeKind.AGENDA_TOPIC_ADDED, "SICK", "", null, "title of SICK"));
  }

  @Test
  void reportsAnAgendaInAnotherOrder() {
    List<Change> changes =
        between(
            answer(agenda("OPENING", "CARE", "SICK")), answer(agenda("OPENING", "SICK", "CARE")));

    assertThat(changes)
        .containsExactly(
            new Change(
                ChangeKind.AGENDA_ORDER,
                "agenda",
                "",
                "OPENING, CARE, SICK",
                "OPENING, SICK, CARE"));
  }

  @Test
  void reportsAChangedFollowUpAndARuleThatFiresNow() {
    List<Change> changes =
        between(
            answer(followUp(4), because("a", "x")),
            answer(followUp(2), because("a", "x"), because("b", "y")));

    assertThat(changes)
        .extracting(Change::kind, Change::subject, Change::field)
        .containsExactly(
            tuple(ChangeKind.FOLLOW_UP, "followUp", "intervalWeeks"),
            tuple(ChangeKind.FOLLOW_UP, "followUp", "nextDate"),
            tuple(ChangeKind.RULE_FIRES, "b", ""));
  }

  @Test
  void reportsTextsAsTextsAndEveryReasonOfARuleThatFiresMoreThanOnce() {
    AdviceResponse before =
        answer(because("care-leave", "for the child"), because("care-leave", "for the parent"));
    AdviceResponse after =
        answer(because("care-leave", "for the parent"), because("care-leave", "for the partner"));

    assertThat(between(before, after))
        .containsExactly(
            new Change(
                ChangeKind.TEXT,
                "explanation[care-leave]",
                "because",
                "for the child | for the parent",
                "for the parent | for the partner"));
  }

  @Test
  void reportsARefusalThatAppearsWithTheFieldsItNames() {
    Outcome answered = new Outcome(answer(), List.of(), null);
    Outcome refused =
        new Outcome(null, List.of(new Violation("employer.cao", "unknown CAO code 'x'")), null);

    assertThat(AnswerDifferences.between(answered, refused))
        .containsExactly(
            new Change(
                ChangeKind.REFUSED,
                "employer.cao",
                "",
                "answered",
                "employer.cao: unknown CAO code 'x'"));
    assertThat(AnswerDifferences.between(refused, answered))
        .extracting(Change::kind)
        .containsExactly(ChangeKind.NO_LONGER_REFUSED);
    assertThat(AnswerDifferences.between(refused, refused)).isEmpty();
  }

  private static List<Change> between(AdviceResponse before, AdviceResponse after) {
    return AnswerDifferences.between(
        new Outcome(before, List.of(), null), new Outcome(after, List.of(), null));
  }

  /** Parts of an answer; each call of {@link #answer} takes the ones it is given. */
  private record Part(
      List<AgendaItem> agenda,
      List<Entitlement> entitlements,
      FollowUp followUp,
      List<Explanation> explanation) {}

  private static AdviceResponse answer(Part... parts) {
    return answer("1.0.0+aaaaaaaa", parts);
  }

  private static AdviceResponse answer(String version, Part... parts) {
    List<AgendaItem> agenda = List.of();
    List<Entitlement> entitlements = List.of();
    FollowUp followUp = new FollowUp(13, DATE.plusWeeks(13), "why");
    List<Explanation> explanation = new ArrayList<>();
    for (Part part : parts) {
      agenda = part.agenda() == null ? agenda : part.agenda();
      entitlements = part.entitlements() == null ? entitlements : part.entitlements();
      followUp = part.followUp() == null ? followUp : part.followUp();
      if (part.explanation() != null) {
        explanation.addAll(part.explanation());
      }
    }
    return new AdviceResponse(
        version,
        DATE,
        agenda,
        List.of(),
        entitlements,
        List.of(),
        followUp,
        List.of(),
        List.of(),
        List.of(),
        explanation);
  }

  private static Part agenda(String... topics) {
    List<AgendaItem> items = new ArrayList<>();
    for (int i = 0; i < topics.length; i++) {
      items.add(new AgendaItem(topics[i], "title of " + topics[i], i + 1, "why " + topics[i]));
    }
    return new Part(items, null, null, null);
  }

  private static Part leave(String maxHours) {
    return new Part(
        null,
        List.of(
            new Entitlement(
                "SHORT_TERM_CARE_LEAVE",
                "Short-term care leave",
                new BigDecimal(maxHours),
                12,
                70,
                Entitlement.Source.LAW,
                "conditions",
                "Wazo art. 5:2",
                null)),
        null,
        null);
  }

  private static Part followUp(int weeks) {
    return new Part(null, null, new FollowUp(weeks, DATE.plusWeeks(weeks), "why"), null);
  }

  private static Part because(String rule, String reason) {
    return new Part(null, null, null, List.of(new Explanation(rule, reason)));
  }
}
