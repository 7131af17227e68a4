/**
 * Personio's data as an advice request: {@link nl.gesprekswijzer.personio.PersonioSituationSource}
 * reads an employee's documents of Personio's public API (v1: the employee, the time-offs) and
 * builds the request; the rest is package-private. Which Personio field maps to which request
 * field is in the module's README.
 */
@NullMarked
package nl.gesprekswijzer.personio;

import org.jspecify.annotations.NullMarked;
