package nl.gesprekswijzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Sickness;
import nl.gesprekswijzer.api.Solution;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A wish the employee names is never dropped silently: in every kind of talk, sick or not, caring
 * or not, naming a wish adds a solution direction the same situation without it does not get, or
 * the answer already has the direction that answers the wish (an employee partly at work gets
 * adjusted tasks as a return-to-work direction whether or not it is wished, and it is listed once).
 */
class EveryWishLeadsSomewhereTests {

  private static final AdvisoryEngine ENGINE = RulesAdvisoryEngine.builder().build();
  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

  /** The directions that answer a wish in any talk, where the situation may give them anyway. */
  private static final Map<Wish, Set<String>> ANSWERS =
      Map.of(Wish.TASK_ADJUSTMENT, Set.of("ADJUSTED_TASKS", "RETURN_ADJUSTED_TASKS"));

  @Test
  void aWishForAnotherRoleOrAdjustedTasksAlwaysGetsADirectionOfItsOwn() {
    List<String> dropped = new ArrayList<>();
    for (ConversationType type : ConversationType.values()) {
      for (boolean sick : List.of(false, true)) {
        for (boolean caring : List.of(false, true)) {
          for (Wish wish : List.of(Wish.OTHER_ROLE, Wish.TASK_ADJUSTMENT)) {
            Set<String> without = solutions(request(type, sick, caring, null));
            Set<String> with = solutions(request(type, sick, caring, wish));
            boolean answered = with.stream().anyMatch(ANSWERS.getOrDefault(wish, Set.of())::contains);
            if (without.containsAll(with) && !answered) {
              dropped.add(wish + " in a " + type + " talk" + (sick ? ", sick" : "") + (caring ? ", caring" : ""));
            }
          }
        }
      }
    }
    assertThat(dropped).as("wishes that change no solution direction").isEmpty();
  }

  private static Set<String> solutions(AdviceRequest request) {
    return ENGINE.advise(request).solutions().stream().map(Solution::id).collect(Collectors.toSet());
  }

  private static AdviceRequest request(ConversationType type, boolean sick, boolean caring, @Nullable Wish wish) {
    return new AdviceRequest(
        REFERENCE,
        "en",
        new Conversation(type, null),
        new Employee(new BigDecimal("32"), LocalDate.of(2019, 4, 1)),
        new Employer(240, null),
        caring
            ? List.of(
                new Caregiving(Relation.PARENT, null, new BigDecimal("6"), LocalDate.of(2026, 3, 1), CareSituation.STABLE))
            : List.of(),
        sick ? new Sickness(LocalDate.of(2026, 9, 7), 50) : null,
        wish == null ? List.of() : List.of(wish),
        Detail.FULL);
  }
}
