package nl.gesprekswijzer.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Explained advice for one conversation. Every list is present (possibly empty) and already in the
 * order to show it in.
 *
 * @param rulesetVersion the version of the rules that produced this advice
 * @param referenceDate the date the advice is for
 * @param agenda the suggested agenda, priority 1 first
 * @param entitlements the statutory and CAO entitlements computed for this employee
 * @param deadlines sick-leave deadlines, past ones included, earliest first
 * @param explanation every rule that fired, with the reason
 */
public record AdviceResponse(
    String rulesetVersion,
    LocalDate referenceDate,
    List<AgendaItem> agenda,
    List<Solution> solutions,
    List<Entitlement> entitlements,
    List<Deadline> deadlines,
    FollowUp followUp,
    List<ManagerTip> managerTips,
    List<PreparationItem> preparation,
    List<Warning> warnings,
    List<Explanation> explanation) {

  public AdviceResponse {
    agenda = List.copyOf(agenda);
    solutions = List.copyOf(solutions);
    entitlements = List.copyOf(entitlements);
    deadlines = List.copyOf(deadlines);
    managerTips = List.copyOf(managerTips);
    preparation = List.copyOf(preparation);
    warnings = List.copyOf(warnings);
    explanation = List.copyOf(explanation);
  }
}
