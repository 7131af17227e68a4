package nl.gesprekswijzer.api;

/**
 * One problem with a request.
 *
 * @param field the path of the offending field as it is written in JSON, for example {@code
 *     caregiving[0].childAge}
 * @param problem what is wrong with it, in English, for the developer of the integration
 */
public record Violation(String field, String problem) {}
