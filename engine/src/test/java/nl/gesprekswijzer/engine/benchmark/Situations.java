package nl.gesprekswijzer.engine.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.engine.TemporaryFolders;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.DirectoryRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.PrecompiledRuleBase;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typical request of each conversation type, as the JSON a platform sends, and the full default
 * rule set read from its folder in the {@code rules} module (so that the engine module needs no
 * dependency on the rules jar; {@code -Dgesprekswijzer.ruleset=...} points elsewhere), compiled from
 * its DRL or precompiled as the rules jar ships it.
 */
public final class Situations {

  /** The contract's example: a parent caring for a seriously ill child who wants other hours. */
  static final String CARE_BALANCE =
      """
      {"referenceDate": "2026-11-23", "language": "en",
       "conversation": {"type": "CARE_BALANCE", "lastHeldOn": "2026-08-10"},
       "employee": {"weeklyHours": 32, "employedSince": "2019-04-01"},
       "employer": {"size": 240},
       "caregiving": [{"relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
                       "since": "2026-03-01", "situation": "SERIOUS_ILLNESS"}],
       "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]}
      """;

  /** The contract's example as a sick-leave talk, with sickness and the CAO sociaal werk. */
  static final String SICK_LEAVE =
      """
      {"referenceDate": "2026-11-23", "language": "nl",
       "conversation": {"type": "SICK_LEAVE", "lastHeldOn": "2026-08-10"},
       "employee": {"weeklyHours": 32, "employedSince": "2019-04-01"},
       "employer": {"size": 240, "cao": "sociaal-werk"},
       "caregiving": [{"relation": "CHILD", "childAge": 6, "hoursPerWeek": 14,
                       "since": "2026-03-01", "situation": "SERIOUS_ILLNESS"}],
       "sickness": {"firstSickDay": "2026-10-05", "workCapacityPercent": 50},
       "wishes": ["FLEXIBLE_TIMES", "FEWER_HOURS"]}
      """;

  /** A regular check-in 13 weeks after the previous one, with a wish to work from home. */
  static final String WELLBEING =
      """
      {"referenceDate": "2026-11-23", "language": "en",
       "conversation": {"type": "WELLBEING", "lastHeldOn": "2026-08-24"},
       "employee": {"weeklyHours": 32, "employedSince": "2019-04-01"},
       "employer": {"size": 240},
       "wishes": ["REMOTE_WORK"]}
      """;

  /** A career talk of an employee who wants to develop and look at another role. */
  static final String CAREER =
      """
      {"referenceDate": "2026-11-23", "language": "nl",
       "conversation": {"type": "CAREER", "lastHeldOn": "2025-11-10"},
       "employee": {"weeklyHours": 36, "employedSince": "2021-03-01"},
       "employer": {"size": 240},
       "wishes": ["DEVELOPMENT", "OTHER_ROLE"]}
      """;

  /** The conversation types, one typical situation each, in the order the benchmarks print them. */
  public static final List<String> TYPES = List.of("CARE_BALANCE", "SICK_LEAVE", "WELLBEING", "CAREER");

  private Situations() {}

  /** The typical request of each type, in the order of {@link #TYPES}. */
  public static List<AdviceRequest> requests() {
    JsonMapper json = JsonMapper.builder().build();
    return TYPES.stream().map(type -> json.readValue(json(type), AdviceRequest.class)).toList();
  }

  public static String json(String conversationType) {
    return switch (conversationType) {
      case "CARE_BALANCE" -> CARE_BALANCE;
      case "SICK_LEAVE" -> SICK_LEAVE;
      case "WELLBEING" -> WELLBEING;
      case "CAREER" -> CAREER;
      default -> throw new IllegalArgumentException(conversationType);
    };
  }

  static Path ruleSetFolder() {
    return Path.of(
        System.getProperty("gesprekswijzer.ruleset", "../rules/src/main/resources/gesprekswijzer/ruleset"));
  }

  /** The default rule set compiled from its DRL, as a folder of policy staff is. */
  static RuleSet compileDefaultRuleSet() {
    return RuleSetCompiler.compile(new DirectoryRuleSetSource(ruleSetFolder()));
  }

  /**
   * The engine as the service runs it: on the default rule set as the rules jar ships it, its files
   * (texts and decision tables) and, beside them, the rule base the build precompiles ({@link
   * PrecompiledRuleBase}), loaded from a class path laid out as the jar. Building the module takes
   * seconds; it happens here, before any measurement.
   */
  static RulesAdvisoryEngine shippedEngine() {
    return RulesAdvisoryEngine.builder().ruleSet(shippedRuleSet()).build();
  }

  /** The rule set of {@link #shippedEngine()}. */
  static RuleSet shippedRuleSet() {
    try {
      // The class loader below reads from it as long as the rule set lives.
      Path classes = TemporaryFolders.deletedAtExit("gesprekswijzer-rules");
      Path root = classes.resolve(ClasspathRuleSetSource.DEFAULT_ROOT);
      DirectoryRuleSetSource folder = new DirectoryRuleSetSource(ruleSetFolder());
      for (Map.Entry<String, String> file : folder.files().entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      for (Map.Entry<String, byte[]> table : folder.binaryFiles().entrySet()) {
        Path path = root.resolve(table.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, table.getValue());
      }
      PrecompiledRuleBase.main(
          new String[] {root.toString(), classes.resolve(ClasspathRuleSetSource.DEFAULT_ROOT + PrecompiledRuleBase.SUFFIX).toString()});
      ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Situations.class.getClassLoader());
      RuleSet ruleSet = RuleSetCompiler.compile(new ClasspathRuleSetSource(ClasspathRuleSetSource.DEFAULT_ROOT, loader));
      if (!ruleSet.precompiled()) {
        throw new IllegalStateException("The precompiled rule base did not load");
      }
      return ruleSet;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
