package nl.gesprekswijzer.service;

import static nl.gesprekswijzer.service.ExportedRules.edit;
import static nl.gesprekswijzer.service.ExportedRules.read;
import static nl.gesprekswijzer.service.ExportedRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.gesprekswijzer.engine.TemporaryFolders;
import nl.gesprekswijzer.engine.publish.Publication;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import nl.gesprekswijzer.engine.publish.RuleSetStatus;
import nl.gesprekswijzer.engine.publish.RulesFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the rules folder is watched, on an exported copy of the default rules with real files and
 * real Drools but without HTTP: what counts as a change, new folders, a folder replaced whole.
 */
class RulesFolderTests {

  private static final Duration WITHIN = Duration.ofMinutes(3);

  private static Path rules;
  private static RulesFolder folder;
  private static PublishedRules published;

  @BeforeAll
  static void serveAnExportedRuleSet() throws IOException {
    rules = ExportedRules.export(TemporaryFolders.deletedAtExit("gesprekswijzer-folder"));
    folder = new RulesFolder(rules, true, Duration.ofMillis(200));
    published = PublishedRules.of(folder);
    published.start();
  }

  @AfterAll
  static void stop() {
    published.close();
  }

  @Test
  void leavesTheRuleSetInServiceWhenTheContentIsAsItWas() {
    Publication before = published.current();
    int handled = folder.changesHandled();
    int checked = folder.changesChecked();

    Path manifest = rules.resolve("ruleset.yaml");
    write(manifest, read(manifest)); // saved again, unchanged
    write(rules.resolve("NOTES.md"), "Documentation does not shape the advice.\n");
    waitUntil(() -> folder.changesHandled() > handled);

    assertThat(folder.changesChecked()).isEqualTo(checked);
    assertThat(published.current()).isSameAs(before);
  }

  @Test
  void checksAChangedScenarioButKeepsTheVersionInService() {
    Publication before = published.current();
    RuleSetStatus.Refused refusedBefore = published.status().lastRefused();
    int handled = folder.changesHandled();
    int checked = folder.changesChecked();

    String extra = read(rules.resolve("scenarios/other-conversations.yaml"))
        .replace("- name: ", "- name: Again, ");
    write(rules.resolve("scenarios/again.yaml"), extra);
    waitUntil(() -> folder.changesHandled() > handled && folder.changesChecked() > checked);

    assertThat(published.current()).isSameAs(before);
    assertThat(published.status().lastRefused()).isEqualTo(refusedBefore); // nothing refused
  }

  @Test
  void watchesAFolderMadeAfterStartUp() throws IOException {
    Publication before = published.current();
    int handled = folder.changesHandled();
    Path extra = Files.createDirectory(rules.resolve("rules/extra"));
    waitUntil(() -> folder.changesHandled() > handled);

    write(extra.resolve("broken.drl"), "package rules.extra\n\nrule \"broken\"\nwhen\n    nonsense(\nthen\nend\n");
    waitUntil(
        () -> published.status().lastRefused() != null
            && published.status().lastRefused().problems().stream()
                .anyMatch(place -> "rules/extra/broken.drl".equals(place.file())));

    assertThat(published.current()).isSameAs(before);
    deleteTree(extra);
  }

  @Test
  void watchesTheFolderAgainWhenItIsReplacedWhole() throws IOException {
    int handled = folder.changesHandled();
    deleteTree(rules);
    ExportedRules.export(rules);
    edit(rules.resolve("ruleset.yaml"), text -> text.replaceFirst("(?m)^version: .*$", "version: 5.5.5"));

    waitUntil(() -> published.current().version().startsWith("5.5.5+"));
    // Counted once the change is handled, a moment after it is published.
    waitUntil(() -> folder.changesHandled() > handled);

    // The new folder is watched, as soon as the watcher has seen that it is back.
    waitUntil(folder::watching);
    edit(rules.resolve("ruleset.yaml"), text -> text.replaceFirst("(?m)^version: .*$", "version: 5.5.6"));
    waitUntil(() -> published.current().version().startsWith("5.5.6+"));
  }

  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WITHIN + "; status " + published.status());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
