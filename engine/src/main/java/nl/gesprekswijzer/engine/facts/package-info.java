/**
 * The vocabulary of the rule files: what the rules match on ({@link
 * nl.gesprekswijzer.engine.facts.Situation}, {@link nl.gesprekswijzer.engine.facts.Care}, {@link
 * nl.gesprekswijzer.engine.facts.Parameters}, {@link nl.gesprekswijzer.engine.facts.CaoProvision}) and the {@code advice} global they write to ({@link
 * nl.gesprekswijzer.engine.facts.Advice}).
 *
 * <p>Public because the compiled rules use it; rule authors read these classes, platforms do not.
 * Facts are read-only. Rules add advice; they never change a fact. No fact prints its values
 * ({@code Situation[values withheld]}): Drools writes each fact it inserts at DEBUG and TRACE, and a
 * fact holds a person's situation.
 */
@NullMarked
package nl.gesprekswijzer.engine.facts;

import org.jspecify.annotations.NullMarked;
