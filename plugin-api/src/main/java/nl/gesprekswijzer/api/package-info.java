/**
 * What an HR platform <em>calls</em> and <em>receives</em>: the advice request and response of the
 * contract ({@link nl.gesprekswijzer.api.AdviceRequest}, {@link
 * nl.gesprekswijzer.api.AdviceResponse}), {@link nl.gesprekswijzer.api.AdvisoryEngine}, and the
 * refusal of a request that breaks the contract ({@link
 * nl.gesprekswijzer.api.InvalidRequestException}, naming every {@link
 * nl.gesprekswijzer.api.Violation}).
 *
 * <p>Stability, by the project's version number. The names and meanings follow {@code
 * contract/README.md} and {@code CONTRACT.md}. Within a major version a platform's code written
 * against an earlier minor version keeps compiling and keeps its meaning: a minor version only adds
 * optional (nullable) record components, each with a constructor without it, new constants at the
 * end of an enum, and methods with a default implementation; nothing is renamed, removed or given
 * another meaning. A platform therefore reads enums with a default branch. A patch version changes
 * no signature. Anything else waits for a major version, announced in the changelog one minor
 * version before.
 */
@NullMarked
package nl.gesprekswijzer.api;

import org.jspecify.annotations.NullMarked;
