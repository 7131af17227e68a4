package nl.gesprekswijzer.service.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver's examples in WEBHOOKS.md, run as a receiver would run them on bodies this service
 * signed: the right secret passes; another secret, a changed body and an old timestamp do not.
 */
class WebhooksDocumentationTests {

  private static final Path DOCUMENT = Path.of("WEBHOOKS.md");
  private static final String SECRET = WebhookAdviceListenerTests.SECRET;
  private static final byte[] BODY =
      "{\"id\":\"0b6a4a53-3c52-4d37-9d2e-8d1f1c0f2a61\",\"type\":\"advice.given\",\"employeeRef\":\"hr:emp-4711\"}"
          .getBytes(StandardCharsets.UTF_8);

  @TempDir Path work;

  @Test
  void theShellExampleAcceptsOnlyWhatThisServiceSignedWithTheSecret() throws Exception {
    assumeTrue(onPath("openssl") && onPath("bash"), "needs bash and openssl");
    Path script = work.resolve("verify-webhook.sh");
    Files.writeString(script, block("bash", "verify-webhook.sh"));
    Path body = work.resolve("body.json");
    Files.write(body, BODY);
    long now = Instant.now().getEpochSecond();
    String header = WebhookSignature.header(SECRET, now, BODY);

    assertThat(runShell(script, header, body, SECRET)).isEqualTo("valid");
    assertThat(runShell(script, header, body, SECRET + "x")).isEqualTo("signature does not match");
    assertThat(runShell(script, WebhookSignature.header(SECRET, now - 600, BODY), body, SECRET)).isEqualTo("timestamp too old");
    Files.write(body, new String(BODY, StandardCharsets.UTF_8).replace("4711", "4712").getBytes(StandardCharsets.UTF_8));
    assertThat(runShell(script, header, body, SECRET)).isEqualTo("signature does not match");
  }

  @Test
  void theJavaExampleAcceptsOnlyWhatThisServiceSignedWithTheSecret() throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assumeTrue(javac != null, "needs a JDK");
    Path source = work.resolve("GesprekswijzerWebhookVerifier.java");
    Files.writeString(source, block("java", "public final class GesprekswijzerWebhookVerifier"));
    assertThat(javac.run(null, null, null, "-d", work.toString(), source.toString())).isZero();

    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass("GesprekswijzerWebhookVerifier");
      Method verify = type.getMethod("verify", String.class, byte[].class, Instant.class);
      Object right = type.getConstructor(String.class).newInstance(SECRET);
      Object wrong = type.getConstructor(String.class).newInstance(SECRET + "x");
      Instant now = Instant.now();
      String header = WebhookSignature.header(SECRET, now.getEpochSecond(), BODY);
      byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("4711", "4712").getBytes(StandardCharsets.UTF_8);

      assertThat(verify.invoke(right, header, BODY, now)).isEqualTo(true);
      assertThat(verify.invoke(right, header + ",v1=" + "0".repeat(64), BODY, now)).as("a second v1").isEqualTo(true);
      assertThat(verify.invoke(wrong, header, BODY, now)).isEqualTo(false);
      assertThat(verify.invoke(right, header, changed, now)).isEqualTo(false);
      assertThat(verify.invoke(right, header, BODY, now.plus(Duration.ofMinutes(6)))).isEqualTo(false);
      assertThat(verify.invoke(right, "t=abc,v1=00", BODY, now)).isEqualTo(false);
      // The service's own check agrees with the example.
      assertThat(WebhookSignature.verify(SECRET, header, BODY, now, Duration.ofMinutes(5))).isTrue();
    }
  }

  /** The fenced block of {@code language} in WEBHOOKS.md that contains {@code mark}. */
  private static String block(String language, String mark) throws Exception {
    Matcher blocks = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOCUMENT));
    while (blocks.find()) {
      if (blocks.group(1).contains(mark)) {
        return blocks.group(1);
      }
    }
    throw new AssertionError("WEBHOOKS.md has no " + language + " block with " + mark);
  }

  private static String runShell(Path script, String header, Path body, String secret) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString(), header, body.toString()));
    builder.environment().put("WEBHOOK_SECRET", secret);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(output.equals("valid") ? 0 : 1);
    return output;
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null
        && List.of(path.split(File.pathSeparator)).stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
