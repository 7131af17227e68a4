package nl.gesprekswijzer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.spi.RuleSetSource;

/**
 * The small rule set the engine's tests run on ({@code src/test/resources/rulesets/minimal}),
 * compiled once: compiling costs Drools about a second.
 */
public final class TestRuleSets {

  public static final String MINIMAL_ROOT = "rulesets/minimal";

  private static RuleSet minimal;
  private static RulesAdvisoryEngine minimalEngine;

  private TestRuleSets() {}

  public static synchronized RuleSet minimal() {
    if (minimal == null) {
      minimal = RuleSetCompiler.compile(minimalSource());
    }
    return minimal;
  }

  public static synchronized RulesAdvisoryEngine minimalEngine() {
    if (minimalEngine == null) {
      minimalEngine = RulesAdvisoryEngine.builder().ruleSet(minimal()).build();
    }
    return minimalEngine;
  }

  public static RuleSetSource minimalSource() {
    return new ClasspathRuleSetSource(MINIMAL_ROOT, TestRuleSets.class.getClassLoader());
  }

  /** The minimal rule set's files, in a map a test may change. */
  public static Map<String, String> minimalFiles() {
    try {
      return new HashMap<>(minimalSource().files());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The minimal rule set's binary files: its CAO table. */
  public static Map<String, byte[]> minimalBinaryFiles() {
    try {
      return new HashMap<>(minimalSource().binaryFiles());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The compiled minimal rule set with other files, for tests that only read files (scenarios). */
  public static RuleSet minimalWithFiles(Map<String, String> files) {
    RuleSet r = minimal();
    return new RuleSet(r.source(), r.name(), r.version(), r.kieBase(), r.precompiled(), r.parameters(), r.texts(), r.caos(), r.ruleNames(),
        files, r.binaryFiles());
  }

  /** A source over files in memory. */
  public static RuleSetSource inMemory(String description, Map<String, String> files) {
    return inMemory(description, files, Map.of());
  }

  /** A source over text and binary files in memory. */
  public static RuleSetSource inMemory(String description, Map<String, String> files, Map<String, byte[]> binaryFiles) {
    return new RuleSetSource() {
      @Override
      public Map<String, byte[]> binaryFiles() {
        return binaryFiles;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Map<String, String> files() {
        return files;
      }
    };
  }
}
