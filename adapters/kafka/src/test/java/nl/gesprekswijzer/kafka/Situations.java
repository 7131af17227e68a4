package nl.gesprekswijzer.kafka;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Situation events as a platform sends them: the contract's request with {@code tenant} and {@code
 * employeeRef}, keyed {@code tenant/employeeRef}. One typical case of each conversation type, the
 * service's and the engine benchmark's.
 */
final class Situations {

  static final String TENANT = "acme";

  /** The contract's example: a parent caring for a seriously ill child who wants other hours. */
  static String careBalance(String employeeRef, LocalDate referenceDate) {
    return """
        {"tenant": "%s", "employeeRef": "%s", "referenceDate": "%s", "language": "en",
         "conversation": {"type": "CARE_BALANCE", "lastHeldOn": "2026-08-10"},
         "employee": {"weeklyHours": 32, "employedSince": "2019-04-01"},
         "employer": {"size": 240},
         "caregiving": [{"relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
                         "since": "2026-03-01", "situation": "SERIOUS_ILLNESS"}],
         "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]}
        """.formatted(TENANT, employeeRef, referenceDate);
  }

  /** A sick-leave talk under the CAO sociaal werk: the seven Poortwachter deadlines from the first sick day. */
  static String sickLeave(String employeeRef, LocalDate referenceDate, LocalDate firstSickDay) {
    return """
        {"tenant": "%s", "employeeRef": "%s", "referenceDate": "%s", "language": "nl",
         "conversation": {"type": "SICK_LEAVE", "lastHeldOn": "%s"},
         "employee": {"weeklyHours": 32, "employedSince": "2019-04-01"},
         "employer": {"size": 240, "cao": "sociaal-werk"},
         "sickness": {"firstSickDay": "%s", "workCapacityPercent": 50},
         "wishes": ["FLEXIBLE_TIMES"]}
        """.formatted(TENANT, employeeRef, referenceDate, firstSickDay, firstSickDay);
  }

  /** A regular check-in 13 weeks after the previous one. */
  static String wellbeing(String employeeRef, LocalDate referenceDate) {
    return """
        {"tenant": "%s", "employeeRef": "%s", "referenceDate": "%s", "language": "en",
         "conversation": {"type": "WELLBEING", "lastHeldOn": "2026-08-24"},
         "employee": {"weeklyHours": 32, "employedSince": "2019-04-01"},
         "employer": {"size": 240},
         "wishes": ["REMOTE_WORK"]}
        """.formatted(TENANT, employeeRef, referenceDate);
  }

  /** A career talk of an employee who wants to develop and look at another role. */
  static String career(String employeeRef, LocalDate referenceDate) {
    return """
        {"tenant": "%s", "employeeRef": "%s", "referenceDate": "%s", "language": "nl",
         "conversation": {"type": "CAREER", "lastHeldOn": "2025-11-10"},
         "employee": {"weeklyHours": 36, "employedSince": "2021-03-01"},
         "employer": {"size": 240},
         "wishes": ["DEVELOPMENT", "OTHER_ROLE"]}
        """.formatted(TENANT, employeeRef, referenceDate);
  }

  /** The four cases in turn: case {@code i % 4}, for employee {@code employeeRef}. */
  static String inTurn(int i, String employeeRef, LocalDate referenceDate) {
    return switch (i % 4) {
      case 0 -> careBalance(employeeRef, referenceDate);
      case 1 -> sickLeave(employeeRef, referenceDate, referenceDate.minusWeeks(7));
      case 2 -> wellbeing(employeeRef, referenceDate);
      default -> career(employeeRef, referenceDate);
    };
  }

  static final List<String> TYPES = List.of("CARE_BALANCE", "SICK_LEAVE", "WELLBEING", "CAREER");

  static String key(String employeeRef) {
    return TENANT + "/" + employeeRef;
  }

  static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private Situations() {}
}
