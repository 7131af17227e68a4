package nl.gesprekswijzer.engine.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.api.Relation;
import nl.gesprekswijzer.engine.facts.Parameters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ParameterCatalogTests {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final String LEAVE =
      """
      short-term-care-leave.weekly-hours-factor:
        description: Short-term care leave per 12 months, as a multiple of the weekly hours.
        type: number
        legalBasis: Wazo art. 5:2
        source: wetten.overheid.nl
        status: CONFIRMED
        values:
          - {from: 2001-12-01, value: 2}
          - {from: 2027-01-01, value: 2.5}
      care-leave.qualifying-relations:
        description: Relations that give a right to care leave.
        type: list
        source: wetten.overheid.nl
        status: CONFIRMED
        values:
          - {from: 2001-12-01, value: [PARTNER, CHILD, PARENT]}
          - {from: 2015-07-01, value: [PARTNER, CHILD, PARENT, SOCIAL]}
      flexible-work.act-in-force:
        description: The day the act came into force.
        type: date
        source: Staatsblad
        status: CONFIRMED
        values:
          - {from: 2016-01-01, value: 2016-01-01}
      """;

  private final ParameterCatalog catalog = catalog(LEAVE);

  @Test
  void appliesTheValueInForceBeforeOnAndAfterAChange() {
    String factor = "short-term-care-leave.weekly-hours-factor";

    assertThat(catalog.on(LocalDate.of(2026, 12, 31)).number(factor)).isEqualByComparingTo("2");
    assertThat(catalog.on(LocalDate.of(2027, 1, 1)).number(factor)).isEqualByComparingTo("2.5");
    assertThat(catalog.on(LocalDate.of(2040, 6, 1)).number(factor)).isEqualByComparingTo("2.5");
  }

  @Test
  void hasNoValueBeforeTheFirstDate() {
    Parameters before = catalog.on(LocalDate.of(2001, 11, 30));

    assertThat(before.number("short-term-care-leave.weekly-hours-factor")).isNull();
    assertThat(before.whole("short-term-care-leave.weekly-hours-factor")).isEqualTo(-1);
    assertThat(before.list("care-leave.qualifying-relations")).isEmpty();
    assertThat(before.date("flexible-work.act-in-force")).isNull();
    assertThat(catalog.on(LocalDate.of(2001, 12, 1)).whole("short-term-care-leave.weekly-hours-factor"))
        .isEqualTo(2);
  }

  @Test
  void readsListsAndDates() {
    Parameters parameters = catalog.on(LocalDate.of(2016, 1, 1));

    assertThat(parameters.includes("care-leave.qualifying-relations", Relation.SOCIAL)).isTrue();
    assertThat(catalog.on(LocalDate.of(2015, 6, 30)).includes("care-leave.qualifying-relations", Relation.SOCIAL))
        .isFalse();
    assertThat(parameters.date("flexible-work.act-in-force")).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(parameters.date()).isEqualTo(LocalDate.of(2016, 1, 1));
  }

  @Test
  void givesTheLegalBasisOfAFigure() {
    Parameters parameters = catalog.on(LocalDate.of(2026, 1, 1));

    assertThat(parameters.legalBasis("short-term-care-leave.weekly-hours-factor")).isEqualTo("Wazo art. 5:2");
    assertThatThrownBy(() -> parameters.legalBasis("care-leave.qualifying-relations"))
        .hasMessageContaining("care-leave.qualifying-relations");
  }

  @Test
  void reportsEveryProblemNamingFileAndParameter() {
    List<String> problems =
        problems(
            """
            a.weeks:
              description: Weeks.
              type: duration
              source: test
              status: POLICY
              values: [{from: 2020-01-01, value: 1}]
            b.weeks:
              description: Weeks.
              type: number
              source: test
              status: GUESSED
              values: [{from: 2020-01-01, value: many}]
            c.date:
              description: A date.
              type: date
              source: test
              status: POLICY
              values: [{from: 1 January 2020, value: 2020-01-01}]
            """);

    assertThat(problems)
        .containsExactly(
            "parameters/p.yaml: parameter a.weeks: type must be number, date or list",
            "parameters/p.yaml: parameter b.weeks: status must be one of [CONFIRMED, UNCONFIRMED, DERIVED, POLICY]",
            "parameters/p.yaml: parameter b.weeks: value '\"many\"' is not a number",
            "parameters/p.yaml: parameter c.date: from '1 January 2020' is not a date like 2026-01-01");
  }

  @Test
  void reportsAParameterDefinedInTwoFiles() {
    Map<String, JsonNode> files = new LinkedHashMap<>();
    files.put("parameters/a.yaml", YAML.readTree(LEAVE));
    files.put("parameters/b.yaml", YAML.readTree(LEAVE));
    List<String> problems = new ArrayList<>();

    ParameterCatalog.read(files, problems);

    assertThat(problems)
        .hasSize(3)
        .allSatisfy(p -> assertThat(p).startsWith("parameters/b.yaml: parameter ").endsWith(": defined twice"));
  }

  private static ParameterCatalog catalog(String yaml) {
    List<String> problems = new ArrayList<>();
    ParameterCatalog catalog = ParameterCatalog.read(Map.of("parameters/p.yaml", YAML.readTree(yaml)), problems);
    assertThat(problems).isEmpty();
    return catalog;
  }

  private static List<String> problems(String yaml) {
    List<String> problems = new ArrayList<>();
    ParameterCatalog.read(Map.of("parameters/p.yaml", YAML.readTree(yaml)), problems);
    return problems;
  }
}
