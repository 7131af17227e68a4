package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Changing one rule file of a rule base in place, as {@code rules check --mutate} does. */
class EditableRuleBaseTests {

  private static final String DRL =
      """
      package rules.numbers
      rule "more-than-eight"
      when
          Integer( intValue > 8 )
      then
      end
      """;

  private static final String DSL =
      """
      [when]een getal boven {grens}=Integer( intValue > {grens} )
      """;

  private static final String DSLR =
      """
      package rules.words
      expander words.dsl
      rule "above-eight"
      when
          een getal boven 8
      then
      end
      """;

  @Test
  void changesARuleInPlaceAndBackAgain() {
    try (EditableRuleBase ruleBase = EditableRuleBase.of("test", Map.of("rules/numbers/n.drl", DRL))) {
      KieBase kieBase = ruleBase.kieBase();
      assertThat(firedFor(kieBase, 8)).isZero();

      assertThat(ruleBase.change("rules/numbers/n.drl", DRL.replace("> 8", ">= 8"))).isEmpty();
      assertThat(ruleBase.kieBase()).isSameAs(kieBase);
      assertThat(firedFor(kieBase, 8)).isOne();

      assertThat(ruleBase.change("rules/numbers/n.drl", DRL)).isEmpty();
      assertThat(firedFor(kieBase, 8)).isZero();
    }
  }

  @Test
  void refusesAChangeThatDoesNotCompileAndKeepsTheRulesItHad() {
    try (EditableRuleBase ruleBase = EditableRuleBase.of("test", Map.of("rules/numbers/n.drl", DRL))) {
      assertThat(ruleBase.change("rules/numbers/n.drl", DRL.replace("> 8", ">> 8")))
          .isNotEmpty()
          .allSatisfy(problem -> assertThat(problem).startsWith("rules/numbers/n.drl line "));

      assertThat(firedFor(ruleBase.kieBase(), 9)).isOne();
      assertThat(firedFor(ruleBase.kieBase(), 8)).isZero();
    }
  }

  @Test
  void recompilesTheRulesWrittenInADomainLanguageWhenASentenceChanges() {
    Map<String, String> files = Map.of("rules/words/words.dsl", DSL, "rules/words/w.dslr", DSLR);
    try (EditableRuleBase ruleBase = EditableRuleBase.of("test", files)) {
      assertThat(firedFor(ruleBase.kieBase(), 8)).isZero();

      assertThat(ruleBase.change("rules/words/words.dsl", DSL.replace("intValue >", "intValue >="))).isEmpty();

      assertThat(firedFor(ruleBase.kieBase(), 8)).isOne();
    }
  }

  @Test
  void refusesRulesThatDoNotCompile() {
    assertThatThrownBy(() -> EditableRuleBase.of("test", Map.of("rules/numbers/n.drl", DRL.replace("Integer( intValue > 8 )", "Integer( intValue > )"))))
        .isInstanceOf(RuleSetException.class);
  }

  private static int firedFor(KieBase kieBase, int number) {
    KieSession session = kieBase.newKieSession();
    try {
      session.insert(number);
      return session.fireAllRules();
    } finally {
      session.dispose();
    }
  }
}
