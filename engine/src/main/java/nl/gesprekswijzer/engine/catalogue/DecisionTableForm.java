package nl.gesprekswijzer.engine.catalogue;

import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.engine.decisiontable.DecisionTable;
import nl.gesprekswijzer.engine.decisiontable.DecisionTableException;
import nl.gesprekswijzer.engine.ruleset.RuleSet;

/**
 * Rules written as rows of a decision table ({@code rules/**.xlsx}): a row's rule reads the
 * parameters its cells name, put into the code of their columns as Drools does. The table's name
 * describes the file; a row has no comment of its own.
 */
final class DecisionTableForm implements RuleForm {

  @Override
  public List<RuleFile> read(RuleSet ruleSet) {
    List<RuleFile> files = new ArrayList<>();
    ruleSet.binaryFiles().forEach(
        (path, bytes) -> {
          if (!path.startsWith("rules/") || !path.endsWith(".xlsx")) {
            return;
          }
          try {
            List<RuleText> rules = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (DecisionTable table : DecisionTable.read(bytes)) {
              names.add(table.name());
              for (DecisionTable.Row row : table.rows()) {
                StringBuilder code = new StringBuilder();
                for (DecisionTable.Column column : table.columns()) {
                  row.cell(column.index())
                      .ifPresent(cell -> code.append(column.snippet(cell.text())).append('\n'));
                }
                String cell = table.sheet() + "!" + table.columns().get(0).letter() + row.number();
                rules.add(
                    new RuleText(
                        row.ruleName(), path, 0, cell, "", TextRuleFiles.parametersIn(code.toString())));
              }
            }
            files.add(new RuleFile(path, String.join("; ", names), rules));
          } catch (DecisionTableException e) {
            // A table that cannot be read does not compile: the rule set would not exist.
          }
        });
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return files;
  }
}
