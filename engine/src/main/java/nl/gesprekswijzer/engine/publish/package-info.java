/**
 * The rule set an application serves and how policy staff publish a new one without a restart:
 * the embedded default, or a rules folder that is checked (compiled, every scenario run, every rule
 * firing in one) when it is read and again after each change, which replaces the rule set in service
 * only when it passes ({@link nl.gesprekswijzer.engine.publish.PublishedRules}). A change that fails
 * is refused with the file and line of each problem, and the rule set in service stays.
 *
 * <p>Plain Java: the service and the Kafka Streams adapter each keep one {@code PublishedRules}
 * (per tenant with a folder of its own), so every instance pointed at the same folder publishes the
 * same change.
 */
@NullMarked
package nl.gesprekswijzer.engine.publish;

import org.jspecify.annotations.NullMarked;
