package nl.gesprekswijzer.engine.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Detail;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Sickness;
import nl.gesprekswijzer.api.Wish;
import nl.gesprekswijzer.engine.cao.CaoTable;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import nl.gesprekswijzer.engine.parameters.Parameter;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;

/**
 * A deterministic spread of situations around every date the given rule sets name, to run against
 * each of them. The same rule sets and seed give the same situations, in the same order.
 *
 * <p>The reference dates are the day before and the day of every date a parameter value applies
 * from and every date the rows of a CAO change (a row starts, or the day after one ends), in any of
 * the rule sets, a day halfway between each two of those, and a year after the newest. Every date
 * gets the same number of situations, enough for the total asked for. On each date the situations
 * take turns through no CAO and every CAO known on that date (or starting or ending there) in any
 * of the rule sets, and within that through the four conversation types; the rest is drawn at
 * random from a generator seeded with the seed and the date: people cared for (none to three, every
 * relation and care situation, children of every age, 0 to 80 hours and starting from days to years
 * ago), sick leave in week 1 to 110 with its work capacity, contract hours, years of service,
 * employer sizes on both sides of 10, the previous talk, wishes, language and detail.
 *
 * <p>The CAO codes and the dates of their rows come from the compiled rule sets, not from a list
 * here: each day of the rule sets' range is asked which rows apply, so that whatever form the CAO
 * table takes, a code or a period added to it is in the spread.
 */
public final class SituationSpread {

  /** The number of situations {@code rules diff} generates unless told otherwise. */
  public static final int DEFAULT_SIZE = 10_000;

  /** The seed {@code rules diff} uses unless told otherwise. */
  public static final long DEFAULT_SEED = 11;

  /**
   * How many years after its newest figure a rule set still advises (CONTRACT.md): CAO rows are
   * looked for up to then. Without it, up to the longest horizon a rule set may set.
   */
  private static final String HORIZON_YEARS = "limits.reference-date-horizon-years";

  private static final int LONGEST_HORIZON_YEARS = 100;

  private static final ConversationType[] TYPES = ConversationType.values();
  private static final Relation[] RELATIONS = Relation.values();
  private static final CareSituation[] CARE_SITUATIONS = CareSituation.values();
  private static final Wish[] WISHES = Wish.values();
  private static final int[] EMPLOYER_SIZES = {1, 5, 9, 10, 11, 25, 49, 50, 240, 1_000, 50_000};
  private static final String[] WEEKLY_HOURS = {
    "4", "8", "12", "16", "20", "22.5", "24", "28", "32", "36", "38", "40", "60"
  };
  private static final Integer[] WORK_CAPACITY = {null, 0, 25, 50, 100};
  private static final int SICK_WEEKS = 110;

  private SituationSpread() {}

