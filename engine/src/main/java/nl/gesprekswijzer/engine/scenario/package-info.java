/**
 * Scenarios: situations written down with the advice they must produce, run against a rule set.
 * They are how policy staff check that the rules say what the law and the policy say, and how the
 * build proves that every rule fires in at least one situation.
 *
 * <h2>The file format</h2>
 *
 * A rule set keeps its scenarios in {@code scenarios/*.yaml}. Each file is a list; each entry has
 * a {@code name}, a {@code situation} and what to {@code expect}:
 *
 * <pre>{@code
 * - name: A parent caring 14 hours a week for a seriously ill six-year-old gets short-term care leave
 *   situation:                      # the request of the API contract, written as YAML
 *     referenceDate: 2026-11-23     # required here: a scenario must give the same answer every day
 *     language: en
 *     conversation: {type: CARE_BALANCE}
 *     employee: {weeklyHours: 32, employedSince: 2019-04-01}
 *     employer: {size: 240}
 *     caregiving:
 *       - {relation: CHILD, childAge: 6, hoursPerWeek: 14, since: 2026-03-01, situation: SERIOUS_ILLNESS}
 *     wishes: [FLEXIBLE_TIMES]
 *   expect:                         # every key optional; only what is written is checked
 *     agenda: [CARE_SITUATION, ENTITLEMENTS]   # these topics appear, in this order (others may come between)
 *     notOnAgenda: [FINANCIAL_CONSEQUENCES]
 *     solutions: [FLEXIBLE_HOURS]              # these solutions appear
 *     noSolutions: [REMOTE_WORK]
 *     entitlements:                            # these appear, with these values (others are not checked)
 *       SHORT_TERM_CARE_LEAVE: {maxHours: 64, periodMonths: 12, payPercent: 70, source: LAW}
 *       CALAMITY_LEAVE: {maxHours: null}       # null: the answer has no value here
 *       FLEXIBLE_WORK_REQUEST:                 # nothing: it appears, values not checked
 *     noEntitlements: [PARENTAL_LEAVE]
 *     deadlines: {PROBLEM_ANALYSIS: 2026-11-15}   # deadline and its due date
 *     followUp: {intervalWeeks: 4, nextDate: 2026-12-21}
 *     managerTips: [LISTEN]
 *     noManagerTips: []
 *     preparation: [MAP_SITUATION]
 *     warnings: [NO_DIAGNOSIS]
 *     noWarnings: []
 *     rulesFired: [care-agenda-situation]      # rules by their name in the rule files
 *     rulesNotFired: []
 *     mentions: ["64 hours"]                   # some text of the answer says this, word for word
 *
 * - name: Zero contractual hours are refused
 *   situation: {referenceDate: 2026-11-23, conversation: {type: CARE_BALANCE},
 *               employee: {weeklyHours: 0, employedSince: 2019-04-01}, employer: {size: 5}}
 *   expect:
 *     error: employee.weeklyHours   # the request is refused naming this field (or a list of fields)
 * }</pre>
 *
 * <p>Numbers compare as numbers ({@code 64} matches {@code 64.0}), dates as {@code 2026-11-23},
 * codes by their name. {@code entitlements} may also be a plain list of ids. {@code mentions} is for
 * a figure the reader only meets in a sentence, such as an amount in a tip: written as the answer
 * writes it in the situation's language ({@code 14,71} in Dutch), it pins that figure.
 *
 * <h2>What is refused</h2>
 *
 * A file is refused as a whole, with every problem named by file and scenario, when a scenario has
 * no name, no situation or no reference date, when two scenarios share a name, or when a key is
 * not one of the above: a misspelt key would otherwise be a check that silently never happens. A
 * situation with a field the contract does not have (a diagnosis, say) fails that scenario.
 *
 * <h2>What every scenario also checks</h2>
 *
 * Whatever it expects, every answer must have: no missing or empty text and no unfilled {@code
 * {placeholder}}; agenda priorities 1, 2, 3… in order; a legal basis for every entitlement; a
 * follow-up after the reference date; and a reason for every rule that fired.
 *
 * <h2>Running them</h2>
 *
 * <pre>{@code
 * RuleSet ruleSet = RuleSetCompiler.compile(new DirectoryRuleSetSource(folder));
 * ScenarioRunner runner = new ScenarioRunner(RulesAdvisoryEngine.builder().ruleSet(ruleSet).build());
 * List<ScenarioResult> results = runner.runAll(ScenarioLoader.load(ruleSet));
 * List<String> untested = Coverage.uncoveredRules(ruleSet, results);
 * }</pre>
 */
@NullMarked
package nl.gesprekswijzer.engine.scenario;

import org.jspecify.annotations.NullMarked;
