package nl.gesprekswijzer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import org.junit.jupiter.api.Test;

/**
 * Policy staff publish a rule set by saving its folder (issue 6): the running topology answers the
 * next situation with it, without a restart, and every advice event says which rule set gave it.
 */
class RulesPublishedWithoutRestartTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Duration WITHIN = Duration.ofMinutes(3);

  @Test
  void answersTheNextSituationWithTheRuleSetPublishedFromTheFolder() throws Exception {
    Path folder = export(TestDirectories.create("rules"));
    try (PublishedRules rules = PublishedRules.folder(folder, true, Duration.ofMillis(200)).start();
        Driver driver = new Driver(Settings.defaults(), rules::engine, TODAY)) {
      String before = rules.current().version();
      driver.send("acme/e1", Situations.career("e1", TODAY));

      Path manifest = folder.resolve("ruleset.yaml");
      String text = Files.readString(manifest);
      assertThat(text).contains("\nversion: 1.");
      save(manifest, text.replaceFirst("\nversion: ([0-9.]+)", "\nversion: $1-kafka-test"));
      long deadline = System.nanoTime() + WITHIN.toNanos();
      while (rules.current().version().equals(before)) {
        assertThat(System.nanoTime()).as("published within %s", WITHIN).isLessThan(deadline);
        Thread.sleep(100);
      }
      driver.send("acme/e1", Situations.career("e1", TODAY));

      String after = rules.current().version();
      assertThat(after).contains("-kafka-test+");
      assertThat(driver.advice())
          .extracting(e -> e.json().get("rulesetVersion").asString())
          .containsExactly(before, after);
    }
  }

  /** The default rule set in a folder, as {@code gesprekswijzer rules export} writes it. */
  private static Path export(Path dir) throws IOException {
    ClasspathRuleSetSource jar = new ClasspathRuleSetSource();
    for (Map.Entry<String, String> file : jar.files().entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    for (Map.Entry<String, byte[]> file : jar.binaryFiles().entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    return dir;
  }

  /** Saves the whole file in one step, as editors do, so that the watcher never reads half a file. */
  private static void save(Path file, String content) throws IOException {
    Path saved = Files.createTempFile(file.getParent().getParent(), "saved", ".tmp");
    Files.writeString(saved, content, StandardCharsets.UTF_8);
    Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
