/**
 * Impact preview: what a changed rule set would change in the advice, before it is published.
 *
 * <p>{@link nl.gesprekswijzer.engine.impact.ImpactPreview} runs the same situations against two
 * compiled rule sets: the scenarios of both and a generated spread ({@link
 * nl.gesprekswijzer.engine.impact.SituationSpread}) around every date either rule set names. It
 * compares the answers per situation and groups what differs by what changed ({@link
 * nl.gesprekswijzer.engine.impact.ChangeKind}), each group with a count and one example. {@code
 * gesprekswijzer rules diff} prints the result; nothing here writes or logs a situation.
 */
@NullMarked
package nl.gesprekswijzer.engine.impact;

import org.jspecify.annotations.NullMarked;
