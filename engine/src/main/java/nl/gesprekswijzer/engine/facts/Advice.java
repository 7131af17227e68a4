package nl.gesprekswijzer.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.PreparationItem.Phase;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The advice one evaluation collects: the {@code advice} global of every rule file.
 *
 * <p>Rules say <em>what</em> to advise by stable ids; the engine adds the texts in the answer's
 * language, sorts and removes duplicates afterwards. Every call names the rule through {@code
 * drools}, so that the answer can explain which rule put each piece of advice there and why:
 *
 * <pre>
 * then
 *     advice.because(drools, "hours", $care.hoursPerWeek());
 *     advice.agenda(drools, "CARE_SITUATION", 10);
 * </pre>
 *
 * <p>{@code drools} is typed {@code Object} because the rules reach it as two types: DRL compiled
 * at start-up passes Drools' {@code KnowledgeHelper}, the executable model precompiled at build
 * ({@code PrecompiledRuleBase}) its {@code Drools}. Both are a {@link RuleContext}, the only thing
 * used of it.
 *
 * <p>One instance per evaluation; not thread-safe, and it need not be.
 */
public final class Advice {

  /** One firing of one rule, with the values its explanation text may name. */
  public static final class Firing {
    private final String rule;
    private final List<Object> args = new ArrayList<>(4);

    Firing(String rule) {
      this.rule = rule;
    }

    public String rule() {
      return rule;
    }

    /** Alternating names and values, as the rule passed them to {@link Advice#because}. */
    public List<Object> args() {
      return args;
    }
  }

  public record AgendaEntry(Firing firing, String topic, int rank) {}

  public record SolutionEntry(Firing firing, String id, int rank, @Nullable String legalBasis) {}

  public record DeadlineEntry(Firing firing, String id, LocalDate dueDate, String legalBasis) {}

  public record FollowUpEntry(Firing firing, int weeks) {}

  public record TipEntry(Firing firing, String id, int rank) {}

  public record PreparationEntry(Firing firing, String id, Phase phase, int rank) {}

  public record WarningEntry(Firing firing, String id) {}

  /** An entitlement as a rule computes it; the rule fills in what applies. */
  public static final class EntitlementEntry {
    private final Firing firing;
    private final String id;
    private final String legalBasis;
    private boolean fromCao;
    private @Nullable String cao;
    private @Nullable BigDecimal maxHours;
    private @Nullable Integer periodMonths;
    private @Nullable Integer payPercent;
    private @Nullable LocalDate earliestStart;

    EntitlementEntry(Firing firing, String id, String legalBasis) {
      this.firing = firing;
      this.id = id;
      this.legalBasis = legalBasis;
    }

    public EntitlementEntry maxHours(BigDecimal hours) {
      this.maxHours = hours;
      return this;
    }

    public EntitlementEntry periodMonths(int months) {
      this.periodMonths = months;
      return this;
    }

    public EntitlementEntry payPercent(int percent) {
      this.payPercent = percent;
      return this;
    }

    public EntitlementEntry earliestStart(LocalDate date) {
      this.earliestStart = date;
      return this;
    }

    /** Marks the figures as coming from the employee's CAO rather than the law. */
    public EntitlementEntry fromCao() {
      this.fromCao = true;
      return this;
    }

    public Firing firing() {
      return firing;
    }

    public String id() {
      return id;
    }

    public String legalBasis() {
      return legalBasis;
    }

    public boolean isFromCao() {
      return fromCao;
    }

    /** The code of the CAO the figures come from, when a CAO row gave them. */
    public @Nullable String cao() {
      return cao;
    }

    public @Nullable BigDecimal maxHours() {
      return maxHours;
    }

    public @Nullable Integer periodMonths() {
      return periodMonths;
    }

    public @Nullable Integer payPercent() {
      return payPercent;
    }

    public @Nullable LocalDate earliestStart() {
      return earliestStart;
    }
  }

  private final List<Firing> firings = new ArrayList<>();
  private final List<AgendaEntry> agenda = new ArrayList<>();
  private final List<SolutionEntry> solutions = new ArrayList<>();
  private final List<EntitlementEntry> entitlements = new ArrayList<>();
  private final List<DeadlineEntry> deadlines = new ArrayList<>();
  private final List<FollowUpEntry> followUps = new ArrayList<>();
  private final List<TipEntry> tips = new ArrayList<>();
  private final List<PreparationEntry> preparation = new ArrayList<>();
  private final List<WarningEntry> warnings = new ArrayList<>();
  private @Nullable Match lastMatch;
  private @Nullable Firing lastFiring;

