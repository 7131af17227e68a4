package nl.gesprekswijzer.engine.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Violation;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated spread, on the minimal rule set: its figures apply from 2000, 2001, 2002, 2020 and
 * 2027, its CAO {@code test-cao} has a row that ends on 31 December 2026 and {@code later-cao}
 * starts on 1 January 2027.
 */
class SituationSpreadTests {

  private static List<AdviceRequest> spread;

  @BeforeAll
  static void generate() {
    spread = SituationSpread.generate(List.of(TestRuleSets.minimal()), 11, 10_000);
  }

  @Test
  void isTheSameForTheSameRuleSetsAndSeed() {
    assertThat(SituationSpread.generate(List.of(TestRuleSets.minimal()), 11, 10_000))
        .isEqualTo(spread);
    assertThat(SituationSpread.generate(List.of(TestRuleSets.minimal()), 12, 10_000))
        .isNotEqualTo(spread);
  }

  @Test
  void hasAtLeastTheNumberAskedFor() {
    assertThat(spread.size())
        .isBetween(
            10_000,
            10_000 + SituationSpread.referenceDates(List.of(TestRuleSets.minimal())).size());
  }

  @Test
  void liesOnBothSidesOfEveryParameterDateAndEveryDateACaoRowStartsOrEnds() {
    Set<LocalDate> dates =
        spread.stream().map(AdviceRequest::referenceDate).collect(Collectors.toSet());

    for (String date :
        List.of("2000-01-01", "2001-12-01", "2002-04-01", "2020-01-01", "2027-01-01")) {
      assertThat(dates).contains(LocalDate.parse(date).minusDays(1), LocalDate.parse(date));
    }
    assertThat(dates).contains(LocalDate.of(2028, 1, 1)); // a year after the newest
  }

  @Test
  void triesEveryCaoOnBothSidesOfTheDatesItsRowsChange() {
    assertThat(caosOn(LocalDate.of(2026, 12, 31))).contains("test-cao", "later-cao");
    assertThat(caosOn(LocalDate.of(2027, 1, 1))).contains("test-cao", "later-cao");
    assertThat(caosOn(LocalDate.of(2019, 12, 31))).containsExactly("test-cao");
    assertThat(spread.stream().filter(r -> r.employer().cao() == null).count())
        .isGreaterThan(spread.size() / 4);
  }

  @Test
  void coversEveryConversationTypeCareSituationRelationSickWeekAndLanguage() {
    assertThat(spread.stream().map(r -> r.conversation().type()).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ConversationType.class));
    List<Caregiving> care = spread.stream().flatMap(r -> r.caregiving().stream()).toList();
    assertThat(care.stream().map(Caregiving::relation).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(Relation.class));
    assertThat(care.stream().map(Caregiving::situation).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(CareSituation.class));
    assertThat(
            care.stream()
                .filter(c -> c.childAge() != null)
                .map(Caregiving::childAge)
                .collect(Collectors.toSet()))
        .contains(0, 7, 8, 12, 18);
    assertThat(spread.stream().map(r -> r.caregiving().size()).collect(Collectors.toSet()))
        .contains(0, 1, 2, 3);
    assertThat(spread.stream().map(AdviceRequest::language).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("nl", "en");
    assertThat(spread.stream().map(r -> r.employer().size()).collect(Collectors.toSet()))
        .contains(9, 10);
    assertThat(
            spread.stream()
                .filter(r -> r.sickness() != null)
                .map(r -> r.sickness().workCapacityPercent())
                .collect(Collectors.toSet()))
        .contains(null, 0, 50, 100);

    Set<Long> sickWeeks = new TreeSet<>();
    for (AdviceRequest request : spread) {
      if (request.sickness() != null) {
        sickWeeks.add(
            1
                + ChronoUnit.DAYS.between(
                        request.sickness().firstSickDay(), request.referenceDate())
                    / 7);
      }
    }
    assertThat(sickWeeks)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 110).mapToObj(Long::valueOf).toList());
  }

  @Test
  void isAnsweredWheneverTheRuleSetHasFiguresAndTheCaoOnItsDate() {
    RuleSet ruleSet = TestRuleSets.minimal();
    LocalDate first = ruleSet.parameters().firstDate();
    List<String> unexpected = new ArrayList<>();
    for (AdviceRequest request : spread) {
      String cao = request.employer().cao();
      boolean answerable =
          !request.referenceDate().isBefore(first)
              && (cao == null || ruleSet.caos().knows(cao, request.referenceDate()));
      try {
        TestRuleSets.minimalEngine().advise(request);
        if (!answerable) {
          unexpected.add("answered: " + request);
        }
      } catch (InvalidRequestException e) {
        if (answerable) {
          unexpected.add(e.violations().stream().map(Violation::field).toList() + ": " + request);
        }
      }
    }
    assertThat(unexpected).isEmpty();
  }

  private static Set<String> caosOn(LocalDate date) {
    return spread.stream()
        .filter(r -> r.referenceDate().equals(date) && r.employer().cao() != null)
        .map(r -> r.employer().cao())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
