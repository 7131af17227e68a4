package nl.gesprekswijzer.service.rest;

import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Made-up situations for the calendar and the manager's view, as a platform sends them. Each
 * carries marker values (dates, ages, hours) that must never reach a calendar event.
 */
final class ManagerViewSituations {

  /** Care for a seriously ill child and a parent in the last stage of life; no language given. */
  static final String CARE =
      """
      {
        "referenceDate": "2026-11-23",
        "conversation": { "type": "CARE_BALANCE", "lastHeldOn": "2026-08-11" },
        "employee": { "weeklyHours": 32, "employedSince": "2019-04-02" },
        "employer": { "size": 240, "cao": "sociaal-werk" },
        "caregiving": [
          { "relation": "CHILD", "childAge": 7, "hoursPerWeek": 13.5,
            "since": "2026-03-03", "situation": "SERIOUS_ILLNESS" },
          { "relation": "PARENT", "hoursPerWeek": 9,
            "since": "2026-10-27", "situation": "PALLIATIVE" }
        ],
        "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
      }
      """;

  /** Eleven weeks of sick leave at 50 %, under a CAO; no language given. */
  static final String SICK_LEAVE =
      """
      {
        "referenceDate": "2026-11-23",
        "conversation": { "type": "SICK_LEAVE" },
        "employee": { "weeklyHours": 36, "employedSince": "2015-02-03" },
        "employer": { "size": 80, "cao": "ziekenhuizen" },
        "sickness": { "firstSickDay": "2026-09-14", "workCapacityPercent": 55 },
        "wishes": ["TASK_ADJUSTMENT"]
      }
      """;

  /** The dates of the two situations above, as the contract writes them. */
  static final List<String> REQUEST_DATES =
      List.of("2026-08-11", "2019-04-02", "2026-03-03", "2026-10-27", "2015-02-03", "2026-09-14");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ManagerViewSituations() {}

  static AdviceRequest request(String json) {
    return JSON.readValue(json, AdviceRequest.class);
  }

  /** The situation in a language: the JSON with {@code "language"} added. */
  static String inLanguage(String json, String language) {
    return json.replaceFirst("\\{", "{\n  \"language\": \"" + language + "\",");
  }
}
