package nl.gesprekswijzer.api;

/**
 * @param rule the rule's name in the rule files
 * @param because why it fired, in the answer's language
 */
public record Explanation(String rule, String because) {}
