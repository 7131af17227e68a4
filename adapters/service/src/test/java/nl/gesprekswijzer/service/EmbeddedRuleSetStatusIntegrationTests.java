package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Without a rules folder, the status shows the rules jar's rule set, which is not watched. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmbeddedRuleSetStatusIntegrationTests {

  @LocalServerPort int port;

  @Test
  void showsTheEmbeddedRuleSetAsNotWatched() {
    ServiceClient calls = new ServiceClient(port);
    String version = calls.advice(ServiceClient.EXAMPLE).path("rulesetVersion").asString();

    JsonNode status = calls.status();

    assertThat(status.path("name").asString()).isEqualTo("gesprekswijzer-default");
    assertThat(status.path("version").asString()).isEqualTo(version);
    assertThat(status.path("manifestVersion").asString()).isEqualTo(version.substring(0, version.lastIndexOf('+')));
    assertThat(status.path("contentHash").asString()).isEqualTo(version.substring(version.lastIndexOf('+') + 1));
    assertThat(status.path("source").asString()).isEqualTo("classpath:" + ClasspathRuleSetSource.DEFAULT_ROOT);
    assertThat(Instant.parse(status.path("activatedAt").asString())).isBefore(Instant.now());
    assertThat(status.path("watching").asBoolean()).isFalse();
    assertThat(status.has("lastRefused")).isFalse();
  }
}
