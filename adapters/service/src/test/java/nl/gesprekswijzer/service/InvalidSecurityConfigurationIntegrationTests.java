package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A security configuration with problems stops the start, and the operator reads each problem at
 * its property instead of a stack trace; a key pasted where its hash belongs is not repeated.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidSecurityConfigurationIntegrationTests {

  @Test
  void refusesToStartAndNamesEveryProblemAtItsProperty(CapturedOutput output) {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(GesprekswijzerApplication.class)
                    .run(
                        "--server.port=0",
                        "--gesprekswijzer.security.keys.acme.sha256=my-pasted-secret-key",
                        "--gesprekswijzer.security.keys.acme.roles=advice,admin"))
        .hasStackTraceContaining("The security configuration is not valid");

    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .contains("gesprekswijzer.security.keys.acme.sha256 must be 64 hexadecimal digits")
        .contains("gesprekswijzer.security.keys.acme.tenant is missing")
        .contains("gesprekswijzer.security.keys.acme.roles: 'admin' is not a role; the roles are advice, rules-admin")
        .contains("printf %s \"$KEY\" | sha256sum")
        .doesNotContain("my-pasted-secret-key");
  }
}
