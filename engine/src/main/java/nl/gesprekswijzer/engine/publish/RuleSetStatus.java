package nl.gesprekswijzer.engine.publish;

import java.time.Instant;
import java.util.List;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/rules/status}: the rule set in service and the last change refused. Absent
 * values are left out of the JSON (a line of 0, a cell outside spreadsheets, no refusal yet).
 *
 * @param version what every advice carries as {@code rulesetVersion}: {@code manifestVersion+contentHash}
 * @param source where the rule set was read: its folder, or the rules jar on the classpath
 * @param watching whether changes to the folder are published (false for the embedded rule set)
 * @param lastRefused the last change that failed its check; it may be older than {@code activatedAt}
 */
public record RuleSetStatus(
    String name,
    String version,
    String manifestVersion,
    String contentHash,
    String source,
    Instant activatedAt,
    boolean watching,
    @Nullable Refused lastRefused) {

  public static RuleSetStatus of(Publication active, boolean watching, PublishedRules.@Nullable Refusal refusal) {
    RuleSet ruleSet = active.ruleSet();
    String version = ruleSet.version();
    // The compiler appends "+" and the hash; the manifest's own version may hold a "+" too.
    int plus = version.lastIndexOf('+');
    return new RuleSetStatus(
        ruleSet.name(),
        version,
        plus < 0 ? version : version.substring(0, plus),
        plus < 0 ? "" : version.substring(plus + 1),
        ruleSet.source(),
        active.activatedAt(),
        watching,
        refusal == null ? null : new Refused(refusal.at(), refusal.problems().stream().map(Place::of).toList()));
  }

  /** A change that was not published, with every problem found in it. */
  public record Refused(Instant at, List<Place> problems) {}

  /**
   * One problem where its author wrote it: a file with a line (and column), or a spreadsheet cell
   * such as {@code CAO!C12}.
   */
  public record Place(
      @Nullable String file, @Nullable Integer line, @Nullable Integer column, @Nullable String cell, String message) {

    public static Place of(Problem problem) {
      return new Place(
          problem.file().isEmpty() ? null : problem.file(),
          problem.line() > 0 ? problem.line() : null,
          problem.column() > 0 ? problem.column() : null,
          problem.cell(),
          problem.message());
    }
  }
}
