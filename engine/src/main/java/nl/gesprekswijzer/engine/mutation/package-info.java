/**
 * Whether the scenarios really pin the rules: each comparison in a rule's conditions and each
 * figure a rule reads is changed, one at a time, and the scenarios run against the changed rule
 * set. A change that no scenario notices is a part of the rules nobody has written down what it
 * must do. {@code gesprekswijzer rules check --mutate} prints them.
 *
 * <h2>What is changed</h2>
 *
 * <ul>
 *   <li><b>Comparisons</b> in the conditions of every rule ({@code .drl}, {@code .dslr}) and in
 *       the DRL of every sentence of a domain language ({@code .dsl}): {@code >} to {@code >=},
 *       {@code >=} to {@code >}, {@code <} to {@code <=}, {@code <=} to {@code <}, {@code ==} to
 *       {@code !=} and {@code !=} to {@code ==}. Comments and quoted text are left alone.
 *   <li><b>Figures</b>: every value of every parameter a rule names: a number one step up and one
 *       step down (the step is one unit of its last written digit: 1 for 8, 0.01 for 14.71; never
 *       below zero), a date one day later and one day earlier; and the date a value applies from,
 *       one day later and one day earlier. The first value of a parameter is only moved a day later
 *       (a day earlier there was no figure to replace), and not at all when it starts on the rule
 *       set's first date. Lists of codes are not changed.
 * </ul>
 *
 * <p>A comparison between a figure and a constant that comes out the same for every value the
 * figure has (the guard {@code whole("care.long-care-months") > 0}, which holds for 6 as it would
 * for 7) can change no answer: it is counted apart, as a change that cannot be noticed, and not in
 * the figure. So is a change that does not compile.
 *
 * <h2>How it stays fast</h2>
 *
 * A figure needs no compiling: the rule set is kept and only its parameters are replaced. A
 * comparison recompiles only its own file, incrementally ({@link
 * nl.gesprekswijzer.engine.ruleset.EditableRuleBase}), with classic DRL. Each change stops at the
 * first scenario that fails; scenarios in which its rule fired (or, for a figure, a rule that reads
 * it) take turns with the others, each kind in the order of how many changes a scenario has
 * noticed so far. Changes are tried on as many threads as there are processors.
 *
 * <p>A file changed in place is loaded anew, after all other rules, and Drools fires rules of equal
 * salience in load order. So before the comparisons every rule file is loaded anew once and every
 * scenario run again: when an answer changes, the rules depend on their load order, and every
 * change is compiled with all rules afresh instead (slower, and said in the report). A change
 * reported unnoticed is always confirmed on all rules compiled afresh.
 */
@NullMarked
package nl.gesprekswijzer.engine.mutation;

import org.jspecify.annotations.NullMarked;
