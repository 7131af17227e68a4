package nl.gesprekswijzer.engine.catalogue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * Rules written in sentences of a domain language ({@code rules/**.dslr}, with the sentences in
 * {@code rules/**.dsl}). A sentence hides the DRL it stands for, parameters included, so a rule's
 * parameters are read from the rule as Drools expands it; its place and comment from the file as
 * written.
 */
final class DslrForm implements RuleForm {

  @Override
  public List<RuleFile> read(RuleSet ruleSet) {
    Map<String, String> dslrs = TextRuleFiles.files(ruleSet.files(), path -> path.endsWith(".dslr"));
    if (dslrs.isEmpty()) {
      return List.of();
    }
    Map<String, String> dsls = TextRuleFiles.files(ruleSet.files(), path -> path.endsWith(".dsl"));
    List<RuleFile> files = new ArrayList<>();
    dslrs.forEach(
        (path, dslr) -> {
          Map<String, String> expanded = new HashMap<>();
          TextRuleFiles.blocks(expand(dslr, dsls)).forEach(block -> expanded.put(block.name(), block.text()));
          files.add(
              new RuleFile(
                  path,
                  TextRuleFiles.header(dslr),
                  TextRuleFiles.blocks(dslr).stream()
                      .map(
                          block ->
                              new RuleText(
                                  block.name(),
                                  path,
                                  block.line(),
                                  null,
                                  block.comment(),
                                  TextRuleFiles.parametersIn(expanded.getOrDefault(block.name(), block.text()))))
                      .toList()));
        });
    return files;
  }

  /**
   * The rule file with its sentences replaced by the DRL they stand for. A sentence the language
   * does not know stays as it is: the rule set's check reports it; the catalogue lists what it can.
   */
  static String expand(String dslr, Map<String, String> dsls) {
    DefaultExpander expander = new DefaultExpander();
    for (String dsl : dsls.values()) {
      DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
      try {
        if (mapping.parseAndLoad(new StringReader(dsl))) {
          expander.addDSLMapping(mapping.getMapping());
        }
      } catch (IOException e) {
        throw new IllegalStateException("reading a string cannot fail", e);
      }
    }
    try {
      return expander.expand(dslr);
    } catch (RuntimeException e) {
      // Drools' expander gives up on some broken files with an exception rather than an error.
      return dslr;
    }
  }
}
