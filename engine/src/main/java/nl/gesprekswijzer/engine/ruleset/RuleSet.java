package nl.gesprekswijzer.engine.ruleset;

import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.engine.cao.CaoTable;
import nl.gesprekswijzer.engine.parameters.ParameterCatalog;
import nl.gesprekswijzer.engine.text.TextCatalog;
import org.kie.api.KieBase;

/**
 * A checked and compiled rule set: the rule base, the parameters, the CAO table and the texts. Immutable and
 * shared by every evaluation; it is built once and never per request.
 *
 * @param version the manifest's version with a digest of every file, e.g. {@code 1.0.0+9f2c01ab}
 * @param precompiled whether the rule base was loaded as compiled when the rules jar was built
 *     ({@link PrecompiledRuleBase}) rather than compiled from the DRL files
 * @param caos the CAO entitlements, and with them the CAO codes a request may name
 * @param ruleNames the names of all rules, as the explanation names them
 * @param files every text file of the rule set, scenarios included, keyed by relative path
 * @param binaryFiles every binary file of the rule set (the decision tables), keyed the same way
 */
public record RuleSet(
    String source,
    String name,
    String version,
    KieBase kieBase,
    boolean precompiled,
    ParameterCatalog parameters,
    TextCatalog texts,
    CaoTable caos,
    List<String> ruleNames,
    Map<String, String> files,
    Map<String, byte[]> binaryFiles) {

  public RuleSet {
    ruleNames = List.copyOf(ruleNames);
    files = Map.copyOf(files);
    binaryFiles = Map.copyOf(binaryFiles);
  }

  /** This rule set with another rule base, for trying out a change to its rules. */
  public RuleSet withKieBase(KieBase other) {
    return new RuleSet(source, name, version, other, false, parameters, texts, caos, ruleNames, files, binaryFiles);
  }

  /** This rule set with other parameters, for trying out a change to its figures. */
  public RuleSet withParameters(ParameterCatalog other) {
    return new RuleSet(source, name, version, kieBase, precompiled, other, texts, caos, ruleNames, files, binaryFiles);
  }

}
