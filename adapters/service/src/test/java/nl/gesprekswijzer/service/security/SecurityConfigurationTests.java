package nl.gesprekswijzer.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/** What the service says at start about the credentials it accepts. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityConfigurationTests {

  @Test
  void warnsOnceThatTheDevelopmentKeyServesAndSaysHowToConfigureRealKeys(CapturedOutput output) {
    new SecurityConfiguration().securitySettings(new MockEnvironment(), new DefaultResourceLoader());

    List<String> warnings = output.getAll().lines().filter(line -> line.contains("WARN")).toList();
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("development key", "loopback", "127.0.0.0/8, ::1", "tenant 'default'")
        .contains("gesprekswijzer.security.keys.<name>.sha256", "sha256sum", "gesprekswijzer.security.oauth2.issuer-uri")
        .doesNotContain("gesprekswijzer-dev");
  }

  @Test
  void saysWhichCredentialsItAcceptsOnceKeysAreConfiguredWithoutAWarning(CapturedOutput output) {
    String hash = HexFormat.of().formatHex(ApiKeys.sha256("a-real-key"));
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("gesprekswijzer.security.keys.acme.sha256", hash)
            .withProperty("gesprekswijzer.security.keys.acme.tenant", "acme")
            .withProperty("gesprekswijzer.security.keys.acme.roles", "advice");

    new SecurityConfiguration().securitySettings(environment, new DefaultResourceLoader());

    assertThat(output.getAll()).doesNotContain("WARN").contains("Accepting 1 API key(s) in X-API-Key; the development key is off.");
    assertThat(output.getAll()).doesNotContain(hash).doesNotContain("a-real-key");
  }
}