  /**
   * Records the values that explain this firing, as name-value pairs: {@code "hours", 14}. The
   * rule's explanation text (key {@code rule.<rule name>}) and the texts of its advice can name
   * them as {@code {hours}}.
   */
  public void because(Object drools, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "Rule " + context(drools).getRule().getName() + " passes an odd number of names and values");
    }
    List<Object> args = firing(drools).args;
    for (Object value : namesAndValues) {
      args.add(value);
    }
  }

  /** Puts a topic on the agenda; a lower rank comes first. */
  public void agenda(Object drools, String topic, int rank) {
    agenda.add(new AgendaEntry(firing(drools), topic, rank));
  }

  /** Proposes a solution direction; a lower rank comes first. */
  public void solution(Object drools, String id, int rank) {
    solutions.add(new SolutionEntry(firing(drools), id, rank, null));
  }

  /** Proposes a solution direction that rests on a law or CAO article. */
  public void solution(Object drools, String id, int rank, String legalBasis) {
    solutions.add(new SolutionEntry(firing(drools), id, rank, legalBasis));
  }

  /** Adds an entitlement; chain the figures that apply, e.g. {@code .maxHours(...)}. */
  public EntitlementEntry entitlement(Object drools, String id, String legalBasis) {
    EntitlementEntry entry = new EntitlementEntry(firing(drools), id, legalBasis);
    entitlements.add(entry);
    return entry;
  }

  /**
   * Adds the entitlement a row of the employee's CAO gives, with the row's figures, article and
   * CAO. Where the row carries a statutory id, its figures replace the law's in the answer.
   */
  public EntitlementEntry entitlementFromCao(Object drools, CaoProvision row, BigDecimal weeklyHours) {
    EntitlementEntry entry =
        entitlement(drools, row.entitlement(), row.legalBasis())
            .maxHours(row.maxHours(weeklyHours))
            .payPercent(row.payPercent())
            .fromCao();
    entry.cao = row.cao();
    if (row.periodMonths() != null) {
      entry.periodMonths(row.periodMonths());
    }
    return entry;
  }

  public void deadline(Object drools, String id, LocalDate dueDate, String legalBasis) {
    deadlines.add(new DeadlineEntry(firing(drools), id, dueDate, legalBasis));
  }

  /** Proposes a follow-up interval; of all proposals the shortest wins. */
  public void followUpWithin(Object drools, int weeks) {
    followUps.add(new FollowUpEntry(firing(drools), weeks));
  }

  /** Adds manager tips; a lower rank comes first, and tips of one call keep their order. */
  public void tips(Object drools, int rank, String... ids) {
    Firing firing = firing(drools);
    for (int i = 0; i < ids.length; i++) {
      tips.add(new TipEntry(firing, ids[i], rank + i));
    }
  }

  /** Adds items to the employee's checklist for one phase of the conversation. */
  public void prepare(Object drools, Phase phase, int rank, String... ids) {
    Firing firing = firing(drools);
    for (int i = 0; i < ids.length; i++) {
      preparation.add(new PreparationEntry(firing, ids[i], phase, rank + i));
    }
  }

  public void warn(Object drools, String id) {
    warnings.add(new WarningEntry(firing(drools), id));
  }

  /** The firing a call belongs to: calls from one firing of a rule follow one another. */
  private Firing firing(Object consequence) {
    RuleContext drools = context(consequence);
    Match match = drools.getMatch();
    if (match != lastMatch || lastFiring == null) {
      lastMatch = match;
      lastFiring = new Firing(drools.getRule().getName());
      firings.add(lastFiring);
    }
    return lastFiring;
  }

  private static RuleContext context(Object drools) {
    if (drools instanceof RuleContext context) {
      return context;
    }
    throw new IllegalArgumentException("Pass the rule's own 'drools' to advice, not " + drools);
  }

  public List<Firing> firings() {
    return firings;
  }

  public List<AgendaEntry> agenda() {
    return agenda;
  }

  public List<SolutionEntry> solutions() {
    return solutions;
  }

  public List<EntitlementEntry> entitlements() {
    return entitlements;
  }

  public List<DeadlineEntry> deadlines() {
    return deadlines;
  }

  public List<FollowUpEntry> followUps() {
    return followUps;
  }

  public List<TipEntry> tips() {
    return tips;
  }

  public List<PreparationEntry> preparation() {
    return preparation;
  }

  public List<WarningEntry> warnings() {
    return warnings;
  }
}
