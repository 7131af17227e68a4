/**
 * Where things are in a YAML file: the line of each key and value, so that a problem with a
 * parameter or a text points at the line its author wrote.
 */
@NullMarked
package nl.gesprekswijzer.engine.yaml;

import org.jspecify.annotations.NullMarked;
