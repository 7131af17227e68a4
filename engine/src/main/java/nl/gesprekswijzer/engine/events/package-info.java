/**
 * Events an application sends after an advice, in the shape every way out shares (the service's
 * signed webhook, the Kafka adapter's advice topic): ids, dates and statuses, never the situation
 * and never a text.
 */
@NullMarked
package nl.gesprekswijzer.engine.events;

import org.jspecify.annotations.NullMarked;
