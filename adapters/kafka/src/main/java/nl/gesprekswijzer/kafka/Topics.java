package nl.gesprekswijzer.kafka;

/**
 * The four topics, in one place.
 *
 * @param situations in: situation events, keyed {@code tenant/employeeRef}
 * @param advice out: one advice event per situation, keyed as the situation
 * @param deadlines out: {@code deadline.due} and {@code followup.due}, keyed {@code tenant/employeeRef}
 * @param deadLetters out: situations that got no advice, with the problem and without the situation
 */
record Topics(String situations, String advice, String deadlines, String deadLetters) {

  static final Topics DEFAULTS =
      new Topics(
          "gesprekswijzer.situations",
          "gesprekswijzer.advice",
          "gesprekswijzer.deadlines",
          "gesprekswijzer.dead-letters");
}
