/**
 * CAO entitlements: the rule set's table of what each collective labour agreement gives on top of
 * the law (the decision tables {@code rules/cao/*.xlsx}), read once with the rule set, and the rows
 * of the employee's CAO that apply on a reference date.
 *
 * <p>A table rather than parameters, because a CAO entitlement is a set of figures that belong
 * together (hours, pay, period, who it covers, the article), and policy staff add whole CAOs: one
 * row each, no rule to touch.
 *
 * <p>A platform's tenant may have CAO figures of its own ({@code spi.CaoCatalog}); {@link
 * nl.gesprekswijzer.engine.cao.CaoOverlay} lays them over the table for that tenant's advice.
 */
@NullMarked
package nl.gesprekswijzer.engine.cao;

import org.jspecify.annotations.NullMarked;
