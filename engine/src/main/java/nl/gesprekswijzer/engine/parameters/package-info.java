/**
 * Dated parameters: every legal and policy figure, with its source and the date each value applies
 * from, read from the rule set's {@code parameters/*.yaml}. CAO figures are rows of the CAO table
 * instead ({@link nl.gesprekswijzer.engine.cao.CaoTable}).
 */
@NullMarked
package nl.gesprekswijzer.engine.parameters;

import org.jspecify.annotations.NullMarked;
