package nl.gesprekswijzer.service;

import static nl.gesprekswijzer.service.ExportedRules.careerWeeks;
import static nl.gesprekswijzer.service.ExportedRules.changeCareerWeeks;
import static nl.gesprekswijzer.service.ExportedRules.changeCareerWeeksParameterOnly;
import static nl.gesprekswijzer.service.ExportedRules.edit;
import static nl.gesprekswijzer.service.ExportedRules.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gesprekswijzer.engine.TemporaryFolders;
import nl.gesprekswijzer.engine.decisiontable.TableCells;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publish without a restart: the service serves an exported copy of the default rules, and the
 * tests change the files in that folder as a policy officer would, then watch the answers and the
 * status over HTTP. Real files, real Drools, a real server; every change is checked (compiled and
 * every scenario run) before it serves.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RulesFolderPublishingIntegrationTests {

  /**
   * How long a changed parameter may take to serve (the acceptance: within 5 seconds). A slower
   * machine may allow more with {@code -Dgesprekswijzer.test.publish-within=10s}.
   */
  private static final Duration PUBLISH_WITHIN =
      Duration.parse("PT" + System.getProperty("gesprekswijzer.test.publish-within", "5s").toUpperCase());
  /** How long to wait for a check that must compile the rules, on a busy two-core machine. */
  private static final Duration CHECK_WITHIN = Duration.ofMinutes(3);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static Path rules;

  @LocalServerPort int port;
  private ServiceClient calls;

  @DynamicPropertySource
  static void serveAnExportedRuleSet(DynamicPropertyRegistry properties) throws IOException {
    rules = ExportedRules.export(TemporaryFolders.deletedAtExit("gesprekswijzer-publish"));
    properties.add("gesprekswijzer.rules.dir", rules::toString);
  }

  @BeforeEach
  void connect() {
    calls = new ServiceClient(port);
  }

  @Test
  void showsTheRuleSetInServiceAndThatItIsWatched() {
    JsonNode status = calls.status();
    String version = calls.advice(ServiceClient.EXAMPLE).path("rulesetVersion").asString();

    assertThat(status.path("name").asString()).isEqualTo("gesprekswijzer-default");
    assertThat(status.path("version").asString()).isEqualTo(version);
    assertThat(status.path("manifestVersion").asString() + "+" + status.path("contentHash").asString())
        .isEqualTo(version);
    assertThat(status.path("contentHash").asString()).matches("[0-9a-f]{8}");
    assertThat(status.path("source").asString()).isEqualTo(rules.toAbsolutePath().normalize().toString());
    assertThat(Instant.parse(status.path("activatedAt").asString())).isBefore(Instant.now().plusSeconds(1));
    assertThat(status.path("watching").asBoolean()).isTrue();
  }

  @Test
  void servesAChangedParameterWithinSecondsWithANewVersion() {
    JsonNode before = calls.advice(ServiceClient.CAREER);
    String oldVersion = before.path("rulesetVersion").asString();
    int oldWeeks = careerWeeks(rules);
    assertThat(before.path("followUp").path("intervalWeeks").asInt()).isEqualTo(oldWeeks);
    int newWeeks = oldWeeks - 2;

    long saved = System.nanoTime();
    changeCareerWeeks(rules, newWeeks);
    JsonNode after =
        poll(
            PUBLISH_WITHIN,
            "an advice with a new rulesetVersion",
            () -> {
              JsonNode advice = calls.advice(ServiceClient.CAREER);
              return advice.path("rulesetVersion").asString().equals(oldVersion)
                  ? Optional.empty()
                  : Optional.of(advice);
            });
    long millis = (System.nanoTime() - saved) / 1_000_000;

    System.out.printf(
        "Publish: a changed parameter served after %d ms (%s -> %s)%n",
        millis, oldVersion, after.path("rulesetVersion").asString());
    assertThat(after.path("followUp").path("intervalWeeks").asInt()).isEqualTo(newWeeks);
    assertThat(after.path("rulesetVersion").asString())
        .startsWith(oldVersion.substring(0, oldVersion.lastIndexOf('+') + 1));
    JsonNode status = calls.status();
    assertThat(status.path("version").asString()).isEqualTo(after.path("rulesetVersion").asString());
    assertThat(Instant.parse(status.path("activatedAt").asString()))
        .isAfter(Instant.now().minusMillis(millis + 1000));
  }

  /**
   * Ways to break the folder, one for each form of rules and for the scenarios, each with where its
   * problem must be named: the file and line, or the cell, its author wrote.
   */
  static Stream<Break> breaks() {
    return Stream.of(
        new Break(
            "a DRL syntax error",
            rules -> {
              Path drl = rules.resolve("rules/care/long-care.drl");
              int line = ExportedRules.lineIs(drl, "then");
              edit(drl, text -> text.replaceFirst("(?m)^then$", "thenn )"));
              return Expected.line("rules/care/long-care.drl", line);
            }),
        new Break(
            "a decision-table cell with a wrong value",
            rules -> {
              String cell =
                  TableCells.setInFirstRow(rules.resolve("rules/cao/cao-entitlements.xlsx"), "CAO", "Pay %", "full");
              return Expected.cell("rules/cao/cao-entitlements.xlsx", cell);
            }),
        new Break(
            "a .dslr sentence the Dutch language does not know",
            rules -> {
              Path dslr = rules.resolve("rules/care/agenda.dslr");
              String sentence = "    de medewerker zorgt voor iemand in een plotselinge noodsituatie";
              int line = lineOf(dslr, sentence);
              edit(dslr, text -> text.replaceFirst(sentence, "    de medewerker zorgt heel erg veel"));
              return Expected.line("rules/care/agenda.dslr", line);
            }),
        new Break(
            "a scenario that no longer holds",
            rules -> {
              Path scenarios = rules.resolve("scenarios/other-conversations.yaml");
              String name = "- name: A career talk is planned every";
              int line = lineOf(scenarios, name);
              edit(scenarios, text -> replaceAfter(text, name, "followUp: \\{intervalWeeks: \\d+", "followUp: {intervalWeeks: 99"));
              return Expected.line("scenarios/other-conversations.yaml", line);
            }),
        new Break(
            "a figure changed that a scenario pins",
            rules -> {
              changeCareerWeeksParameterOnly(rules, careerWeeks(rules) + 3);
              return Expected.line(
                  "scenarios/other-conversations.yaml",
                  lineOf(rules.resolve("scenarios/other-conversations.yaml"), "- name: A career talk is planned every"));
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void keepsServingThePreviousVersionAndNamesWhereAChangeBreaks(Break broken) {
    String version = calls.advice(ServiceClient.EXAMPLE).path("rulesetVersion").asString();
    Map<Path, byte[]> original = snapshot(rules);
    Instant changed = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    Expected expected = broken.apply().apply(rules);
    JsonNode refused =
        poll(
            CHECK_WITHIN,
            "a refusal after " + changed,
            () -> {
              JsonNode last = calls.status().path("lastRefused");
              return last.isMissingNode() || Instant.parse(last.path("at").asString()).isBefore(changed)
                  ? Optional.empty()
                  : Optional.of(last);
            });

    try {
      List<JsonNode> problems = new ArrayList<>();
      refused.path("problems").forEach(problems::add);
      System.out.printf("Refused %s: %s%n", broken, problems);
      assertThat(problems)
          .as("the problems of %s", broken)
          .anySatisfy(
              problem -> {
                assertThat(problem.path("file").asString()).isEqualTo(expected.file());
                if (expected.cell() != null) {
                  assertThat(problem.path("cell").asString()).isEqualTo(expected.cell());
                } else {
                  assertThat(problem.path("line").asInt()).isEqualTo(expected.line());
                }
                assertThat(problem.path("message").asString()).isNotBlank();
              });
      assertThat(calls.advice(ServiceClient.EXAMPLE).path("rulesetVersion").asString()).isEqualTo(version);
      assertThat(calls.status().path("version").asString()).isEqualTo(version);
    } finally {
      restore(rules, original);
    }
  }

  @Test
  void answersEveryRequestWhileTheRuleSetIsReplacedTenTimes() throws Exception {
    List<String> published = new CopyOnWriteArrayList<>(List.of(calls.status().path("version").asString()));
    Map<String, LongAdder> answered = new ConcurrentHashMap<>();
    AtomicInteger failures = new AtomicInteger();
    List<String> failed = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<?>> running = new ArrayList<>();
    for (int client = 0; client < 8; client++) {
      String body = client % 2 == 0 ? ServiceClient.EXAMPLE : ServiceClient.CAREER;
      running.add(
          clients.submit(
              () -> {
                while (!stop.get()) {
                  try {
                    HttpResponse<String> response = calls.postAdvice(body);
                    String version = JSON.readTree(response.body()).path("rulesetVersion").asString("");
                    if (response.statusCode() == 200 && !version.isEmpty()) {
                      answered.computeIfAbsent(version, v -> new LongAdder()).increment();
                    } else {
                      failures.incrementAndGet();
                      failed.add(response.statusCode() + " " + response.body());
                    }
                  } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    failed.add(e.toString());
                  }
                }
              }));
    }

    long started = System.nanoTime();
    try {
      Path manifest = rules.resolve("ruleset.yaml");
      Path drl = rules.resolve("rules/care/long-care.drl");
      for (int swap = 1; swap <= 10; swap++) {
        String previous = published.get(published.size() - 1);
        int n = swap;
        if (swap == 6) {
          // A changed rule file is compiled again, under load; the other swaps reuse the rule base.
          edit(drl, text -> text + "// replaced under load, swap " + n + "\n");
        } else {
          edit(manifest, text -> text.replaceFirst("(?m)^version: .*$", "version: 9.9." + n));
        }
        published.add(
            poll(
                CHECK_WITHIN,
                "swap " + swap + " in service",
                () -> {
                  String version = calls.status().path("version").asString();
                  return version.equals(previous) ? Optional.empty() : Optional.of(version);
                }));
      }
    } finally {
      stop.set(true);
      for (Future<?> client : running) {
        client.get();
      }
      clients.shutdown();
    }

    long total = answered.values().stream().mapToLong(LongAdder::sum).sum();
    Map<String, Long> perVersion = new TreeMap<>();
    answered.forEach((version, count) -> perVersion.put(version, count.sum()));
    System.out.printf(
        "Replaced the rule set 10 times in %d s under 8 clients: %d requests, %d failed; answered per version %s%n",
        (System.nanoTime() - started) / 1_000_000_000, total + failures.get(), failures.get(), perVersion);
    assertThat(failed).as("failed requests").isEmpty();
    assertThat(failures).hasValue(0);
    assertThat(published).as("versions published").hasSize(11).doesNotHaveDuplicates();
    assertThat(answered.keySet()).as("versions that answered").isSubsetOf(published).hasSizeGreaterThan(1);
  }

  /** Polls until the value is there; fails after {@code max}, showing the status at that moment. */
  private <T> T poll(Duration max, String what, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " within " + max + "; status: " + calls.status());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Replaces the first match of {@code regex} after the first occurrence of {@code anchor}. */
  private static String replaceAfter(String text, String anchor, String regex, String replacement) {
    int from = text.indexOf(anchor);
    assertThat(from).as(anchor).isNotNegative();
    Matcher found = Pattern.compile(regex).matcher(text);
    assertThat(found.find(from)).as(regex + " after " + anchor).isTrue();
    return text.substring(0, found.start()) + replacement + text.substring(found.end());
  }

  private static Map<Path, byte[]> snapshot(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      Map<Path, byte[]> contents = new HashMap<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(file, Files.readAllBytes(file));
      }
      return contents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts every file back as it was; the rule set in service is then the folder's again. */
  private static void restore(Path folder, Map<Path, byte[]> original) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!original.containsKey(file)) {
          Files.delete(file);
        }
      }
      for (Map.Entry<Path, byte[]> file : original.entrySet()) {
        if (!Files.exists(file.getKey()) || !Arrays.equals(Files.readAllBytes(file.getKey()), file.getValue())) {
          ExportedRules.save(file.getKey(), file.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One way to break the rules folder: applied to it, it says where the problem must be named. */
  record Break(String name, Function<Path, Expected> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Where a problem must be named: a file and line, or a file and spreadsheet cell. */
  record Expected(String file, int line, @Nullable String cell) {
    static Expected line(String file, int line) {
      return new Expected(file, line, null);
    }

    static Expected cell(String file, String cell) {
      return new Expected(file, 0, cell);
    }
  }
}
