/**
 * Events out: a signed, dataless webhook after every advice ({@code gesprekswijzer.webhooks.*},
 * documented in {@code adapters/service/WEBHOOKS.md}). The advice only enqueues; one thread of its
 * own delivers, retries and, at shutdown, drains for a short while.
 */
@NullMarked
package nl.gesprekswijzer.service.webhooks;

import org.jspecify.annotations.NullMarked;
