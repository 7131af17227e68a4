package nl.gesprekswijzer.engine;

import nl.gesprekswijzer.api.AdviceRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Requests written as the contract's JSON, so that a test reads like what a platform sends. */
public final class TestRequests {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** A parent who cares 14 hours a week for a seriously ill six-year-old and asks for other hours. */
  public static final String CARE =
      """
      {
        "referenceDate": "2026-11-23",
        "language": "en",
        "conversation": { "type": "CARE_BALANCE" },
        "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
        "employer": { "size": 240 },
        "caregiving": [
          { "relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
            "since": "2026-03-01", "situation": "SERIOUS_ILLNESS" }
        ],
        "wishes": ["FLEXIBLE_TIMES"]
      }
      """;

  private TestRequests() {}

  public static AdviceRequest request(String json) {
    return JSON.readValue(json, AdviceRequest.class);
  }

  public static AdviceRequest care() {
    return request(CARE);
  }
}
