package nl.gesprekswijzer.service.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the OpenAPI schemas of the contract's records say beyond their types: the meaning of every
 * field (from {@code shared/contract/README.md} and {@code CONTRACT.md}), which fields an answer
 * always has, and that a request's unknown fields are refused.
 *
 * <p>Kept here rather than as annotations on the records because {@code plugin-api} depends on no
 * documentation library. Every entry names a schema and a property the generator found; {@link
 * #apply} fails on one it does not find, so a renamed field cannot leave a stale description
 * behind (the OpenAPI test builds the document).
 */
final class ContractSchemas {

  /** The request's schemas: a field not in the contract is refused, so none is allowed here. */
  private static final Set<String> REQUEST_SCHEMAS =
      Set.of("AdviceRequest", "Conversation", "Employee", "Employer", "Caregiving", "Sickness");

  private static final String DATE = " (yyyy-mm-dd)";

  /** {@code Schema} or {@code Schema.property}: its description. */
  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(
              "AdviceRequest",
              "An employee's situation, as far as it matters for the conversation with their"
                  + " manager. There is deliberately no field for a diagnosis, symptoms,"
                  + " medication or the nature of an illness: an employer may not register"
                  + " those, and a request that carries such a field, or any unknown field, is"
                  + " refused."),
          Map.entry(
              "AdviceRequest.referenceDate",
              "The date the advice is for" + DATE + "; laws and parameters in force on that date"
                  + " apply. Default: today in Europe/Amsterdam. Refused beyond the last date the"
                  + " rule set can advise on."),
          Map.entry(
              "AdviceRequest.language",
              "The language of every text in the answer. Default: the best of `nl` and `en` by"
                  + " the request's `Accept-Language` header, otherwise `nl`."),
          Map.entry("AdviceRequest.conversation", "The conversation the advice is for."),
          Map.entry("AdviceRequest.employee", "The employee's contract."),
          Map.entry("AdviceRequest.employer", "The employer."),
          Map.entry(
              "AdviceRequest.caregiving",
              "One entry per person the employee cares for; their `hoursPerWeek` add up to at"
                  + " most 168."),
          Map.entry(
              "AdviceRequest.sickness",
              "Present when the employee is (partly) absent through illness; without any field"
                  + " for the nature of the illness."),
          Map.entry(
              "AdviceRequest.wishes", "What the employee would like to discuss or change."),
          Map.entry(
              "AdviceRequest.detail",
              "An addition to the contract. `STANDARD` (default): the agenda has at most 8"
                  + " items, `managerTips` at most 6, `preparation` at most 10, the most"
                  + " important by rank. `FULL`: every list complete."),
          Map.entry(
              "AdviceRequest.employeeRef",
              "An addition to the contract: the platform's own reference of the employee, opaque"
                  + " (1 to 64 of A-Z a-z 0-9 . _ : -), never interpreted or logged; only passed on"
                  + " in events (the webhook) and the calendar event's id."),
          Map.entry("Conversation", "The conversation the advice is for."),
          Map.entry(
              "Conversation.type",
              "`CARE_BALANCE` (work and informal care), `SICK_LEAVE` (absence and"
                  + " re-integration), `WELLBEING` (the regular \"how are you doing?\" talk),"
                  + " `CAREER` (work, development and career)."),
          Map.entry("Conversation.lastHeldOn", "The date of the previous talk of this kind" + DATE + "."),
          Map.entry("Employee", "The employee's contract."),
          Map.entry(
              "Employee.weeklyHours",
              "Contractual hours per week: more than 0 and at most 60, at most 20 decimals."),
          Map.entry(
              "Employee.employedSince",
              "The start date of the employment" + DATE + ", not after `referenceDate`."),
          Map.entry("Employer", "The employer."),
          Map.entry("Employer.size", "The number of employees of the employer, at least 1."),
          Map.entry(
              "Employer.cao",
              "The code of the collective labour agreement that applies: the CAO's name in"
                  + " lower-case kebab-case (`sociaal-werk`, `gehandicaptenzorg`, `ziekenhuizen`,"
                  + " `banken`). An unknown code is refused, not ignored."),
          Map.entry("Caregiving", "One person the employee cares for."),
          Map.entry(
              "Caregiving.relation",
              "How the person relates to the employee: `OTHER_FAMILY` such as a brother, sister"
                  + " or grandparent; `SOCIAL` a friend or neighbour."),
          Map.entry(
              "Caregiving.childAge",
              "Age in whole years; required when `relation` is `CHILD`, refused otherwise."),
          Map.entry(
              "Caregiving.hoursPerWeek", "Hours of care per week, 0 to 168, at most 20 decimals."),
          Map.entry("Caregiving.since", "The date the care started" + DATE + "."),
          Map.entry(
              "Caregiving.situation",
              "The course of the care: `PALLIATIVE` is terminal care, `EMERGENCY` sudden and"
                  + " unforeseen."),
          Map.entry("Sickness", "The absence through illness, without its nature."),
          Map.entry(
              "Sickness.firstSickDay",
              "The first day of absence" + DATE + ": day 1 of week 1. Absences less than four"
                  + " weeks apart count as one period: send the first day of the combined"
                  + " period."),
          Map.entry(
              "Sickness.workCapacityPercent",
              "The share of the contractual work the employee can do, 0 to 100."),
          Map.entry(
              "AdviceResponse",
              "Explained advice for one conversation. Every list is present, possibly empty, and"
                  + " in the order to show it in."),
          Map.entry(
              "AdviceResponse.rulesetVersion",
              "The version of the rule set that gave this advice: manifest version and content"
                  + " hash."),
          Map.entry("AdviceResponse.referenceDate", "The date the advice is for" + DATE + "."),
          Map.entry(
              "AdviceResponse.agenda",
              "The suggested agenda, priority 1 first. For manager and employee together."),
          Map.entry(
              "AdviceResponse.solutions",
              "Directions to look for a solution in. For manager and employee together."),
          Map.entry(
              "AdviceResponse.entitlements",
              "The statutory and CAO entitlements, computed for this employee."),
          Map.entry(
              "AdviceResponse.deadlines",
              "For sick leave: all seven Poortwachter deadlines, past ones included, each with"
                  + " its due date."),
          Map.entry("AdviceResponse.followUp", "When to talk again."),
          Map.entry(
              "AdviceResponse.managerTips",
              "Tips for the manager, tailored to the situation; they address the manager."),
          Map.entry(
              "AdviceResponse.preparation",
              "The employee's checklist, by phase of the talk; it addresses the employee."),
          Map.entry(
              "AdviceResponse.warnings",
              "What the manager must not miss; they address the manager."),
          Map.entry(
              "AdviceResponse.explanation",
              "Every rule that fired, by its name in the rule files, with the reason in the"
                  + " answer's language. For policy staff."),
          Map.entry("AgendaItem", "A topic for the talk."),
          Map.entry(
              "AgendaItem.topic",
              "A stable identifier of the topic, such as `CARE_SITUATION`; every talk has"
                  + " `OPENING` and `CLOSING`, and `REVIEW_AGREEMENTS` when `lastHeldOn` is"
                  + " given."),
          Map.entry("AgendaItem.title", "The topic in the answer's language."),
          Map.entry("AgendaItem.priority", "The position on the agenda, 1 first."),
          Map.entry(
              "AgendaItem.why",
              "Which part of the situation put the topic on the agenda, in the third person;"
                  + " no two items share one."),
          Map.entry("Solution", "A direction to look for a solution in."),
          Map.entry("Solution.id", "A stable identifier, such as `FLEXIBLE_HOURS`."),
          Map.entry("Solution.title", "The solution in a few words."),
          Map.entry("Solution.description", "What it means for this situation."),
          Map.entry(
              "Solution.legalBasis",
              "The law or CAO article the solution rests on, where there is one."),
          Map.entry("Entitlement", "A leave or other right, computed for this employee."),
          Map.entry(
              "Entitlement.id",
              "`CALAMITY_LEAVE`, `SHORT_TERM_CARE_LEAVE`, `LONG_TERM_CARE_LEAVE`,"
                  + " `PARENTAL_LEAVE`, `FLEXIBLE_WORK_REQUEST`, `BIRTH_LEAVE`,"
                  + " `ADDITIONAL_BIRTH_LEAVE`, or an id starting with `CAO_` for an entitlement"
                  + " that exists only in a CAO."),
          Map.entry(
              "Entitlement.title",
              "A short name for people (an addition to the contract; always present in this"
                  + " service's answers)."),
          Map.entry(
              "Entitlement.maxHours",
              "Hours for this employee (from `employee.weeklyHours`); absent where the law sets"
                  + " no number of hours."),
          Map.entry(
              "Entitlement.periodMonths", "The period `maxHours` applies to, where there is one."),
          Map.entry(
              "Entitlement.payPercent",
              "The share of salary the employer pays during the leave (0 for unpaid leave);"
                  + " absent where the entitlement is not a leave."),
          Map.entry(
              "Entitlement.source",
              "`LAW`, or `CAO` where the employee's CAO replaces the statutory figures (the id"
                  + " stays the statutory one) or adds the entitlement."),
          Map.entry("Entitlement.conditions", "The conditions, in plain words."),
          Map.entry("Entitlement.legalBasis", "The law or CAO article."),
          Map.entry(
              "Entitlement.earliestStart",
              "Where a notice period or a service requirement applies: the first date the leave"
                  + " or change can start if the employee asks on `referenceDate`" + DATE + "."),
          Map.entry("Deadline", "A sick-leave deadline (Wet verbetering poortwachter)."),
          Map.entry(
              "Deadline.id",
              "`REPORT_TO_OCCUPATIONAL_DOCTOR` (week 1), `PROBLEM_ANALYSIS` (week 6),"
                  + " `ACTION_PLAN` (week 8), `UWV_SICKNESS_REPORT` (the first working day after"
                  + " week 42), `FIRST_YEAR_EVALUATION` (week 52), `WIA_APPLICATION` (week 93),"
                  + " `END_OF_WAGE_CONTINUATION` (week 104)."),
          Map.entry(
              "Deadline.title",
              "A short name for people (an addition to the contract; always present in this"
                  + " service's answers)."),
          Map.entry(
              "Deadline.dueDate",
              "The due date" + DATE + ": a deadline in week N falls on firstSickDay + (7·N − 1)"
                  + " days."),
          Map.entry("Deadline.legalBasis", "The law article that sets the deadline."),
          Map.entry(
              "Deadline.status",
              "An addition to the contract: `PASSED` (due before `referenceDate`), `DUE_SOON`"
                  + " (due on it or at most 14 days after it), `UPCOMING`."),
          Map.entry("FollowUp", "When to talk again."),
          Map.entry("FollowUp.intervalWeeks", "Weeks until the next talk."),
          Map.entry(
              "FollowUp.nextDate",
              "`referenceDate` + 7·`intervalWeeks` days, or the earliest deadline after"
                  + " `referenceDate` when that comes sooner" + DATE + "."),
          Map.entry("FollowUp.why", "Why the next talk falls then."),
          Map.entry("ManagerTip", "A tip for the manager, tailored to the situation."),
          Map.entry("ManagerTip.id", "A stable identifier of the tip."),
          Map.entry("ManagerTip.text", "The tip, addressed to the manager."),
          Map.entry("PreparationItem", "One item of the employee's checklist."),
          Map.entry("PreparationItem.id", "A stable identifier of the item."),
          Map.entry("PreparationItem.phase", "When in the conversation the item belongs."),
          Map.entry("PreparationItem.text", "The item, addressed to the employee."),
          Map.entry("Warning", "Something the manager or employee must not miss."),
          Map.entry("Warning.id", "A stable identifier of the warning."),
          Map.entry("Warning.text", "The warning, addressed to the manager."),
          Map.entry("Explanation", "A rule that fired."),
          Map.entry("Explanation.rule", "The rule's name in the rule files."),
          Map.entry(
              "Explanation.because",
              "Why it fired, with the values that made it fire, in the answer's language."),
          Map.entry(
              "Explanation.legalBasis",
              "An addition to the contract: the law or CAO articles the advice this rule added"
                  + " rests on, separated by `; `; absent when it added nothing with a legal"
                  + " basis."),
          Map.entry("Violation", "One problem with a request."),
          Map.entry(
              "Violation.field",
              "The path of the offending field as it is written in JSON, such as"
                  + " `caregiving[0].childAge`; `request` for the body as a whole."),
          Map.entry(
              "Violation.problem",
              "What is wrong with it, in English, for the developer of the integration."));

  /**
   * The fields every answer has, as the contract shows them; the additions to the contract are
   * optional, so that an answer in the contract's first shape still validates.
   */
  private static final Map<String, List<String>> ALWAYS_PRESENT =
      Map.ofEntries(
          Map.entry(
              "AdviceResponse",
              List.of(
                  "rulesetVersion",
                  "referenceDate",
                  "agenda",
                  "solutions",
                  "entitlements",
                  "deadlines",
                  "followUp",
                  "managerTips",
                  "preparation",
                  "warnings",
                  "explanation")),
          Map.entry("AgendaItem", List.of("topic", "title", "priority", "why")),
          Map.entry("Solution", List.of("id", "title", "description")),
          Map.entry("Entitlement", List.of("id", "source", "conditions", "legalBasis")),
          Map.entry("Deadline", List.of("id", "dueDate", "legalBasis")),
          Map.entry("FollowUp", List.of("intervalWeeks", "nextDate", "why")),
          Map.entry("ManagerTip", List.of("id", "text")),
          Map.entry("PreparationItem", List.of("id", "phase", "text")),
          Map.entry("Warning", List.of("id", "text")),
          Map.entry("Explanation", List.of("rule", "because")),
          Map.entry("Violation", List.of("field", "problem")));

  private ContractSchemas() {}

  /**
   * Documents the contract's schemas among {@code schemas}; those not (yet) among them are left
   * for a later call, as the problem schemas are added after the others.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void apply(Map<String, Schema> schemas) {
    DESCRIPTIONS.forEach(
        (key, description) -> {
          int dot = key.indexOf('.');
          Schema schema = schemas.get(dot < 0 ? key : key.substring(0, dot));
          if (schema == null) {
            return;
          }
          if (dot < 0) {
            schema.setDescription(description);
            return;
          }
          // Beside a $ref too: OpenAPI 3.1 (JSON Schema 2020-12) honours a $ref's siblings.
          property(schema, key.substring(dot + 1), key).setDescription(description);
        });
    ALWAYS_PRESENT.forEach(
        (name, required) -> {
          Schema schema = schemas.get(name);
          if (schema != null) {
            required.forEach(field -> property(schema, field, name + '.' + field));
            schema.setRequired(new ArrayList<>(required));
          }
        });
    for (String name : REQUEST_SCHEMAS) {
      Schema schema = schemas.get(name);
      if (schema != null) {
        schema.setAdditionalProperties(false);
        anchorPatterns(schema);
      }
    }
    Schema request = schemas.get("AdviceRequest");
    if (request != null) {
      Schema language = property(request, "language", "AdviceRequest.language");
      language.setPattern(null);
      language.setEnum(new ArrayList<>(AnswerLanguage.SUPPORTED));
    }
    Schema caregiving = schemas.get("Caregiving");
    if (caregiving != null) {
      childAgeExactlyForChildren(caregiving);
    }
  }

  @SuppressWarnings("rawtypes")
  private static Schema property(Schema schema, String name, String key) {
    Object property = schema.getProperties() == null ? null : schema.getProperties().get(name);
    if (!(property instanceof Schema found)) {
      throw new IllegalStateException(
          key + " is documented but the generated schema has no such property");
    }
    return found;
  }

  /**
   * Jakarta Validation's patterns match the whole value, JSON Schema's any part of it: {@code
   * nl|en} would accept {@code xnlx}.
   */
  @SuppressWarnings("rawtypes")
  private static void anchorPatterns(Schema schema) {
    for (Object property : schema.getProperties().values()) {
      if (property instanceof Schema field
          && field.getPattern() != null
          && !field.getPattern().startsWith("^")) {
        field.setPattern("^(?:" + field.getPattern() + ")$");
      }
    }
  }

  /** {@code childAge} is required when {@code relation} is {@code CHILD} and refused otherwise. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void childAgeExactlyForChildren(Schema caregiving) {
    Schema child = new Schema();
    child.setConst("CHILD");
    Schema isChild = new Schema().addProperty("relation", child).addRequiredItem("relation");
    caregiving.setIf(isChild);
    caregiving.setThen(new Schema().addRequiredItem("childAge"));
    caregiving.setElse(new Schema().not(new Schema().addRequiredItem("childAge")));
  }

  /** An example written as JSON, as the value the document embeds (not a string of JSON). */
  static JsonNode json(String example) {
    try {
      return Json31.mapper().readTree(example);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("An example of the OpenAPI description is not JSON", e);
    }
  }
}
