package nl.gesprekswijzer.engine.facts;

import java.util.List;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.text.TextValue;

/**
 * A person cared for as the conditions of an entitlement name them: who, without the hours of
 * care ("een kind van 6", "een pasgeboren kind"), where {@link Care} reads with its hours. A rule
 * passes {@code $care.person()}.
 */
public record Person(Care care) implements TextValue {

  /** {@code value.Person.<RELATION>}, or {@code value.Person.NEWBORN} for a child not yet one. */
  @Override
  public String textKey() {
    return "value.Person." + phrase(care);
  }

  @Override
  public List<Object> textArgs() {
    return care.textArgs();
  }

  /** The phrase a person reads as: by relation, and a child under one as a newborn. */
  static String phrase(Care care) {
    return care.relation() == Relation.CHILD && care.childAge() == 0 ? "NEWBORN" : care.relation().name();
  }

  /**
   * Names the fact without its values: Drools prints every fact it inserts at DEBUG and TRACE,
   * and a fact holds a person's situation, so no log level can turn it into the log.
   */
  @Override
  public String toString() {
    return "Person[values withheld]";
  }
}
