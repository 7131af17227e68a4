package nl.gesprekswijzer.engine.evaluation;

import static nl.gesprekswijzer.engine.text.TextKeys.AGENDA_TITLE;
import static nl.gesprekswijzer.engine.text.TextKeys.AGENDA_WHY;
import static nl.gesprekswijzer.engine.text.TextKeys.DEADLINE_TITLE;
import static nl.gesprekswijzer.engine.text.TextKeys.ENTITLEMENT_CAO_CONDITIONS;
import static nl.gesprekswijzer.engine.text.TextKeys.ENTITLEMENT_CONDITIONS;
import static nl.gesprekswijzer.engine.text.TextKeys.ENTITLEMENT_TITLE;
import static nl.gesprekswijzer.engine.text.TextKeys.FOLLOW_UP_BEFORE_DEADLINE;
import static nl.gesprekswijzer.engine.text.TextKeys.PREPARATION;
import static nl.gesprekswijzer.engine.text.TextKeys.RULE;
import static nl.gesprekswijzer.engine.text.TextKeys.SOLUTION_DESCRIPTION;
import static nl.gesprekswijzer.engine.text.TextKeys.SOLUTION_TITLE;
import static nl.gesprekswijzer.engine.text.TextKeys.TIP;
import static nl.gesprekswijzer.engine.text.TextKeys.WARNING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.Explanation;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.api.ManagerTip;
import nl.gesprekswijzer.api.PreparationItem;
import nl.gesprekswijzer.api.Solution;
import nl.gesprekswijzer.api.Warning;
import nl.gesprekswijzer.engine.facts.Advice;
import nl.gesprekswijzer.engine.facts.Advice.Firing;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.facts.Parameters;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.text.TextCatalog;
import org.jspecify.annotations.Nullable;

/**
 * Turns the advice the rules collected into the answer: texts in the request's language, one
 * entry per id, everything in the order to show it in. Ordering and texts live here, not in the
 * rules, so that rules stay independent of each other and cheap to evaluate.
 *
 * <p>Unless the request asks for {@code detail: FULL}, the agenda, the manager tips and the
 * preparation are cut to the sizes the rule set's parameters give (the most important by rank),
 * so that a platform can show the answer as it comes. The agenda always keeps its last item, the
 * close of the talk.
 */
final class ResponseAssembler {

  /** Parameters the answer's shape reads, with the value used when a rule set has none. */
  static final String MAX_AGENDA_ITEMS = "answer.max-agenda-items";

  static final String MAX_MANAGER_TIPS = "answer.max-manager-tips";
  static final String MAX_PREPARATION_ITEMS = "answer.max-preparation-items";
  static final String DUE_SOON_DAYS = "deadlines.due-soon-days";
  private static final int DEFAULT_AGENDA_ITEMS = 8;
  private static final int DEFAULT_MANAGER_TIPS = 6;
  private static final int DEFAULT_PREPARATION_ITEMS = 10;
  private static final int DEFAULT_DUE_SOON_DAYS = 14;

  /** The contract's statutory entitlements in the order people read them; CAO-only ones follow. */
  private static final List<String> ENTITLEMENT_ORDER =
      List.of(
          "CALAMITY_LEAVE",
          "SHORT_TERM_CARE_LEAVE",
          "LONG_TERM_CARE_LEAVE",
          "PARENTAL_LEAVE",
          "BIRTH_LEAVE",
          "ADDITIONAL_BIRTH_LEAVE",
          "FLEXIBLE_WORK_REQUEST");

  private final RuleSet ruleSet;
  private final TextCatalog texts;
  private final String language;
  private final Parameters parameters;
  // A firing explains both itself and the agenda items and follow-up it proposed: render it once.
  private final Map<Firing, String> reasons = new IdentityHashMap<>();

  ResponseAssembler(RuleSet ruleSet, String language, Parameters parameters) {
    this.ruleSet = ruleSet;
    this.texts = ruleSet.texts();
    this.language = language;
    this.parameters = parameters;
  }

