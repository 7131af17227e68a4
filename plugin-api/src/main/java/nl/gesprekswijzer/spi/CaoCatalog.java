package nl.gesprekswijzer.spi;

import java.util.List;

/**
 * A tenant's own CAO figures, on top of the rule set's CAO table. An HR platform whose customers
 * have agreements of their own (a company CAO, a local arrangement that improves on the sector's,
 * a CAO the default rule set does not know yet) implements this; the engine asks it for the tenant
 * of each advice.
 *
 * <p>How the figures combine with the table: on a day when the tenant has figures for a CAO and an
 * entitlement, they replace the table's row for that CAO and entitlement; on other days the table's
 * row applies. A CAO code the table does not know becomes known for that tenant only, on the days
 * the tenant has figures for it: another tenant naming it is refused as before. A tenant without
 * figures sees the table alone.
 *
 * <p>Called for every advice, on the thread that asks for it: answer from memory (a map the
 * platform refreshes when a tenant's agreements change), not from a slow store. Two figures of one
 * tenant for the same CAO and entitlement must not apply on the same day, and an entitlement of a
 * CAO's own ({@code CAO_…}) needs its texts in the rule set; the engine refuses figures that break
 * either, naming the tenant, the CAO and the entitlement.
 */
public interface CaoCatalog {

  /**
   * The tenant's CAO figures, every period together; empty when the tenant has none.
   *
   * @param tenant the tenant the advice is for, {@link AdviceEvent#DEFAULT_TENANT} in an
   *     application without tenants
   */
  List<CaoFigures> figures(String tenant);
}
