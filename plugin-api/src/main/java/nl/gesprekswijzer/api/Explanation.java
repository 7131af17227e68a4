package nl.gesprekswijzer.api;

import org.jspecify.annotations.Nullable;

/**
 * @param rule the rule's name in the rule files
 * @param because why it fired, in the answer's language
 * @param legalBasis the law or CAO articles the advice this rule added rests on (its solutions,
 *     entitlements and deadlines), separated by "; "; absent when the rule added nothing with a
 *     legal basis (an optional addition to the contract)
 */
public record Explanation(String rule, String because, @Nullable String legalBasis) {

  /** An explanation without a legal basis, as the contract's first version had it. */
  public Explanation(String rule, String because) {
    this(rule, because, null);
  }
}
