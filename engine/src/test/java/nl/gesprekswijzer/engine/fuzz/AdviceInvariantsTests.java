package nl.gesprekswijzer.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The fuzz tests' oracle must catch what it claims to, or a passing fuzz run proves nothing. */
class AdviceInvariantsTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void acceptsAnAnswerThatKeepsEveryInvariant() {
    assertThat(AdviceInvariants.check(JSON.readTree(
        """
        { "referenceDate": "2026-12-31",
          "agenda": [ { "topic": "A", "title": "t", "priority": 1, "why": "w" },
                      { "topic": "B", "title": "t", "priority": 2, "why": "w" } ],
          "entitlements": [ { "id": "CALAMITY_LEAVE", "legalBasis": "Wazo art. 4:1" } ],
          "followUp": { "intervalWeeks": 4, "nextDate": "2027-01-28", "why": "w" },
          "explanation": [ { "rule": "r", "because": "b" } ] }
        """))).isEmpty();
  }

  @Test
  void reportsADateBeyondTheYear9999() {
    assertThat(AdviceInvariants.check(JSON.readTree(
        """
        { "referenceDate": "9999-12-31",
          "deadlines": [ { "id": "X", "dueDate": "+10000-06-01", "title": "t" } ],
          "followUp": { "intervalWeeks": 4, "nextDate": "+10000-01-28", "why": "Talk again on +10000-01-28." },
          "explanation": [ { "rule": "r", "because": "b" } ] }
        """)))
        .hasSize(3)
        .allSatisfy(f -> assertThat(f).contains("a date no one can use"));
  }

  @Test
  void reportsEveryBrokenInvariant() {
    assertThat(AdviceInvariants.check(JSON.readTree(
        """
        { "referenceDate": "2026-11-23",
          "agenda": [ { "topic": "A", "title": "t", "priority": 2, "why": "w" } ],
          "entitlements": [ { "id": "CALAMITY_LEAVE", "legalBasis": "" },
                            { "id": "PARENTAL_LEAVE", "conditions": "up to {maxHours} hours", "legalBasis": "x" } ],
          "followUp": { "intervalWeeks": 0, "nextDate": "2026-11-23", "why": "\u27e6missing text: why\u27e7" },
          "explanation": [ { "rule": "r" } ] }
        """)))
        .hasSize(7)
        .anySatisfy(f -> assertThat(f).contains("agenda item 0 has priority 2"))
        .anySatisfy(f -> assertThat(f).contains("CALAMITY_LEAVE").contains("no legal basis"))
        .anySatisfy(f -> assertThat(f).contains("not after the reference date"))
        .anySatisfy(f -> assertThat(f).contains("misses its rule or its reason"))
        .anySatisfy(f -> assertThat(f).contains("{maxHours}"))
        .anySatisfy(f -> assertThat(f).contains("\u27e6"));
  }
}
