package nl.gesprekswijzer.engine.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
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
 * Realistic requests with one thing broken, as the Java API can receive them (the HTTP layer
 * refuses most of these earlier, the engine must refuse them on its own too).
 */
public final class BrokenRequests {

  /** A request the contract refuses, and the field the refusal must name. */
  public record Broken(String what, AdviceRequest request, String field) {}

  private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

  /** Each breaks a valid request in one way; the second argument draws the bad value. */
  private static final List<BiFunction<AdviceRequest, Random, Broken>> BREAKERS =
      List.of(
          (r, random) -> broken("weekly hours not above 0", withEmployee(r, hours(random, "-1000", "0", "-0.01")),
              "employee.weeklyHours"),
          (r, random) -> broken("weekly hours above 60", withEmployee(r, hours(random, "60.01", "61", "1e9")),
              "employee.weeklyHours"),
          (r, random) -> broken("weekly hours with absurd precision",
              withEmployee(r, hours(random, "0.1e-999999999", "1e-21", "32." + "0".repeat(20) + "1")), "employee.weeklyHours"),
          (r, random) -> broken("care hours with absurd precision",
              withCare(r, care(Relation.PARENT, null, Situations.pick(random, "0.1e-999999999", "4e-21"), REFERENCE)),
              "caregiving[0].hoursPerWeek"),
          (r, random) -> broken("no weekly hours", withEmployee(r, null), "employee.weeklyHours"),
          (r, random) -> broken("employed after the reference date",
              with(r, new Employee(BigDecimal.TEN, REFERENCE.plusDays(1 + random.nextInt(10_000)))),
              "employee.employedSince"),
          (r, random) -> broken("employer size below 1",
              withEmployer(r, new Employer(-random.nextInt(Integer.MAX_VALUE), r.employer().cao())), "employer.size"),
          (r, random) -> broken("employer size above 10 million",
              withEmployer(r, new Employer(10_000_001 + random.nextInt(1000), r.employer().cao())), "employer.size"),
          (r, random) -> broken("no employer size", withEmployer(r, new Employer(null, null)), "employer.size"),
          (r, random) -> broken("a CAO code that is not kebab-case",
              withEmployer(r, new Employer(50, Situations.pick(random, "Sociaal Werk", "", "-", "a--b", "ünï", "x".repeat(41)))),
              "employer.cao"),
          (r, random) -> broken("an unknown CAO", withEmployer(r, new Employer(50, "no-such-cao-" + random.nextInt(1000))),
              "employer.cao"),
          (r, random) -> broken("an unknown language", language(r, Situations.pick(random, "de", "NL", "", "nl-NL")), "language"),
          (r, random) -> broken("no conversation", with(r, (Conversation) null), "conversation"),
          (r, random) -> broken("no conversation type", with(r, new Conversation(null, null)), "conversation.type"),
          (r, random) -> broken("a talk held after the reference date",
              with(r, new Conversation(ConversationType.CAREER, REFERENCE.plusDays(1 + random.nextInt(1000)))),
              "conversation.lastHeldOn"),
          (r, random) -> broken("no employee", with(r, (Employee) null), "employee"),
          (r, random) -> broken("no employer", withEmployer(r, null), "employer"),
          (r, random) -> broken("a child without an age", withCare(r, care(Relation.CHILD, null, "4", REFERENCE)),
              "caregiving[0].childAge"),
          (r, random) -> broken("an age for someone who is not a child",
              withCare(r, care(Situations.pick(random, Relation.PARTNER, Relation.PARENT, Relation.SOCIAL), 30, "4", REFERENCE)),
              "caregiving[0].childAge"),
          (r, random) -> broken("a child's age out of range",
              withCare(r, care(Relation.CHILD, random.nextBoolean() ? -1 - random.nextInt(100) : 121 + random.nextInt(100), "4", REFERENCE)),
              "caregiving[0].childAge"),
          (r, random) -> broken("care hours out of range",
              withCare(r, care(Relation.PARENT, null, Situations.pick(random, "-1", "168.5", "169", "1e6", "1e30", "99999999999999999999"), REFERENCE)),
              "caregiving[0].hoursPerWeek"),
          (r, random) -> broken("care hours in range but with absurd precision",
              withCare(r, care(Relation.PARENT, null, "4." + "0".repeat(20) + "1", REFERENCE)),
              "caregiving[0].hoursPerWeek"),
          (r, random) -> broken("care hours that add up to more than a week",
              withCareList(r, Collections.nCopies(2 + random.nextInt(19), care(Relation.PARENT, null, "168", REFERENCE))),
              "caregiving"),
          (r, random) -> broken("a reference date years after the newest figure",
              r.withReferenceDate(Situations.pick(random, LocalDate.of(2099, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.MAX)),
              "referenceDate"),
          (r, random) -> broken("care that starts after the reference date",
              withCare(r, care(Relation.PARENT, null, "4", REFERENCE.plusDays(1 + random.nextInt(1000)))),
              "caregiving[0].since"),
          (r, random) -> broken("care without a relation",
              withCare(r, new Caregiving(null, null, BigDecimal.ONE, REFERENCE, CareSituation.STABLE)), "caregiving[0].relation"),
          (r, random) -> broken("care without a situation",
              withCare(r, new Caregiving(Relation.PARENT, null, BigDecimal.ONE, REFERENCE, null)), "caregiving[0].situation"),
          (r, random) -> broken("care without hours",
              withCare(r, new Caregiving(Relation.PARENT, null, null, REFERENCE, CareSituation.STABLE)), "caregiving[0].hoursPerWeek"),
          (r, random) -> broken("care without a start", withCare(r, care(Relation.PARENT, null, "4", null)), "caregiving[0].since"),
          (r, random) -> broken("an empty entry in the care list", withCareList(r, Collections.singletonList(null)), "caregiving[0]"),
          (r, random) -> broken("more than 20 people cared for",
              withCareList(r, Collections.nCopies(21, care(Relation.PARENT, null, "1", REFERENCE))), "caregiving"),
          (r, random) -> broken("an empty wish", withWishes(r, Collections.singletonList(null)), "wishes[0]"),
          (r, random) -> broken("more than 20 wishes", withWishes(r, Collections.nCopies(21, Wish.LEAVE)), "wishes"),
          (r, random) -> broken("sickness without a first sick day", with(r, new Sickness(null, 50)), "sickness.firstSickDay"),
          (r, random) -> broken("sick from after the reference date",
              with(r, new Sickness(REFERENCE.plusDays(1 + random.nextInt(1000)), null)), "sickness.firstSickDay"),
          (r, random) -> broken("work capacity out of range",
              with(r, new Sickness(REFERENCE, random.nextBoolean() ? -1 - random.nextInt(1000) : 101 + random.nextInt(1000))),
              "sickness.workCapacityPercent"));

  private BrokenRequests() {}

  /** A realistic request on 2026-11-23 broken in one randomly chosen way. */
  public static Broken next(Random random) {
    AdviceRequest valid = Situations.next(random).withReferenceDate(REFERENCE);
    // Situations dates lie before its own reference date; move them before this one.
    AdviceRequest base = new AdviceRequest(
        REFERENCE, valid.language(), new Conversation(valid.conversation().type(), null),
        new Employee(valid.employee().weeklyHours(), REFERENCE.minusYears(3)), valid.employer(),
        List.of(), null, valid.wishes());
    return BREAKERS.get(random.nextInt(BREAKERS.size())).apply(base, random);
  }

  private static Broken broken(String what, AdviceRequest request, String field) {
    return new Broken(what, request, field);
  }

  private static BigDecimal hours(Random random, String... values) {
    return new BigDecimal(Situations.pick(random, values));
  }

  private static Caregiving care(Relation relation, Integer childAge, String hours, LocalDate since) {
    return new Caregiving(relation, childAge, new BigDecimal(hours), since, CareSituation.STABLE);
  }

  private static AdviceRequest withEmployee(AdviceRequest r, BigDecimal hours) {
    return with(r, new Employee(hours, r.employee().employedSince()));
  }

  private static AdviceRequest with(AdviceRequest r, Employee employee) {
    return new AdviceRequest(r.referenceDate(), r.language(), r.conversation(), employee, r.employer(), r.caregiving(),
        r.sickness(), r.wishes());
  }

  private static AdviceRequest withEmployer(AdviceRequest r, Employer employer) {
    return new AdviceRequest(r.referenceDate(), r.language(), r.conversation(), r.employee(), employer, r.caregiving(),
        r.sickness(), r.wishes());
  }

  private static AdviceRequest with(AdviceRequest r, Conversation conversation) {
    return new AdviceRequest(r.referenceDate(), r.language(), conversation, r.employee(), r.employer(), r.caregiving(),
        r.sickness(), r.wishes());
  }

  private static AdviceRequest with(AdviceRequest r, Sickness sickness) {
    return new AdviceRequest(r.referenceDate(), r.language(), r.conversation(), r.employee(), r.employer(), r.caregiving(),
        sickness, r.wishes());
  }

  private static AdviceRequest language(AdviceRequest r, String language) {
    return new AdviceRequest(r.referenceDate(), language, r.conversation(), r.employee(), r.employer(), r.caregiving(),
        r.sickness(), r.wishes());
  }

  private static AdviceRequest withCare(AdviceRequest r, Caregiving care) {
    return withCareList(r, new ArrayList<>(List.of(care)));
  }

  private static AdviceRequest withCareList(AdviceRequest r, List<Caregiving> caregiving) {
    return new AdviceRequest(r.referenceDate(), r.language(), r.conversation(), r.employee(), r.employer(), caregiving,
        r.sickness(), r.wishes());
  }

  private static AdviceRequest withWishes(AdviceRequest r, List<Wish> wishes) {
    return new AdviceRequest(r.referenceDate(), r.language(), r.conversation(), r.employee(), r.employer(), r.caregiving(),
        r.sickness(), wishes);
  }
}
