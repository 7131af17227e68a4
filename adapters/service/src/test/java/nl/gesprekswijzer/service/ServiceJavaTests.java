package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JVM java.sh finds for start.sh and the build's training run: GESPREKSWIJZER_JAVA, else the
 * newest JDK 25 or later in the JDK folder, else java on the PATH. On fake JDKs (a release file
 * and a java that is never run), so that the way without JDK 25 is tested on a machine that has it.
 */
class ServiceJavaTests {

  /** Surefire runs in the module's folder, where the script is. */
  private static final Path SCRIPT = Path.of("java.sh").toAbsolutePath();

  @TempDir Path work;

  @Test
  void takesTheNewestJdk25OrLaterFromTheJdkFolder() throws Exception {
    Path jdks = work.resolve("jvm");
    fakeJdk(jdks.resolve("java-17-openjdk"), "17.0.15");
    fakeJdk(jdks.resolve("temurin-25"), "25.0.3");
    fakeJdk(jdks.resolve("jdk-26"), "26");
    Path onPath = fakeJdk(work.resolve("path-jdk"), "17.0.2");

    assertThat(javaSh(Map.of("GESPREKSWIJZER_JVM_DIR", jdks.toString()), onPath))
        .isEqualTo(jdks.resolve("jdk-26/bin/java") + " 26");
  }

  @Test
  void takesJavaOnThePathWhereNoJdk25IsInstalled() throws Exception {
    Path jdks = work.resolve("jvm");
    fakeJdk(jdks.resolve("java-17-openjdk"), "17.0.15");
    fakeJdk(jdks.resolve("java-21-openjdk"), "21.0.4");
    Path onPath = fakeJdk(work.resolve("path-jdk"), "17.0.2");

    assertThat(javaSh(Map.of("GESPREKSWIJZER_JVM_DIR", jdks.toString()), onPath))
        .isEqualTo(onPath.resolve("bin/java") + " 17");
  }

  @Test
  void takesTheJavaItIsToldAJdkFolderOrAnExecutable() throws Exception {
    Path jdks = work.resolve("jvm");
    fakeJdk(jdks.resolve("temurin-25"), "25.0.3");
    Path seventeen = fakeJdk(work.resolve("java-17"), "17.0.15");
    Path onPath = fakeJdk(work.resolve("path-jdk"), "25.0.1");

    assertThat(
            javaSh(
                Map.of(
                    "GESPREKSWIJZER_JVM_DIR", jdks.toString(),
                    "GESPREKSWIJZER_JAVA", seventeen.toString()),
                onPath))
        .isEqualTo(seventeen.resolve("bin/java") + " 17");
    assertThat(
            javaSh(
                Map.of(
                    "GESPREKSWIJZER_JVM_DIR", jdks.toString(),
                    "GESPREKSWIJZER_JAVA", seventeen.resolve("bin/java").toString()),
                onPath))
        .isEqualTo(seventeen.resolve("bin/java") + " 17");
  }

  /** A JDK folder with a release file and a bin/java that fails if it is ever run. */
  private static Path fakeJdk(Path home, String version) throws IOException {
    Path java = home.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\necho 'the fake java was run' >&2\nexit 3\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  /** What java.sh prints, run with the given environment and the fake JDK's bin first on the PATH. */
  private static String javaSh(Map<String, String> environment, Path jdkOnPath) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
    builder.environment().remove("GESPREKSWIJZER_JAVA");
    builder.environment().remove("GESPREKSWIJZER_JVM_DIR");
    builder.environment().putAll(environment);
    builder
        .environment()
        .put("PATH", jdkOnPath.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes()).trim();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