  AdviceResponse assemble(AdviceRequest request, Advice advice) {
    boolean full = request.wantsFullDetail();
    List<Deadline> deadlines = deadlines(request.referenceDate(), advice);
    return new AdviceResponse(
        ruleSet.version(),
        request.referenceDate(),
        agenda(advice, full ? Integer.MAX_VALUE : limit(MAX_AGENDA_ITEMS, DEFAULT_AGENDA_ITEMS)),
        solutions(advice),
        entitlements(advice),
        deadlines,
        followUp(request.referenceDate(), advice, deadlines),
        tips(advice, full ? Integer.MAX_VALUE : limit(MAX_MANAGER_TIPS, DEFAULT_MANAGER_TIPS)),
        preparation(advice, full ? Integer.MAX_VALUE : limit(MAX_PREPARATION_ITEMS, DEFAULT_PREPARATION_ITEMS)),
        warnings(advice),
        explanation(advice));
  }

  /** A size or period from the rule set's parameters, or the documented default without one. */
  private int limit(String parameter, int otherwise) {
    int value = parameters.whole(parameter);
    return value > 0 ? value : otherwise;
  }

  private List<AgendaItem> agenda(Advice advice, int max) {
    List<Advice.AgendaEntry> entries =
        firstOfEach(
            advice.agenda().stream()
                .sorted(Comparator.comparingInt(Advice.AgendaEntry::rank).thenComparing(Advice.AgendaEntry::topic))
                .toList(),
            Advice.AgendaEntry::topic);
    if (entries.size() > max) {
      // The most important topics by rank, and the close of the talk, which ranks last.
      Advice.AgendaEntry close = entries.get(entries.size() - 1);
      entries = new ArrayList<>(entries.subList(0, max - 1));
      entries.add(close);
    }
    List<AgendaItem> agenda = new ArrayList<>(entries.size());
    for (Advice.AgendaEntry entry : entries) {
      agenda.add(
          new AgendaItem(
              entry.topic(),
              texts.render(key(AGENDA_TITLE, entry.topic()), language),
              agenda.size() + 1,
              why(entry)));
    }
    return agenda;
  }

  /** The topic's own why, about the situation; the rule's explanation where a topic has none. */
  private String why(Advice.AgendaEntry entry) {
    String key = key(AGENDA_WHY, entry.topic());
    return texts.contains(key) ? texts.render(key, language, entry.firing().args()) : because(entry.firing());
  }

  private List<Solution> solutions(Advice advice) {
    // A solution several rules propose appears once, at the most important rank any rule gave it,
    // with a legal basis if any rule gave one: the order does not depend on which rule fired first.
    Map<String, Advice.SolutionEntry> byId = new LinkedHashMap<>();
    for (Advice.SolutionEntry entry : advice.solutions()) {
      byId.merge(
          entry.id(),
          entry,
          (first, next) -> {
            Advice.SolutionEntry kept = first.legalBasis() == null ? next : first;
            int rank = Math.min(first.rank(), next.rank());
            return rank == kept.rank()
                ? kept
                : new Advice.SolutionEntry(kept.firing(), kept.id(), rank, kept.legalBasis());
          });
    }
    return byId.values().stream()
        .sorted(Comparator.comparingInt(Advice.SolutionEntry::rank).thenComparing(Advice.SolutionEntry::id))
        .map(
            entry ->
                new Solution(
                    entry.id(),
                    texts.render(key(SOLUTION_TITLE, entry.id()), language),
                    texts.render(key(SOLUTION_DESCRIPTION, entry.id()), language, entry.firing().args()),
                    entry.legalBasis()))
        .toList();
  }

  private List<Entitlement> entitlements(Advice advice) {
    // Where a CAO replaces a statutory entitlement, the CAO's figures win.
    Map<String, Advice.EntitlementEntry> byId = new LinkedHashMap<>();
    for (Advice.EntitlementEntry entry : advice.entitlements()) {
      byId.merge(entry.id(), entry, (first, next) -> next.isFromCao() && !first.isFromCao() ? next : first);
    }
    return byId.values().stream()
        .sorted(Comparator.comparingInt(ResponseAssembler::entitlementOrder).thenComparing(Advice.EntitlementEntry::id))
        .map(this::entitlement)
        .toList();
  }

  private static int entitlementOrder(Advice.EntitlementEntry entry) {
    int index = ENTITLEMENT_ORDER.indexOf(entry.id());
    return index < 0 ? ENTITLEMENT_ORDER.size() : index;
  }

