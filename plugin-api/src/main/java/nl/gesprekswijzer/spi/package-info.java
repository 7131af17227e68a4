/**
 * What an HR platform <em>implements</em> to plug into Gesprekswijzer.
 *
 * <p>Stability: methods are only added with a default implementation within a major version.
 */
@NullMarked
package nl.gesprekswijzer.spi;

import org.jspecify.annotations.NullMarked;
