package nl.gesprekswijzer.engine.catalogue;

import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.engine.ruleset.RuleSet;

/** Rules written in DRL ({@code rules/**.drl}): a rule reads the parameters its text names. */
final class DrlForm implements RuleForm {

  @Override
  public List<RuleFile> read(RuleSet ruleSet) {
    List<RuleFile> files = new ArrayList<>();
    TextRuleFiles.files(ruleSet.files(), path -> path.endsWith(".drl"))
        .forEach(
            (path, drl) ->
                files.add(
                    new RuleFile(
                        path,
                        TextRuleFiles.header(drl),
                        TextRuleFiles.blocks(drl).stream()
                            .map(
                                block ->
                                    new RuleText(
                                        block.name(),
                                        path,
                                        block.line(),
                                        null,
                                        block.comment(),
                                        TextRuleFiles.parametersIn(block.text())))
                            .toList())));
    return files;
  }
}
