/**
 * The rule catalogue: every rule of a rule set in plain language, for policy staff. Per rule what
 * it does (the comment above it in its file and its explanation text in each language), which
 * parameters it reads with their values on a chosen date and where those values come from, and
 * which scenarios make it fire; and the CAO table's rows in force on that date.
 *
 * <pre>{@code
 * ScenarioFirings firings = ScenarioFirings.run(ruleSet);          // seconds: runs every scenario
 * RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, firings, LocalDate.of(2026, 11, 23), "nl");
 * }</pre>
 *
 * <p>Each form a rule can be written in says for itself which rules a file declares and which
 * parameters they read ({@link RuleForm}): DRL, and DRL written in a domain language ({@code .dslr}
 * with its {@code .dsl}). A new form (a decision table) adds one implementation to {@link
 * RuleForm#BUILT_IN}.
 */
@NullMarked
package nl.gesprekswijzer.engine.catalogue;

import org.jspecify.annotations.NullMarked;
