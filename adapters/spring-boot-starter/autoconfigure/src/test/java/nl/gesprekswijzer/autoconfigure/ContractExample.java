package nl.gesprekswijzer.autoconfigure;

import nl.gesprekswijzer.api.AdviceRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The contract's example request (../shared/contract/README.md), as a platform sends it. */
final class ContractExample {

  static final String REQUEST =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "nl",
        "conversation": { "type": "CARE_BALANCE", "lastHeldOn": "2026-08-10" },
        "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
        "employer": { "size": 240, "cao": "sociaal-werk" },
        "caregiving": [
          { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
            "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
        ],
        "sickness": { "firstSickDay": "2026-10-05", "workCapacityPercent": 50 },
        "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]
      }
      """;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ContractExample() {}

  static AdviceRequest request() {
    return request(REQUEST);
  }

  /** The example without the fields named, e.g. {@code "language"}. */
  static AdviceRequest without(String... fields) {
    String json = REQUEST;
    for (String field : fields) {
      String line = json.lines().filter(l -> l.strip().startsWith("\"" + field + "\"")).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("The example has no " + field));
      json = json.replace(line + "\n", "");
    }
    return request(json);
  }

  static AdviceRequest request(String json) {
    return JSON.readValue(json, AdviceRequest.class);
  }
}
