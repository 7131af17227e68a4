package nl.gesprekswijzer.engine.text;

import java.util.List;

/**
 * A value from the situation that reads as a phrase of its own inside a text, such as a person
 * cared for ("een kind van 6 jaar, 14 uur per week"). A text that names such a value renders the
 * value's own text with the value's names and values; a list of them reads as an enumeration.
 */
public interface TextValue {

  /** The key of the phrase, for example {@code value.Care.CHILD}. */
  String textKey();

  /** Alternating names and values the phrase may name. */
  List<Object> textArgs();
}
