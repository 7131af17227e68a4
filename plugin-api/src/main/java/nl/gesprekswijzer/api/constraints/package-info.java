/** Constraints that span several fields of a request. Public only because Bean Validation instantiates them. */
@NullMarked
package nl.gesprekswijzer.api.constraints;

import org.jspecify.annotations.NullMarked;
