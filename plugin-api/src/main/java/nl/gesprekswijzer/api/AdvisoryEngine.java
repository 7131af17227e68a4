package nl.gesprekswijzer.api;

/**
 * Turns an employee's situation into explained advice for one conversation.
 *
 * <p>Implementations are thread-safe: one instance serves every request of an application.
 */
public interface AdvisoryEngine {

  /**
   * Evaluates the situation against the rules in force on its reference date.
   *
   * @throws InvalidRequestException when the request breaks the contract; the exception names
   *     every offending field
   */
  AdviceResponse advise(AdviceRequest request);

  /** The version of the rule set this engine evaluates with, as it appears in every response. */
  String rulesetVersion();
}
