package nl.gesprekswijzer.engine.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.gesprekswijzer.engine.parameters.ParameterCatalog;
import nl.gesprekswijzer.engine.yaml.YamlLines;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Which figures are changed, how, and the parameters with one of them changed. */
class FiguresTests {

  private static final String PARAMETERS =
      """
      first.weeks:
        description: Starts on the rule set's first date.
        type: number
        source: test
        status: POLICY
        values:
          - {from: 2000-01-01, value: 8}
      wage:
        description: An amount in cents.
        type: number
        source: test
        status: POLICY
        values:
          - {from: 2025-01-01, value: '14.71'}
          - {from: 2026-01-01, value: 0}
      known-until:
        description: A date.
        type: date
        source: test
        status: POLICY
        values:
          - {from: 2025-01-01, value: 2025-06-30}
      relations:
        description: A list.
        type: list
        source: test
        status: POLICY
        values:
          - {from: 2000-01-01, value: [CHILD]}
      only-cited:
        description: Only its legal basis is read.
        type: number
        legalBasis: Test art. 1
        source: test
        status: POLICY
        values:
          - {from: 2000-01-01, value: 1}
      """;

  private static final String RULES =
      """
      rule "x"
      when
          $p : Parameters( whole("first.weeks") > 0, number("wage") != null, date("known-until") != null,
                           $p.includes("relations", "CHILD") )
      then
          advice.deadline(drools, "X", $p.date("known-until"), $p.legalBasis("only-cited"));
      end
      """;

  @Test
  void namesOnlyTheParametersARuleReadsAFigureOf() {
    assertThat(Figures.namedByRules(Map.of("rules/x.drl", RULES), catalog()))
        .containsExactly("first.weeks", "known-until", "relations", "wage");
  }

  @Test
  void changesNumbersByOneUnitOfTheirLastDigitDatesByADayAndTheDatesTheyApplyFrom() {
    List<Mutant.Figure> figures =
        Figures.find(
            Map.of("parameters/p.yaml", PARAMETERS),
            catalog(),
            Set.of("first.weeks", "wage", "known-until", "relations"));

    assertThat(figures)
        .extracting(Mutant::toString)
        .containsExactly(
            "parameters/p.yaml:7: parameter 'first.weeks': 8 to 9",
            "parameters/p.yaml:7: parameter 'first.weeks': 8 to 7",
            "parameters/p.yaml:14: parameter 'wage': 14.71 to 14.72",
            "parameters/p.yaml:14: parameter 'wage': 14.71 to 14.70",
            "parameters/p.yaml:14: parameter 'wage': 'from 2025-01-01' to 'from 2025-01-02'",
            "parameters/p.yaml:15: parameter 'wage': 0 to 1",
            "parameters/p.yaml:15: parameter 'wage': 'from 2026-01-01' to 'from 2026-01-02'",
            "parameters/p.yaml:15: parameter 'wage': 'from 2026-01-01' to 'from 2025-12-31'",
            "parameters/p.yaml:22: parameter 'known-until': 2025-06-30 to 2025-07-01",
            "parameters/p.yaml:22: parameter 'known-until': 2025-06-30 to 2025-06-29",
            "parameters/p.yaml:22: parameter 'known-until': 'from 2025-01-01' to 'from 2025-01-02'");
  }

  @Test
  void givesTheParametersWithOneFigureChanged() {
    Figures figures = Figures.of(Map.of("parameters/p.yaml", PARAMETERS));
    List<String> problems = new ArrayList<>();

    ParameterCatalog changed =
        figures.with(new Mutant.Figure("parameters/p.yaml", 14, "wage", 0, "value", "14.71", "14.72"), problems);

    assertThat(problems).isEmpty();
    assertThat(changed.on(java.time.LocalDate.of(2025, 3, 1)).number("wage")).isEqualByComparingTo("14.72");
    assertThat(catalog().on(java.time.LocalDate.of(2025, 3, 1)).number("wage")).isEqualByComparingTo("14.71");
  }

  @Test
  void refusesAChangeThatMakesTheParametersInvalid() {
    Figures figures = Figures.of(Map.of("parameters/p.yaml", PARAMETERS));
    List<String> problems = new ArrayList<>();

    ParameterCatalog changed =
        figures.with(
            new Mutant.Figure("parameters/p.yaml", 15, "wage", 1, "from", "2026-01-01", "2024-12-31"), problems);

    assertThat(changed).isNull();
    assertThat(problems).singleElement().asString().contains("values must be in date order");
  }

  private static ParameterCatalog catalog() {
    List<String> problems = new ArrayList<>();
    ParameterCatalog catalog =
        ParameterCatalog.read(
            Map.of("parameters/p.yaml", YAMLMapper.builder().build().readTree(PARAMETERS)),
            Map.of("parameters/p.yaml", YamlLines.of(PARAMETERS)),
            problems);
    assertThat(problems).isEmpty();
    return catalog;
  }
}
