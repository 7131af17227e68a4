package nl.gesprekswijzer.engine.cao;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.engine.TestRuleSets;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.facts.Situation;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * The CAO table read two ways, by the engine (which CAO a request may name) and by Drools (the
 * rules each row compiles to), must agree on every row and every date.
 */
class CaoRowTests {

  @Test
  void theTablesRulesInsertExactlyTheRowsTheTableKnowsOnEachDate() {
    RuleSet ruleSet = TestRuleSets.minimal();
    for (String cao : List.of("test-cao", "later-cao", "unknown-cao")) {
      for (LocalDate date : List.of(LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2026, 12, 31),
          LocalDate.of(2027, 1, 1), LocalDate.of(2040, 6, 1))) {
        assertThat(inserted(ruleSet, cao, date))
            .as("%s on %s", cao, date)
            .containsExactlyInAnyOrderElementsOf(ruleSet.caos().provisions(cao, date));
      }
    }
    assertThat(ruleSet.caos().codesOn(LocalDate.of(2026, 12, 31))).containsExactly("test-cao");
    assertThat(ruleSet.caos().codesOn(LocalDate.of(2027, 1, 1))).containsExactly("later-cao", "test-cao");
  }

  @Test
  void aRowStandsAsideForAnEntitlementWhoseFiguresTheTenantGives() {
    RuleSet ruleSet = TestRuleSets.minimal();
    LocalDate date = LocalDate.of(2026, 11, 23);
    List<CaoProvision> table = ruleSet.caos().provisions("test-cao", date);
    assertThat(table).extracting(CaoProvision::entitlement).contains("SHORT_TERM_CARE_LEAVE", "CAO_TEST_BUDGET");

    assertThat(inserted(ruleSet, "test-cao", date, Set.of("SHORT_TERM_CARE_LEAVE")))
        .containsExactlyInAnyOrderElementsOf(
            table.stream().filter(row -> !row.entitlement().equals("SHORT_TERM_CARE_LEAVE")).toList());
  }

  private static List<CaoProvision> inserted(RuleSet ruleSet, String cao, LocalDate date) {
    return inserted(ruleSet, cao, date, Set.of());
  }

  private static List<CaoProvision> inserted(
      RuleSet ruleSet, String cao, LocalDate date, Set<String> tenantEntitlements) {
    KieSession session = ruleSet.kieBase().newKieSession();
    try {
      session.setGlobal("advice", new Advice());
      session.insert(
          new Situation(
              date, ConversationType.CARE_BALANCE, null, new BigDecimal("32"), LocalDate.of(2019, 4, 1), 240, cao,
              Set.of(), 0, BigDecimal.ZERO, tenantEntitlements));
      session.fireAllRules();
      List<CaoProvision> provisions = new ArrayList<>();
      session.getObjects(fact -> fact instanceof CaoProvision).forEach(fact -> provisions.add((CaoProvision) fact));
      return provisions;
    } finally {
      session.dispose();
    }
  }
}
