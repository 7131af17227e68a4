/**
 * What an HR platform <em>calls</em>: the advice request and response of the contract, and {@link
 * nl.gesprekswijzer.api.AdvisoryEngine}.
 *
 * <p>Stability: the names and meanings here follow {@code contract/README.md}. Within a major
 * version fields are only added, and only as optional (nullable) fields; nothing is renamed or
 * given another meaning.
 */
@NullMarked
package nl.gesprekswijzer.api;

import org.jspecify.annotations.NullMarked;
