/**
 * Rule sets: reading a rule set's files from a source, checking and compiling them once into a
 * {@link nl.gesprekswijzer.engine.ruleset.RuleSet} that evaluations share.
 */
@NullMarked
package nl.gesprekswijzer.engine.ruleset;

import org.jspecify.annotations.NullMarked;
