/**
 * Dated parameters: every legal, CAO and policy figure, with its source and the date each value
 * applies from, read from the rule set's {@code parameters/*.yaml}.
 */
@NullMarked
package nl.gesprekswijzer.engine.parameters;

import org.jspecify.annotations.NullMarked;