  /**
   * At least {@code size} situations for the rule sets, in order of reference date.
   *
   * @param ruleSets the rule sets the situations are for, e.g. the old and the new one
   */
  public static List<AdviceRequest> generate(Collection<RuleSet> ruleSets, long seed, int size) {
    Dates dates = Dates.of(ruleSets);
    List<LocalDate> referenceDates = dates.referenceDates();
    if (referenceDates.isEmpty() || size <= 0) {
      return List.of();
    }
    int perDate = (size + referenceDates.size() - 1) / referenceDates.size();
    List<AdviceRequest> situations = new ArrayList<>(perDate * referenceDates.size());
    for (LocalDate date : referenceDates) {
      List<@Nullable String> caos = new ArrayList<>();
      caos.add(null);
      caos.addAll(dates.caosFor(date));
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + date.toEpochDay());
      for (int i = 0; i < perDate; i++) {
        String cao = caos.get(i % caos.size());
        ConversationType type = TYPES[(i / caos.size()) % TYPES.length];
        situations.add(situation(date, type, cao, random.nextBoolean() ? "nl" : "en", random));
      }
    }
    return List.copyOf(situations);
  }

  /** The reference dates the spread uses for these rule sets, oldest first. */
  public static List<LocalDate> referenceDates(Collection<RuleSet> ruleSets) {
    return Dates.of(ruleSets).referenceDates();
  }

  private static AdviceRequest situation(
      LocalDate date,
      ConversationType type,
      @Nullable String cao,
      String language,
      SplittableRandom random) {
    List<Caregiving> caregiving = caregiving(date, type, random);
    Sickness sickness = sickness(date, type, random);
    LocalDate employedSince =
        date.minusDays(random.nextInt(4) == 0 ? random.nextInt(400) : random.nextInt(8_000));
    if (sickness != null && employedSince.isAfter(sickness.firstSickDay())) {
      employedSince = sickness.firstSickDay();
    }
    LocalDate lastHeldOn = random.nextInt(5) < 3 ? date.minusWeeks(1 + random.nextInt(60)) : null;
    List<Wish> wishes = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      Wish wish = WISHES[random.nextInt(WISHES.length)];
      if (!wishes.contains(wish)) {
        wishes.add(wish);
      }
    }
    return new AdviceRequest(
        date,
        language,
        new Conversation(type, lastHeldOn),
        new Employee(
            new BigDecimal(WEEKLY_HOURS[random.nextInt(WEEKLY_HOURS.length)]), employedSince),
        new Employer(EMPLOYER_SIZES[random.nextInt(EMPLOYER_SIZES.length)], cao),
        caregiving,
        sickness,
        wishes,
        random.nextInt(4) == 0 ? Detail.FULL : null);
  }

  private static List<Caregiving> caregiving(
      LocalDate date, ConversationType type, SplittableRandom random) {
    int draw = random.nextInt(20);
    int people =
        type == ConversationType.CARE_BALANCE
            ? (draw < 1 ? 0 : draw < 13 ? 1 : draw < 18 ? 2 : 3)
            : (draw < 12 ? 0 : draw < 18 ? 1 : 2);
    List<Caregiving> caregiving = new ArrayList<>();
    int hoursLeft = 168;
    for (int p = 0; p < people; p++) {
      Relation relation = RELATIONS[random.nextInt(RELATIONS.length)];
      Integer childAge =
          relation == Relation.CHILD ? (random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(25)) : null;
      int hours =
          Math.min(
              hoursLeft, random.nextInt(10) == 0 ? 40 + random.nextInt(41) : random.nextInt(41));
      hoursLeft -= hours;
      LocalDate since =
          date.minusDays(random.nextInt(3) == 0 ? random.nextInt(30) : random.nextInt(800));
      caregiving.add(
          new Caregiving(
              relation,
              childAge,
              BigDecimal.valueOf(hours),
              since,
              CARE_SITUATIONS[random.nextInt(CARE_SITUATIONS.length)]));
    }
    return caregiving;
  }

  private static @Nullable Sickness sickness(
      LocalDate date, ConversationType type, SplittableRandom random) {
    int percentSick =
        switch (type) {
          case SICK_LEAVE -> 100;
          case WELLBEING -> 30;
          default -> 15;
        };
    if (random.nextInt(100) >= percentSick) {
      return null;
    }
    int week = 1 + random.nextInt(SICK_WEEKS);
    LocalDate firstSickDay = date.minusDays(7L * (week - 1) + random.nextInt(7));
    return new Sickness(firstSickDay, WORK_CAPACITY[random.nextInt(WORK_CAPACITY.length)]);
  }

  /** The dates the rule sets name, and which CAOs apply or change on each. */
  private record Dates(
      NavigableSet<LocalDate> boundaries,
      List<CaoTable> tables,
      Map<String, Set<LocalDate>> caoChanges) {

    static Dates of(Collection<RuleSet> ruleSets) {
      NavigableSet<LocalDate> parameterDates = new TreeSet<>();
      for (RuleSet ruleSet : ruleSets) {
        for (Parameter parameter : ruleSet.parameters().all()) {
          parameter.values().forEach(value -> parameterDates.add(value.from()));
        }
      }
      NavigableSet<LocalDate> boundaries = new TreeSet<>(parameterDates);
      Map<String, Set<LocalDate>> caoChanges = new TreeMap<>();
      List<CaoTable> tables = ruleSets.stream().map(RuleSet::caos).toList();
      if (!parameterDates.isEmpty()) {
        for (RuleSet ruleSet : ruleSets) {
          LocalDate last =
              parameterDates
                  .last()
                  .plusYears(horizonYears(ruleSet, parameterDates.last()))
                  .plusDays(1);
          caoChanges(ruleSet.caos(), parameterDates.first().minusDays(1), last)
              .forEach(
                  (cao, days) ->
                      caoChanges.computeIfAbsent(cao, c -> new TreeSet<>()).addAll(days));
        }
      }
      caoChanges.values().forEach(boundaries::addAll);
      return new Dates(boundaries, tables, caoChanges);
    }

    private static int horizonYears(RuleSet ruleSet, LocalDate newest) {
      return ruleSet.parameters().all().stream()
          .filter(parameter -> parameter.name().equals(HORIZON_YEARS))
          .map(parameter -> parameter.valueOn(newest))
          .filter(BigDecimal.class::isInstance)
          .map(value -> ((BigDecimal) value).intValue())
          .filter(years -> years >= 0 && years <= LONGEST_HORIZON_YEARS)
          .findFirst()
          .orElse(LONGEST_HORIZON_YEARS);
    }

    /**
     * The days on which the rows of each CAO in force differ from the day before: where a row
     * starts, and the day after one ends. Asked day by day, of the table's own answer.
     */
    private static Map<String, Set<LocalDate>> caoChanges(
        CaoTable table, LocalDate from, LocalDate to) {
      Map<String, Set<LocalDate>> changes = new TreeMap<>();
      Map<String, List<CaoProvision>> previous = new HashMap<>();
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        Set<String> codes = new TreeSet<>(previous.keySet());
        codes.addAll(table.codesOn(day));
        for (String cao : codes) {
          List<CaoProvision> rows = table.provisions(cao, day);
          List<CaoProvision> before = previous.put(cao, rows);
          if (!Objects.equals(before == null ? List.of() : before, rows) && !day.equals(from)) {
            changes.computeIfAbsent(cao, c -> new TreeSet<>()).add(day);
          }
        }
      }
      return changes;
    }

    /** Both sides of every date, a day halfway between each two, and a year after the newest. */
    List<LocalDate> referenceDates() {
      NavigableSet<LocalDate> dates = new TreeSet<>();
      LocalDate previous = null;
      for (LocalDate date : boundaries) {
        dates.add(date.minusDays(1));
        dates.add(date);
        if (previous != null && date.toEpochDay() - previous.toEpochDay() > 2) {
          dates.add(LocalDate.ofEpochDay((previous.toEpochDay() + date.toEpochDay()) / 2));
        }
        previous = date;
      }
      if (previous != null) {
        dates.add(previous.plusYears(1));
      }
      return List.copyOf(dates);
    }

    /**
     * The CAOs to try on a date: those of any rule set in force on it, and those whose rows change
     * on it or the day after, so that each side of a CAO's dates is tried with that CAO.
     */
    List<String> caosFor(LocalDate date) {
      Set<String> codes = new TreeSet<>();
      tables.forEach(table -> codes.addAll(table.codesOn(date)));
      caoChanges.forEach(
          (cao, days) -> {
            if (days.contains(date) || days.contains(date.plusDays(1))) {
              codes.add(cao);
            }
          });
      return List.copyOf(codes);
    }
  }
}
