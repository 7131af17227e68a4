package nl.gesprekswijzer.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.Problem;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GesprekswijzerAutoConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(GesprekswijzerAutoConfiguration.class));

  @Test
  void givesAnEngineOnTheDefaultRulesThatAnswersTheContractExample() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(AdvisoryEngine.class);
          AdvisoryEngine engine = context.getBean(AdvisoryEngine.class);

          AdviceResponse answer = engine.advise(ContractExample.request());

          assertThat(engine.rulesetVersion()).startsWith(defaultRulesVersion() + "+");
          assertThat(answer.rulesetVersion()).isEqualTo(engine.rulesetVersion());
          assertThat(answer.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 23));
          assertThat(answer.entitlements())
              .extracting(Entitlement::id)
              .contains("SHORT_TERM_CARE_LEAVE", "FLEXIBLE_WORK_REQUEST");
          assertThat(answer.deadlines())
              .extracting(Deadline::id, Deadline::dueDate)
              .contains(tuple("PROBLEM_ANALYSIS", LocalDate.of(2026, 11, 15)));
          assertThat(answer.agenda()).isNotEmpty();
          assertThat(answer.agenda().get(0).priority()).isEqualTo(1);
        });
  }

  @Test
  void boundsTheEvaluationsAtOnceAsConfigured() {
    assertThat(properties(0).evaluationsAtOnce()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(properties(-1).evaluationsAtOnce()).isEqualTo(Integer.MAX_VALUE);
    assertThat(properties(3).evaluationsAtOnce()).isEqualTo(3);
    runner
        .withPropertyValues("gesprekswijzer.concurrent-evaluations=1")
        .run(context -> assertThat(context.getBean(AdvisoryEngine.class).advise(ContractExample.request())).isNotNull());
  }

  @Test
  void stopsTheStartNamingABoundBelowMinusOne() {
    runner
        .withPropertyValues("gesprekswijzer.concurrent-evaluations=-2")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("gesprekswijzer.concurrent-evaluations must be 0"));
  }

  private static GesprekswijzerProperties properties(int concurrentEvaluations) {
    return new GesprekswijzerProperties(
        new GesprekswijzerProperties.Rules(null, true, java.time.Duration.ofMillis(500)),
        "nl",
        java.time.ZoneId.of("Europe/Amsterdam"),
        concurrentEvaluations);
  }

  @Test
  void registersItselfAsAnAutoConfiguration() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(GesprekswijzerAutoConfiguration.class.getName());
  }

  @Test
  void leavesTheApplicationsOwnEngineAlone() {
    AdvisoryEngine own = new OwnEngine();

    runner
        .withBean(AdvisoryEngine.class, () -> own)
        .run(
            context -> {
              assertThat(context).hasSingleBean(AdvisoryEngine.class);
              assertThat(context.getBean(AdvisoryEngine.class)).isSameAs(own);
              assertThat(context.getBean(AdvisoryEngine.class).rulesetVersion()).isEqualTo("own");
            });
  }

  @Test
  void servesTheRuleSetInTheConfiguredFolder(@TempDir Path dir) throws IOException {
    RuleSetFolders.export(dir);
    RuleSetFolders.replace(dir, "ruleset.yaml", "version: " + defaultRulesVersion(), "version: 7.3.1");

    runner
        .withPropertyValues("gesprekswijzer.rules.dir=" + dir)
        .run(
            context -> {
              AdvisoryEngine engine = context.getBean(AdvisoryEngine.class);
              assertThat(engine.rulesetVersion()).startsWith("7.3.1+");
              assertThat(engine.advise(ContractExample.request()).rulesetVersion()).startsWith("7.3.1+");
            });
  }

  @Test
  void stopsTheStartWithEachProblemOfABrokenFolderAtItsFileAndLine(@TempDir Path dir) throws IOException {
    RuleSetFolders.export(dir);
    String file = "rules/care/short-term-care-leave.drl";
    int line = RuleSetFolders.replace(dir, file, "$s : Situation( )", "$s : Situation( weeklyHours > )");

    runner
        .withPropertyValues("gesprekswijzer.rules.dir=" + dir)
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              RuleSetException broken = rootCause(failure, RuleSetException.class);
              assertThat(broken.getMessage()).contains(dir.toString());
              assertThat(broken.findings())
                  .extracting(Problem::file, Problem::line)
                  .contains(tuple(file, line));
            });
  }

  @Test
  void stopsTheStartWhenAScenarioOfTheFolderNoLongerHolds(@TempDir Path dir) throws IOException {
    RuleSetFolders.export(dir);
    String file = "scenarios/career.yaml";
    int line = RuleSetFolders.replace(dir, file, "agenda: [OPENING, CAREER_OWN_TOPICS,", "agenda: [CAREER_OWN_TOPICS, OPENING,");

    runner
        .withPropertyValues("gesprekswijzer.rules.dir=" + dir)
        .run(
            context -> {
              assertThat(context).hasFailed();
              RuleSetException failed = rootCause(context.getStartupFailure(), RuleSetException.class);
              assertThat(failed.findings()).extracting(Problem::file).contains(file);
              assertThat(failed.getMessage()).contains(file);
            });
  }

  @Test
  void publishesAChangeToTheFolderThatPassesItsCheckAndRefusesOneThatDoesNot(@TempDir Path dir)
      throws Exception {
    RuleSetFolders.export(dir);
    RuleSetFolders.replace(dir, "ruleset.yaml", "version: " + defaultRulesVersion(), "version: 7.3.1");

    runner
        .withPropertyValues("gesprekswijzer.rules.dir=" + dir, "gesprekswijzer.rules.quiet-period=100ms")
        .run(
            context -> {
              AdvisoryEngine engine = context.getBean(AdvisoryEngine.class);
              PublishedRules rules = context.getBean(PublishedRules.class);
              assertThat(engine.rulesetVersion()).startsWith("7.3.1+");

              RuleSetFolders.replace(dir, "rules/care/short-term-care-leave.drl", "$s : Situation( )", "$s : Situation( weeklyHours > )");
              waitUntil(() -> rules.status().lastRefused() != null);
              assertThat(engine.advise(ContractExample.request()).rulesetVersion()).startsWith("7.3.1+");

              RuleSetFolders.replace(dir, "rules/care/short-term-care-leave.drl", "$s : Situation( weeklyHours > )", "$s : Situation( )");
              RuleSetFolders.replace(dir, "ruleset.yaml", "version: 7.3.1", "version: 7.3.2");
              waitUntil(() -> engine.rulesetVersion().startsWith("7.3.2+"));
              assertThat(engine.advise(ContractExample.request()).rulesetVersion()).startsWith("7.3.2+");
            });
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("within 3 minutes").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void stopsTheStartWhenTheFolderHoldsNoRuleSet(@TempDir Path dir) {
    runner
        .withPropertyValues("gesprekswijzer.rules.dir=" + dir.resolve("missing"))
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootCause(context.getStartupFailure(), RuleSetException.class))
                  .hasMessageContaining("ruleset.yaml");
            });
  }

  @Test
  void answersInTheConfiguredDefaultLanguageWhenTheRequestGivesNone() {
    AdviceRequest withoutLanguage = ContractExample.without("language");
    AdviceRequest dutch = ContractExample.request();
    AdviceRequest english = ContractExample.request(ContractExample.REQUEST.replace("\"nl\"", "\"en\""));

    runner.run(
        context -> {
          AdvisoryEngine engine = context.getBean(AdvisoryEngine.class);
          assertThat(engine.advise(withoutLanguage)).isEqualTo(engine.advise(dutch));
        });
    runner
        .withPropertyValues("gesprekswijzer.default-language=en")
        .run(
            context -> {
              AdvisoryEngine engine = context.getBean(AdvisoryEngine.class);
              AdviceResponse answer = engine.advise(withoutLanguage);
              assertThat(answer).isEqualTo(engine.advise(english)).isNotEqualTo(engine.advise(dutch));
            });
  }

  @Test
  void refusesAnUnknownDefaultLanguageNamingTheProperty() {
    runner
        .withPropertyValues("gesprekswijzer.default-language=de")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootCause(context.getStartupFailure(), IllegalArgumentException.class))
                  .hasMessageContaining("gesprekswijzer.default-language")
                  .hasMessageContaining("'de'");
            });
  }

  @Test
  void takesTodayInTheConfiguredClockZone() {
    // 23:30 UTC on 22 November: still the 22nd in UTC, already the 23rd in Amsterdam.
    Clock lateEvening = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);
    AdviceRequest withoutDate = ContractExample.without("referenceDate");
    ApplicationContextRunner withClock = runner.withBean(Clock.class, () -> lateEvening);

    withClock.run(
        context ->
            assertThat(context.getBean(AdvisoryEngine.class).advise(withoutDate).referenceDate())
                .isEqualTo(LocalDate.of(2026, 11, 23)));
    withClock
        .withPropertyValues("gesprekswijzer.clock-zone=UTC")
        .run(
            context ->
                assertThat(context.getBean(AdvisoryEngine.class).advise(withoutDate).referenceDate())
                    .isEqualTo(LocalDate.of(2026, 11, 22)));
  }

  @Test
  void refusesAnUnknownClockZone() {
    runner
        .withPropertyValues("gesprekswijzer.clock-zone=Mars/Olympus_Mons")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure()).hasStackTraceContaining("gesprekswijzer.clock-zone");
            });
  }

  /** The version the rules jar's manifest states, so that a new release of the rules needs no edit here. */
  private static String defaultRulesVersion() throws IOException {
    try (InputStream manifest =
        GesprekswijzerAutoConfigurationTests.class.getClassLoader()
            .getResourceAsStream(ClasspathRuleSetSource.DEFAULT_ROOT + "/ruleset.yaml")) {
      return new String(manifest.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> line.startsWith("version:"))
          .map(line -> line.substring("version:".length()).strip())
          .findFirst()
          .orElseThrow();
    }
  }

  private static <T extends Throwable> T rootCause(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    throw new AssertionError("No " + type.getSimpleName() + " in " + failure, failure);
  }

  /** An application's own engine, which the auto-configuration must not replace. */
  private static final class OwnEngine implements AdvisoryEngine {
    @Override
    public AdviceResponse advise(AdviceRequest request) {
      throw new UnsupportedOperationException("not asked in this test");
    }

    @Override
    public String rulesetVersion() {
      return "own";
    }
  }
}
