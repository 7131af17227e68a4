package nl.gesprekswijzer.engine.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Caregiving;
import nl.gesprekswijzer.api.Conversation;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Employee;
import nl.gesprekswijzer.api.Employer;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.api.Sickness;
import nl.gesprekswijzer.api.Wish;

/**
 * Random but realistic situations that the contract accepts: the shared source of requests for the
 * fuzz tests (engine and HTTP), the bulk run and the memory run. Every draw comes from the given
 * {@link Random}, so a seed reproduces a failing situation exactly.
 */
public final class Situations {

  /** The CAOs of the default rule set; each has figures on every date from {@link #EARLIEST}. */
  public static final List<String> CAOS = List.of("sociaal-werk", "gehandicaptenzorg", "ziekenhuizen", "banken");

  /** From here on every CAO of the default rule set is in force, so any CAO may be drawn. */
  public static final LocalDate EARLIEST = LocalDate.of(2023, 7, 1);

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private static final LocalDate LATEST = LocalDate.of(2028, 12, 31);

  private Situations() {}

  /** A realistic situation on a date from 2023-07-01 to 2028, or without a date (today). */
  public static AdviceRequest next(Random random) {
    // One in ten leaves the reference date out, so the engine takes today: then every other date
    // is drawn before yesterday, which stays in the past even if the day changes meanwhile.
    boolean today = random.nextInt(10) == 0;
    LocalDate reference = today ? LocalDate.now(DUTCH_TIME).minusDays(1) : dateBetween(random, EARLIEST, LATEST);
    AdviceRequest request = on(random, reference);
    return today ? request.withReferenceDate(null) : request;
  }

  /**
   * A realistic situation on any reference date, every other date on or before it; a CAO only from
   * {@link #EARLIEST}, when the default rule set knows them all.
   */
  public static AdviceRequest on(Random random, LocalDate reference) {
    ConversationType type = pick(random, ConversationType.values());
    boolean cao = !reference.isBefore(EARLIEST) && random.nextInt(3) == 0;
    return new AdviceRequest(
        reference,
        pick(random, new String[] {null, "nl", "en"}),
        new Conversation(type, random.nextBoolean() ? null : daysBefore(random, reference, 400)),
        new Employee(weeklyHours(random), daysBefore(random, reference, 40 * 365)),
        new Employer(employerSize(random), cao ? pick(random, CAOS.toArray(String[]::new)) : null),
        caregiving(random, reference, type),
        sickness(random, reference, type),
        wishes(random));
  }

  private static List<Caregiving> caregiving(Random random, LocalDate reference, ConversationType type) {
    // Care talks usually have someone to care for; the other talks usually do not.
    int carers = type == ConversationType.CARE_BALANCE ? random.nextInt(6) : random.nextInt(4) == 0 ? random.nextInt(6) : 0;
    List<Caregiving> list = new ArrayList<>();
    BigDecimal weekLeft = BigDecimal.valueOf(168); // all care together fits in a week
    for (int i = 0; i < carers; i++) {
      Relation relation = pick(random, Relation.values());
      BigDecimal hours = hours(random, random.nextInt(8) == 0 ? 168 : 40).min(weekLeft);
      weekLeft = weekLeft.subtract(hours);
      list.add(
          new Caregiving(
              relation,
              relation == Relation.CHILD ? random.nextInt(40) : null,
              hours,
              daysBefore(random, reference, 10 * 365),
              pick(random, CareSituation.values())));
    }
    return list;
  }

  private static Sickness sickness(Random random, LocalDate reference, ConversationType type) {
    boolean sick = type == ConversationType.SICK_LEAVE ? random.nextInt(8) != 0 : random.nextInt(6) == 0;
    if (!sick) {
      return null;
    }
    // Up to three years back: past the end of the 104 weeks of wage continuation.
    return new Sickness(daysBefore(random, reference, 3 * 365), random.nextBoolean() ? null : random.nextInt(101));
  }

  private static List<Wish> wishes(Random random) {
    Set<Wish> wishes = EnumSet.noneOf(Wish.class);
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      wishes.add(pick(random, Wish.values()));
    }
    return List.copyOf(wishes);
  }

  /** Mostly full-time and common part-time contracts, sometimes any quarter hour up to 60. */
  private static BigDecimal weeklyHours(Random random) {
    if (random.nextInt(4) == 0) {
      return BigDecimal.valueOf(1 + random.nextInt(240), 2).multiply(BigDecimal.valueOf(25));
    }
    return BigDecimal.valueOf(pick(random, new Integer[] {16, 20, 24, 28, 32, 36, 38, 40}));
  }

  /** Sizes around the thresholds that matter (10 employees for a flexible-work request). */
  private static int employerSize(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 1 + random.nextInt(20);
      case 1 -> 1 + random.nextInt(250);
      case 2 -> 1 + random.nextInt(10_000);
      default -> 1 + random.nextInt(10_000_000);
    };
  }

  /** Whole hours, or with a fraction, from 0 to {@code max}. */
  private static BigDecimal hours(Random random, int max) {
    return random.nextBoolean()
        ? BigDecimal.valueOf(random.nextInt(max + 1))
        : BigDecimal.valueOf(random.nextInt(max * 10 + 1), 1);
  }

  static LocalDate dateBetween(Random random, LocalDate from, LocalDate to) {
    return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
  }

  /** A date on or up to {@code maxDays} before {@code reference}. */
  static LocalDate daysBefore(Random random, LocalDate reference, int maxDays) {
    return reference.minusDays(random.nextInt(maxDays + 1));
  }

  @SafeVarargs
  static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
