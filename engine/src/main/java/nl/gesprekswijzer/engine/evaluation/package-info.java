/**
 * Evaluating one request: validate it, turn it into facts, run the rules in a pooled session of its own and
 * assemble the answer with texts in the request's language.
 *
 * <p>{@link nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine} is the entry point; the rest
 * is package-private.
 */
@NullMarked
package nl.gesprekswijzer.engine.evaluation;

import org.jspecify.annotations.NullMarked;
