package nl.gesprekswijzer.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** What an operator reads when a rules folder stops the start of an application. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

  @Test
  void listsEachProblemOfTheFolderAtItsFileAndLine(@TempDir Path dir, CapturedOutput output) throws IOException {
    RuleSetFolders.export(dir);
    String file = "rules/care/short-term-care-leave.drl";
    int line = RuleSetFolders.replace(dir, file, "$s : Situation( )", "$s : Situation( weeklyHours > )");
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setBannerMode(Banner.Mode.OFF);

    assertThatThrownBy(() -> application.run("--gesprekswijzer.rules.dir=" + dir).close());

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("Rule set from " + dir + " cannot be used")
        .contains("  - " + file + ":" + line + ":")
        .contains("gesprekswijzer rules check");
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration(GesprekswijzerAutoConfiguration.class)
  static class Application {}
}
