/**
 * Gesprekswijzer on Kafka Streams: situation events in, advice events out, and each employee's
 * Poortwachter deadlines and follow-up date watched until they are due.
 *
 * <p>{@link nl.gesprekswijzer.kafka.AdviceTopology#build} makes the whole topology from its
 * settings; {@link nl.gesprekswijzer.kafka.GesprekswijzerKafka} is the command that runs it with
 * health and metrics over HTTP. Keys decide ordering: every record is keyed {@code
 * tenant/employeeRef}, so one employee's situations are handled one after the other, on one
 * partition, by one task, which also owns that employee's watched dates.
 *
 * <p>Health data: nothing here logs a situation or an event value, at any level; dead letters carry
 * the problem, never the situation.
 */
@NullMarked
package nl.gesprekswijzer.kafka;

import org.jspecify.annotations.NullMarked;
