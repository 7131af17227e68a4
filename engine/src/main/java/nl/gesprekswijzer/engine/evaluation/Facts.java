package nl.gesprekswijzer.engine.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.engine.cao.CaoOverlay;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.facts.Care;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.facts.SickLeave;
import nl.gesprekswijzer.engine.facts.Situation;

/** Turns a valid request into the facts the rules match on. */
final class Facts {

  private Facts() {}

  /**
   * The parameters, the situation, every person cared for and the sickness. The rows of the
   * employee's CAO are inserted by the rules generated from the CAO table.
   */
  static List<Object> of(AdviceRequest request, Parameters parameters) {
    return of(request, parameters, CaoOverlay.none());
  }

  /**
   * The same, with the tenant's own figures for the employee's CAO in force on the reference date:
   * inserted here, and the table's rows for the same entitlements told to stand aside.
   */
  static List<Object> of(AdviceRequest request, Parameters parameters, CaoOverlay tenantCao) {
    LocalDate reference = request.referenceDate();
    List<Caregiving> caregiving = request.caregiving();
    String cao = request.employer().cao();
    List<CaoProvision> tenantRows = cao == null ? List.of() : tenantCao.provisions(cao, reference);
    List<Object> facts = new ArrayList<>(3 + caregiving.size() + tenantRows.size());
    facts.add(parameters);
    facts.add(situation(request, tenantRows));
    facts.addAll(tenantRows);
    for (int i = 0; i < caregiving.size(); i++) {
      Caregiving care = caregiving.get(i);
      facts.add(
          Care.of(
              i + 1,
              care.relation(),
              care.childAge() == null ? -1 : care.childAge(),
              care.hoursPerWeek(),
              care.since(),
              care.situation(),
              reference));
    }
    if (request.sickness() != null) {
      Integer capacity = request.sickness().workCapacityPercent();
      facts.add(
          SickLeave.of(request.sickness().firstSickDay(), capacity == null ? -1 : capacity, reference));
    }
    return facts;
  }

  private static Set<String> tenantEntitlements(List<CaoProvision> tenantRows) {
    if (tenantRows.isEmpty()) {
      return Set.of();
    }
    Set<String> ids = new HashSet<>();
    tenantRows.forEach(row -> ids.add(row.entitlement()));
    return ids;
  }

  private static Situation situation(AdviceRequest request, List<CaoProvision> tenantRows) {
    Set<Wish> wishes = request.wishes().isEmpty() ? Set.of() : EnumSet.copyOf(request.wishes());
    BigDecimal careHours =
        request.caregiving().stream().map(Caregiving::hoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Situation(
        request.referenceDate(),
        request.conversation().type(),
        request.conversation().lastHeldOn(),
        request.employee().weeklyHours(),
        request.employee().employedSince(),
        request.employer().size(),
        request.employer().cao(),
        wishes,
        request.caregiving().size(),
        careHours,
        tenantEntitlements(tenantRows));
  }
}