  private Entitlement entitlement(Advice.EntitlementEntry entry) {
    BigDecimal hours = entry.maxHours() == null ? null : hours(entry.maxHours());
    List<Object> args = new ArrayList<>(entry.firing().args());
    args.addAll(
        List.of(
            "maxHours", hours == null ? "" : hours,
            "payPercent", entry.payPercent() == null ? "" : entry.payPercent(),
            "periodMonths", entry.periodMonths() == null ? "" : entry.periodMonths(),
            "earliestStart", entry.earliestStart() == null ? "" : entry.earliestStart(),
            "cao", entry.cao() == null ? "" : entry.cao()));
    // A statutory entitlement under a CAO needs words of its own: the law's conditions would state
    // the law's figures. An entitlement only a CAO has is always worded for the CAO.
    boolean replacesTheLaw = entry.isFromCao() && !CaoProvision.isCaoOnly(entry.id());
    String conditions = key(replacesTheLaw ? ENTITLEMENT_CAO_CONDITIONS : ENTITLEMENT_CONDITIONS, entry.id());
    return new Entitlement(
        entry.id(),
        texts.render(key(ENTITLEMENT_TITLE, entry.id()), language),
        hours,
        entry.periodMonths(),
        entry.payPercent(),
        entry.isFromCao() ? Entitlement.Source.CAO : Entitlement.Source.LAW,
        texts.render(conditions, language, args),
        entry.legalBasis(),
        entry.earliestStart());
  }

  /** Hours as people write them: whole where whole, otherwise to two decimals. */
  private static BigDecimal hours(BigDecimal hours) {
    BigDecimal rounded = hours.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  private List<Deadline> deadlines(LocalDate reference, Advice advice) {
    int days = parameters.whole(DUE_SOON_DAYS);
    LocalDate soon = reference.plusDays(days >= 0 ? days : DEFAULT_DUE_SOON_DAYS);
    return firstOfEach(advice.deadlines(), Advice.DeadlineEntry::id).stream()
        .sorted(Comparator.comparing(Advice.DeadlineEntry::dueDate).thenComparing(Advice.DeadlineEntry::id))
        .map(
            entry ->
                new Deadline(
                    entry.id(),
                    texts.render(key(DEADLINE_TITLE, entry.id()), language),
                    entry.dueDate(),
                    entry.legalBasis(),
                    status(entry.dueDate(), reference, soon)))
        .toList();
  }

  /** Passed before the reference date; due soon from it up to and including {@code soon}. */
  static Deadline.Status status(LocalDate due, LocalDate reference, LocalDate soon) {
    if (due.isBefore(reference)) {
      return Deadline.Status.PASSED;
    }
    return due.isAfter(soon) ? Deadline.Status.UPCOMING : Deadline.Status.DUE_SOON;
  }

  /**
   * The shortest interval any rule proposes, and the talk falls before the next deadline when that
   * comes sooner.
   */
  private FollowUp followUp(LocalDate reference, Advice advice, List<Deadline> deadlines) {
    Advice.FollowUpEntry shortest =
        advice.followUps().stream()
            .min(Comparator.comparingInt(Advice.FollowUpEntry::weeks))
            .orElseThrow(() -> new IllegalStateException("No rule proposed a follow-up for this situation"));
    LocalDate next = reference.plusWeeks(shortest.weeks());
    String why = because(shortest.firing());
    for (Deadline deadline : deadlines) {
      if (deadline.dueDate().isAfter(reference)) {
        if (deadline.dueDate().isBefore(next)) {
          next = deadline.dueDate();
          why =
              why + " "
                  + texts.render(
                      FOLLOW_UP_BEFORE_DEADLINE,
                      language,
                      List.of("deadline", deadline.title(), "dueDate", deadline.dueDate()));
        }
        break;
      }
    }
    return new FollowUp(shortest.weeks(), next, why);
  }

  private List<ManagerTip> tips(Advice advice, int max) {
    return firstOfEach(
            advice.tips().stream().sorted(Comparator.comparingInt(Advice.TipEntry::rank)).toList(),
            Advice.TipEntry::id)
        .stream()
        .limit(max)
        .map(tip -> new ManagerTip(tip.id(), texts.render(key(TIP, tip.id()), language, tip.firing().args())))
        .toList();
  }

  /** The most important items by rank, whatever their phase, shown before, during and after. */
  private List<PreparationItem> preparation(Advice advice, int max) {
    return firstOfEach(
            advice.preparation().stream()
                .sorted(
                    Comparator.comparingInt(Advice.PreparationEntry::rank)
                        .thenComparing(Advice.PreparationEntry::phase))
                .toList(),
            Advice.PreparationEntry::id)
        .stream()
        .limit(max)
        .sorted(
            Comparator.comparing(Advice.PreparationEntry::phase).thenComparingInt(Advice.PreparationEntry::rank))
        .map(
            item ->
                new PreparationItem(
                    item.id(),
                    item.phase(),
                    texts.render(key(PREPARATION, item.id()), language, item.firing().args())))
        .toList();
  }

  private List<Warning> warnings(Advice advice) {
    return firstOfEach(advice.warnings(), Advice.WarningEntry::id).stream()
        .sorted(Comparator.comparing(Advice.WarningEntry::id))
        .map(w -> new Warning(w.id(), texts.render(key(WARNING, w.id()), language, w.firing().args())))
        .toList();
  }

  /**
   * One entry per rule and reason, with the legal basis of what that rule added. Firings of one
   * rule are adjacent once sorted, so a duplicate is sought among them only, rather than hashing
   * every reason's whole text.
   */
  private List<Explanation> explanation(Advice advice) {
    Map<Firing, Set<String>> legalBases = legalBases(advice);
    List<Firing> firings = new ArrayList<>(advice.firings());
    firings.sort(Comparator.comparing(Firing::rule));
    List<String> rules = new ArrayList<>(firings.size());
    List<String> whys = new ArrayList<>(firings.size());
    List<Set<String>> bases = new ArrayList<>(firings.size());
    int ofRule = 0;
    for (Firing firing : firings) {
      if (!rules.isEmpty() && !rules.get(rules.size() - 1).equals(firing.rule())) {
        ofRule = rules.size();
      }
      String reason = because(firing);
      int seen = -1;
      for (int i = ofRule; i < rules.size() && seen < 0; i++) {
        seen = whys.get(i).equals(reason) ? i : -1;
      }
      Set<String> basis = legalBases.getOrDefault(firing, Set.of());
      if (seen < 0) {
        rules.add(firing.rule());
        whys.add(reason);
        bases.add(new LinkedHashSet<>(basis));
      } else {
        bases.get(seen).addAll(basis);
      }
    }
    List<Explanation> explanation = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      Set<String> basis = bases.get(i);
      explanation.add(
          new Explanation(
              rules.get(i), whys.get(i), basis.isEmpty() ? null : String.join("; ", basis)));
    }
    return List.copyOf(explanation);
  }

