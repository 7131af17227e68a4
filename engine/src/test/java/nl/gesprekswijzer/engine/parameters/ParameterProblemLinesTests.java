package nl.gesprekswijzer.engine.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.yaml.YamlLines;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What is wrong with a parameter is reported at the line a policy officer wrote: the parameter's
 * key, or the {@code from} or {@code value} that is wrong.
 */
class ParameterProblemLinesTests {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  @Test
  void namesTheLineOfAParameterWithoutSource() {
    List<String> problems =
        problems(
            """
            # Weeks.
            extra.weeks:
              description: Weeks.
              type: number
              status: POLICY
              values:
                - {from: 2020-01-01, value: 4}
            """);

    assertThat(problems).containsExactly("parameters/p.yaml line 2: parameter extra.weeks: source is required");
  }

  @Test
  void refusesADateThatDoesNotExistAtItsLine() {
    List<String> problems =
        problems(
            """
            extra.weeks:
              description: Weeks.
              type: number
              source: test
              status: POLICY
              values:
                - from: 2020-01-01
                  value: 4
                - from: 2026-02-30
                  value: 5
            """);

    assertThat(problems)
        .containsExactly(
            "parameters/p.yaml line 9: parameter extra.weeks: from '2026-02-30' is not a date like 2026-01-01");
  }

  @Test
  void refusesAParameterWithoutAnyDatedValue() {
    List<String> problems =
        problems(
            """
            extra.weeks:
              description: Weeks.
              type: number
              source: test
              status: POLICY
              values: []
            """);

    assertThat(problems)
        .containsExactly("parameters/p.yaml line 6: parameter extra.weeks: values must be a list of {from, value}");
  }

  @Test
  void refusesAValueWithoutItsDateOrItsValue() {
    List<String> problems =
        problems(
            """
            extra.weeks:
              description: Weeks.
              type: number
              source: test
              status: POLICY
              values:
                - value: 4
                - from: 2027-01-01
            """);

    assertThat(problems)
        .containsExactly(
            "parameters/p.yaml line 7: parameter extra.weeks: from is missing; write a date like 2026-01-01",
            "parameters/p.yaml line 8: parameter extra.weeks: value is missing");
  }

  @Test
  void refusesAMisspeltKeyThatWouldOtherwiseBeDroppedUnnoticed() {
    List<String> problems =
        problems(
            """
            extra.weeks:
              description: Weeks.
              type: number
              legalbasis: Wazo art. 5:2
              source: test
              status: POLICY
              values:
                - {from: 2020-01-01, value: 4, until: 2024-01-01}
            """);

    assertThat(problems)
        .containsExactly(
            "parameters/p.yaml line 4: parameter extra.weeks: unknown key 'legalbasis'; a parameter has "
                + "[description, legalBasis, note, source, status, type, values]",
            "parameters/p.yaml line 8: parameter extra.weeks: unknown key 'until'; a value has from and value");
  }

  @Test
  void readsAWellFormedParameterWithoutProblems() {
    List<String> problems =
        problems(
            """
            extra.weeks:
              description: Weeks.
              type: number
              legalBasis: Wazo art. 5:2
              source: test
              status: POLICY
              note: A note for policy staff.
              values:
                - {from: 2020-01-01, value: 4}
                - {from: 2024-02-29, value: '4.5'}
            """);

    assertThat(problems).isEmpty();
  }

  private static List<String> problems(String yaml) {
    List<String> problems = new ArrayList<>();
    ParameterCatalog.read(
        Map.of("parameters/p.yaml", YAML.readTree(yaml)), Map.of("parameters/p.yaml", YamlLines.of(yaml)), problems);
    return problems;
  }
}
