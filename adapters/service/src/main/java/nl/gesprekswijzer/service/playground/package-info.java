/**
 * The playground page for policy staff, {@code /playground}: static HTML and plain JavaScript that
 * post a situation to the same {@code POST /api/v1/advice} as HR platforms and show the answer.
 */
@NullMarked
package nl.gesprekswijzer.service.playground;

import org.jspecify.annotations.NullMarked;