  /** The legal basis of each solution, entitlement and deadline, by the firing that added it. */
  private static Map<Firing, Set<String>> legalBases(Advice advice) {
    Map<Firing, Set<String>> bases = new IdentityHashMap<>();
    for (Advice.SolutionEntry solution : advice.solutions()) {
      addBasis(bases, solution.firing(), solution.legalBasis());
    }
    for (Advice.EntitlementEntry entitlement : advice.entitlements()) {
      addBasis(bases, entitlement.firing(), entitlement.legalBasis());
    }
    for (Advice.DeadlineEntry deadline : advice.deadlines()) {
      addBasis(bases, deadline.firing(), deadline.legalBasis());
    }
    return bases;
  }

  private static void addBasis(Map<Firing, Set<String>> bases, Firing firing, @Nullable String basis) {
    if (basis != null && !basis.isBlank()) {
      bases.computeIfAbsent(firing, f -> new LinkedHashSet<>()).add(basis);
    }
  }

  private String key(String pattern, String id) {
    return texts.key(pattern, id);
  }

  private String because(Firing firing) {
    String reason = reasons.get(firing);
    if (reason == null) {
      reason = texts.render(key(RULE, firing.rule()), language, firing.args());
      reasons.put(firing, reason);
    }
    return reason;
  }

  private static <T> List<T> firstOfEach(List<T> entries, Function<T, String> id) {
    Map<String, T> first = new LinkedHashMap<>();
    for (T entry : entries) {
      first.putIfAbsent(id.apply(entry), entry);
    }
    return new ArrayList<>(first.values());
  }
}
