package nl.gesprekswijzer.engine.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import nl.gesprekswijzer.spi.RuleSetSource;
import org.jspecify.annotations.Nullable;

/**
 * The rule set packaged on the classpath under a root folder, by default {@value #DEFAULT_ROOT}
 * (the {@code rules} jar). Works for folders, jars and the nested jars of an executable Spring
 * Boot jar.
 */
public final class ClasspathRuleSetSource implements RuleSetSource {

  public static final String DEFAULT_ROOT = "gesprekswijzer/ruleset";
  static final String MANIFEST = "ruleset.yaml";

  private final String root;
  private final ClassLoader classLoader;

  public ClasspathRuleSetSource() {
    this(DEFAULT_ROOT, ClasspathRuleSetSource.class.getClassLoader());
  }

  public ClasspathRuleSetSource(String root, ClassLoader classLoader) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.classLoader = classLoader;
  }

  @Override
  public String description() {
    return "classpath:" + root;
  }

  @Override
  public Map<String, String> files() throws IOException {
    Map<String, String> files = new TreeMap<>();
    readAll().forEach(
        (path, bytes) -> {
          if (!RuleSetFiles.isBinary(path)) {
            files.put(path, new String(bytes, StandardCharsets.UTF_8));
          }
        });
    return files;
  }

  @Override
  public Map<String, byte[]> binaryFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>(readAll());
    files.keySet().removeIf(path -> !RuleSetFiles.isBinary(path));
    return files;
  }

  /** Every file of the rule set as bytes, keyed by its path relative to the root. */
  private Map<String, byte[]> readAll() throws IOException {
    Enumeration<URL> manifests = classLoader.getResources(root + "/" + MANIFEST);
    if (!manifests.hasMoreElements()) {
      throw new IOException("No rule set on the classpath: " + root + "/" + MANIFEST + " not found");
    }
    URL manifest = manifests.nextElement();
    if (manifests.hasMoreElements()) {
      throw new IOException(
          "More than one rule set on the classpath at " + root + ": " + manifest + " and "
              + manifests.nextElement());
    }
    URLConnection connection = manifest.openConnection();
    if (connection instanceof JarURLConnection jar) {
      jar.setUseCaches(false);
      try (JarFile file = jar.getJarFile()) {
        return readJar(file, jar.getEntryName());
      }
    }
    if ("file".equals(manifest.getProtocol())) {
      try {
        DirectoryRuleSetSource folder = new DirectoryRuleSetSource(Path.of(manifest.toURI()).getParent());
        Map<String, byte[]> files = new TreeMap<>(folder.binaryFiles());
        folder.files().forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return files;
      } catch (URISyntaxException e) {
        throw new IOException("Cannot read rule set at " + manifest, e);
      }
    }
    throw new IOException("Cannot list the rule set at " + manifest);
  }

  /**
   * The rule base compiled when the rule set was packaged ({@value PrecompiledRuleBase#SUFFIX}
   * beside its root folder), or {@code null} when it was packaged without one.
   */
  public byte @Nullable [] precompiledRuleBase() throws IOException {
    try (InputStream in = classLoader.getResourceAsStream(root + PrecompiledRuleBase.SUFFIX)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static Map<String, byte[]> readJar(JarFile jar, String manifestEntry) throws IOException {
    String prefix = manifestEntry.substring(0, manifestEntry.length() - MANIFEST.length());
    Map<String, byte[]> files = new TreeMap<>();
    try {
      jar.stream()
          .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(prefix))
          .filter(entry -> RuleSetFiles.isRuleSetFile(entry.getName().substring(prefix.length())))
          .forEach(entry -> files.put(entry.getName().substring(prefix.length()), read(jar, entry)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return files;
  }

  private static byte[] read(JarFile jar, JarEntry entry) {
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
