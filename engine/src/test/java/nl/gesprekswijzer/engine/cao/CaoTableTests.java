package nl.gesprekswijzer.engine.cao;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekswijzer.api.CareSituation;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.facts.CaoProvision;
import org.junit.jupiter.api.Test;

class CaoTableTests {

  private static final String HEADER =
      "cao,entitlement,validFrom,validUntil,weeklyHoursFactor,hoursPerYearFullTime,fullTimeWeeklyHours,"
          + "payPercent,periodMonths,relations,situations,legalBasis,source,status,note\n";

  /** A valid row whose one field a test replaces; line 2 of the file. */
  private static final String ROW =
      "sociaal-werk,SHORT_TERM_CARE_LEAVE,2023-07-01,,1.4,,,100,12,PARTNER|CHILD,SERIOUS_ILLNESS,"
          + "\"Cao Sociaal Werk, art. 5.11\",sociaalwerk-werkt.nl,CONFIRMED,\"a note, with a comma\"\n";

  private final List<String> problems = new ArrayList<>();

  @Test
  void readsARowWithEveryFigure() {
    CaoTable table = read(HEADER + ROW);

    assertThat(problems).isEmpty();
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2026, 11, 23)))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.entitlement()).isEqualTo("SHORT_TERM_CARE_LEAVE");
          assertThat(p.legalBasis()).isEqualTo("Cao Sociaal Werk, art. 5.11");
          assertThat(p.payPercent()).isEqualTo(100);
          assertThat(p.periodMonths()).isEqualTo(12);
          assertThat(p.relations()).containsExactlyInAnyOrder(Relation.PARTNER, Relation.CHILD);
          assertThat(p.maxHours(new BigDecimal("32"))).isEqualByComparingTo("44.8");
          assertThat(p.covers(Relation.CHILD, CareSituation.SERIOUS_ILLNESS)).isTrue();
          assertThat(p.covers(Relation.CHILD, CareSituation.STABLE)).isFalse();
          assertThat(p.covers(Relation.PARENT, CareSituation.SERIOUS_ILLNESS)).isFalse();
        });
  }

  @Test
  void findsColumnsByNameInAnyOrder() {
    String reordered =
        "note,status,source,legalBasis,situations,relations,periodMonths,payPercent,fullTimeWeeklyHours,"
            + "hoursPerYearFullTime,weeklyHoursFactor,validUntil,validFrom,entitlement,cao\n"
            + ",UNCONFIRMED,cao-ziekenhuizen.nl,Cao Ziekenhuizen H12.2,,,12,100,36,57,,,2010-01-01,"
            + "CAO_LIFE_PHASE_BUDGET,ziekenhuizen\n";

    CaoTable table = read(reordered);

    assertThat(problems).isEmpty();
    CaoProvision budget = table.provisions("ziekenhuizen", LocalDate.of(2026, 1, 1)).get(0);
    assertThat(budget.forCare()).isFalse();
    assertThat(budget.maxHours(new BigDecimal("24"))).isEqualByComparingTo("38");
  }

  @Test
  void knowsACaoOnlyOnTheDaysOneOfItsRowsApplies() {
    CaoTable table =
        read(
            HEADER
                + "x,CAO_A,2023-01-01,2023-12-31,1,,,100,,,,X art. 1,s,CONFIRMED,\n"
                + "x,CAO_B,2025-01-01,,1,,,100,,,,X art. 2,s,CONFIRMED,\n"
                + "y,CAO_A,2024-06-01,,1,,,100,,,,Y art. 1,s,CONFIRMED,\n");

    assertThat(problems).isEmpty();
    assertThat(table.knows("x", LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(table.knows("x", LocalDate.of(2023, 1, 1))).isTrue();
    assertThat(table.knows("x", LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(table.knows("x", LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(table.codesOn(LocalDate.of(2024, 6, 1))).containsExactly("y");
    assertThat(table.codesOn(LocalDate.of(2025, 1, 1))).containsExactly("x", "y");
    assertThat(table.provisions("x", LocalDate.of(2025, 1, 1))).extracting(CaoProvision::entitlement)
        .containsExactly("CAO_B");
  }

  @Test
  void readsEveryCsvFileInTheCaoFolderAndNothingElse() {
    CaoTable table =
        CaoTable.read(
            Map.of(
                "cao/a.csv", HEADER + ROW,
                "cao/b.csv", HEADER + ROW.replace("sociaal-werk", "banken"),
                "cao/README.md", "not a table",
                "parameters/x.csv", "not a table either"),
            problems);

    assertThat(problems).isEmpty();
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.codesOn(LocalDate.of(2026, 1, 1))).containsExactly("banken", "sociaal-werk");
  }

  @Test
  void reportsAnUnknownRelationAndSituation() {
    read(HEADER + ROW.replace("PARTNER|CHILD,SERIOUS_ILLNESS", "PARTNER|NEIGHBOUR,TERMINAL"));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2, column relations: 'NEIGHBOUR' is not a Relation; use "
                + "PARTNER|CHILD|PARENT|HOUSEMATE|OTHER_FAMILY|SOCIAL",
            "cao/t.csv line 2, column situations: 'TERMINAL' is not a CareSituation; use "
                + "STABLE|SERIOUS_ILLNESS|PALLIATIVE|EMERGENCY");
  }

  @Test
  void reportsSituationsWithoutRelations() {
    read(HEADER + ROW.replace("PARTNER|CHILD,", ","));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2, column situations: situations only apply to rows tied to care; name the relations too");
  }

  @Test
  void reportsARowWithMoreFieldsThanColumns() {
    read(HEADER + ROW.replace(",1.4,", ",1,4,"));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2: 16 fields, but the header has 15 columns (a comma inside a field needs quotes "
                + "around the field)");
  }

  @Test
  void reportsBadDatesAndNumbers() {
    read(HEADER + ROW.replace("2023-07-01,,1.4,,,100,12", "1-7-2023,2023-13-01,\"1,4\",,,110,twelve"));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2, column validFrom: '1-7-2023' is not a date like 2026-01-01",
            "cao/t.csv line 2, column validUntil: '2023-13-01' is not a date like 2026-01-01",
            "cao/t.csv line 2, column weeklyHoursFactor: '1,4' is not a number above 0 (write decimals with a point: 1.4)",
            "cao/t.csv line 2, column payPercent: '110' is not a whole number from 0 to 100",
            "cao/t.csv line 2, column periodMonths: 'twelve' is not a whole number from 1 to 1200");
  }

  @Test
  void reportsAnIdThatIsNeitherStatutoryNorCaoOnly() {
    read(HEADER + ROW.replace("SHORT_TERM_CARE_LEAVE", "PALLIATIVE_LEAVE"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("cao/t.csv line 2, column entitlement: 'PALLIATIVE_LEAVE' is neither a statutory entitlement")
        .contains("SHORT_TERM_CARE_LEAVE")
        .contains("starting with CAO_");
  }

  @Test
  void reportsACaoCodeThatIsNotKebabCase() {
    read(HEADER + ROW.replace("sociaal-werk", "Sociaal Werk"));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2, column cao: 'Sociaal Werk' is not a code in lower-case kebab-case, like sociaal-werk");
  }

  @Test
  void reportsBothHourFormsAndNeither() {
    read(HEADER + ROW.replace(",1.4,,,", ",1.4,57,36,"));
    read(HEADER + ROW.replace(",1.4,,,", ",,,,"));
    read(HEADER + ROW.replace(",1.4,,,", ",,57,,"));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2, column weeklyHoursFactor: give either weeklyHoursFactor or hoursPerYearFullTime "
                + "with fullTimeWeeklyHours, not both",
            "cao/t.csv line 2, column weeklyHoursFactor: give the hours: weeklyHoursFactor, or "
                + "hoursPerYearFullTime with fullTimeWeeklyHours",
            "cao/t.csv line 2, column fullTimeWeeklyHours: hoursPerYearFullTime and fullTimeWeeklyHours go together");
  }

  @Test
  void reportsAnEndBeforeTheStart() {
    read(HEADER + ROW.replace("2023-07-01,,", "2023-07-01,2023-06-30,"));

    assertThat(problems)
        .containsExactly("cao/t.csv line 2, column validUntil: 2023-06-30 is before validFrom 2023-07-01");
  }

  @Test
  void reportsMissingRequiredFieldsAndAnUnknownStatus() {
    read(HEADER + ROW.replace("\"Cao Sociaal Werk, art. 5.11\",sociaalwerk-werkt.nl,CONFIRMED", ",,SURE"));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2, column legalBasis: is required",
            "cao/t.csv line 2, column source: is required",
            "cao/t.csv line 2, column status: 'SURE' is not one of [CONFIRMED, UNCONFIRMED, DERIVED]");
  }

  @Test
  void reportsUnknownAndMissingColumns() {
    read(HEADER.replace("payPercent", "pay").replace(",note", "") + ROW);

    assertThat(problems)
        .startsWith("cao/t.csv line 1: unknown column 'pay'; the columns are [cao, entitlement, validFrom, "
            + "validUntil, weeklyHoursFactor, hoursPerYearFullTime, fullTimeWeeklyHours, payPercent, periodMonths, "
            + "relations, situations, legalBasis, source, status, note]")
        .contains("cao/t.csv line 1: column payPercent is missing", "cao/t.csv line 1: column note is missing")
        .hasSize(3);
  }

  @Test
  void reportsAFileWithoutHeader() {
    read("# only comments\n");

    assertThat(problems)
        .containsExactly("cao/t.csv: has no header row; the first line that is not a comment names the columns");
  }

  @Test
  void reportsTwoRowsForOneEntitlementOnTheSameDay() {
    read(HEADER + ROW + ROW.replace("2023-07-01,,", "2025-01-01,,"));

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 3: sociaal-werk SHORT_TERM_CARE_LEAVE applies on some of the same days as line 2 of "
                + "cao/t.csv; end the earlier row (validUntil) the day before the later one starts");
  }

  @Test
  void acceptsConsecutivePeriodsOfOneEntitlement() {
    CaoTable table = read(HEADER + ROW.replace("2023-07-01,,", "2023-07-01,2024-12-31,")
        + ROW.replace("2023-07-01,,1.4", "2025-01-01,,1.6"));

    assertThat(problems).isEmpty();
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2024, 12, 31)).get(0).weeklyHoursFactor())
        .isEqualByComparingTo("1.4");
    assertThat(table.provisions("sociaal-werk", LocalDate.of(2025, 1, 1)).get(0).weeklyHoursFactor())
        .isEqualByComparingTo("1.6");
  }

  @Test
  void reportsEntitlementsWithoutTheirTexts() {
    CaoTable table =
        read(HEADER + ROW + "x,CAO_EXTRA,2023-01-01,,1,,,100,,,,X art. 1,s,CONFIRMED,\n");
    Set<String> texts =
        Set.of("entitlement.SHORT_TERM_CARE_LEAVE.title", "entitlement.SHORT_TERM_CARE_LEAVE.conditions",
            "entitlement.CAO_EXTRA.title");

    table.checkTexts(texts::contains, problems);

    assertThat(problems)
        .containsExactly(
            "cao/t.csv line 2: entitlement SHORT_TERM_CARE_LEAVE has no text "
                + "entitlement.SHORT_TERM_CARE_LEAVE.cao.conditions in texts/",
            "cao/t.csv line 3: entitlement CAO_EXTRA has no text entitlement.CAO_EXTRA.conditions in texts/");
  }

  private CaoTable read(String content) {
    return CaoTable.read(Map.of("cao/t.csv", content), problems);
  }
}
