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

  /**
   * Evaluates the situation for one tenant of a platform that serves several: with the tenant's
   * own CAO figures ({@link nl.gesprekswijzer.spi.CaoCatalog}) on top of the rule set's, where the
   * engine has them. An engine without tenants answers as {@link #advise(AdviceRequest)}.
   *
   * @param tenant the tenant, {@link nl.gesprekswijzer.spi.AdviceEvent#DEFAULT_TENANT} where there
   *     are none
   * @throws InvalidRequestException when the request breaks the contract, or names a CAO that
   *     neither the rule set nor this tenant has figures for on the reference date
   */
  default AdviceResponse advise(AdviceRequest request, String tenant) {
    return advise(request);
  }

  /** The version of the rule set this engine evaluates with, as it appears in every response. */
  String rulesetVersion();
}
