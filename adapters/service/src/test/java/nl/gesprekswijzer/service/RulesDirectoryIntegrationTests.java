package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.gesprekswijzer.engine.TemporaryFolders;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Started with {@code --gesprekswijzer.rules.dir=DIR}, the service serves the rules in DIR. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RulesDirectoryIntegrationTests {

  private static final String VERSION = "7.7.7-exported";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void serveAnExportedRuleSet(DynamicPropertyRegistry properties) throws IOException {
    Path rules = TemporaryFolders.deletedAtExit("gesprekswijzer-rules");
    export(rules);
    Path manifest = rules.resolve("ruleset.yaml");
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^version: .*$", "version: " + VERSION));
    properties.add("gesprekswijzer.rules.dir", rules::toString);
  }

  @Test
  void servesTheRuleSetInTheFolder() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/advice"))
                    .header("Content-Type", "application/json")
                    .header(TestCredentials.HEADER, TestCredentials.DEVELOPMENT_KEY)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            """
                            {
                              "referenceDate": "2026-11-23",
                              "conversation": { "type": "CARE_BALANCE" },
                              "employee": { "weeklyHours": 32, "employedSince": "2019-04-01" },
                              "employer": { "size": 240 }
                            }
                            """))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String version = JsonMapper.builder().build().readTree(response.body()).path("rulesetVersion").asString();
    assertThat(version).startsWith(VERSION + "+");
  }

  @Test
  void refusesToStartOnABrokenFolderNamingItsProblems(@TempDir Path rules) throws IOException {
    export(rules);
    Path drl = rules.resolve("rules/care/long-care.drl");
    Files.writeString(drl, Files.readString(drl).replaceFirst("(?m)^then$", "thenn )"));

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(GesprekswijzerApplication.class)
                    .run("--gesprekswijzer.rules.dir=" + rules, "--server.port=0", "--spring.jmx.enabled=false")
                    .close())
        // The runner that waits for the rule set rethrows the compiler's own exception.
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining(rules.toAbsolutePath().toString())
        .hasMessageContaining("rules/care/long-care.drl line 23");
  }

  /**
   * Start-up asks of a folder what publishing a change asks: a restart must not put into service a
   * rule set whose scenarios fail.
   */
  @Test
  void refusesToStartOnAFolderWhoseScenarioFails(@TempDir Path rules) throws IOException {
    export(rules);
    Path scenarios = rules.resolve("scenarios/other-conversations.yaml");
    int line = ExportedRules.lineOf(scenarios, "- name: A career talk is planned every");
    ExportedRules.edit(
        scenarios, text -> text.replace("followUp: {intervalWeeks: 26, nextDate: 2027-05-24}", "followUp: {intervalWeeks: 27}"));

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(GesprekswijzerApplication.class)
                    .run("--gesprekswijzer.rules.dir=" + rules, "--server.port=0", "--spring.jmx.enabled=false")
                    .close())
        .isInstanceOf(RuleSetException.class)
        .hasMessageContaining("scenarios/other-conversations.yaml line " + line + ": A career talk is planned every");
  }

  private static void export(Path dir) throws IOException {
    for (Map.Entry<String, String> file : new ClasspathRuleSetSource().files().entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    for (Map.Entry<String, byte[]> file : new ClasspathRuleSetSource().binaryFiles().entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }
}
