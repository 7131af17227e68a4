package nl.gesprekswijzer.example;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.spi.CaoCatalog;
import nl.gesprekswijzer.spi.CaoFigures;

/**
 * The CAO agreements of the example platform's customers that the default rule set does not have.
 * A real platform keeps them in its own store and refreshes this map when a customer's agreements
 * change; the engine asks for every advice, so the answer comes from memory.
 *
 * <ul>
 *   <li>{@value #ZORGWERK} improves on the Cao Sociaal Werk: twice the weekly hours of short-term
 *       care leave, at full pay, instead of the CAO's 1.4 times;
 *   <li>{@value #HOSPICE_NOORD} has a company CAO of its own, {@code hospice-noord}, with six times
 *       the weekly hours of paid palliative leave.
 * </ul>
 */
public final class ExampleCaoCatalog implements CaoCatalog {

  static final String ZORGWERK = "zorgwerk";
  static final String HOSPICE_NOORD = "hospice-noord";

  private static final LocalDate FROM_2026 = LocalDate.of(2026, 1, 1);

  private static final Map<String, List<CaoFigures>> FIGURES =
      Map.of(
          ZORGWERK,
          List.of(
              CaoFigures.timesWeeklyHours(
                      "sociaal-werk", "SHORT_TERM_CARE_LEAVE", FROM_2026, new BigDecimal("2"), 100,
                      "Zorgwerk huisregeling 2026, art. 4", "Zorgwerk intranet, huisregeling 2026")
                  .withPeriodMonths(12)
                  .forCare(
                      Set.of(Relation.PARTNER, Relation.CHILD, Relation.PARENT),
                      Set.of(CareSituation.SERIOUS_ILLNESS, CareSituation.PALLIATIVE))),
          HOSPICE_NOORD,
          List.of(
              CaoFigures.timesWeeklyHours(
                      "hospice-noord", "CAO_PALLIATIVE_LEAVE", FROM_2026, new BigDecimal("6"), 100,
                      "Bedrijfs-cao Hospice Noord 2026, art. 12", "hospice-noord.example/cao-2026.pdf")
                  .forCare(Set.of(Relation.PARTNER, Relation.PARENT, Relation.CHILD), Set.of(CareSituation.PALLIATIVE))));

  @Override
  public List<CaoFigures> figures(String tenant) {
    return FIGURES.getOrDefault(tenant, List.of());
  }
}
