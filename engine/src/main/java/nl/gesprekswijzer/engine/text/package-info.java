/** The texts of the answer in Dutch and English, with their placeholders filled in. */
@NullMarked
package nl.gesprekswijzer.engine.text;

import org.jspecify.annotations.NullMarked;
