package nl.gesprekswijzer.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an HR platform's own API says about one employee: each document as the platform returned
 * it (usually JSON), keyed by the name the {@link SituationSource} reading it documents, for example
 * {@code employee} and {@code time-offs}.
 *
 * <p>Documents may hold more than the source reads (names, e-mail addresses): a source reads only
 * the fields it maps and never keeps, logs or passes on the rest.
 */
public record PlatformData(Map<String, String> documents) {

  public PlatformData {
    Objects.requireNonNull(documents, "documents");
    documents.forEach(
        (name, content) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A document without a name");
          }
          Objects.requireNonNull(content, () -> "document " + name);
        });
    documents = Map.copyOf(documents);
  }

  /** One document. */
  public static PlatformData of(String name, String content) {
    return new PlatformData(Map.of(name, content));
  }

  /** The same data with one more document (or another content for the name). */
  public PlatformData with(String name, String content) {
    Map<String, String> more = new TreeMap<>(documents);
    more.put(name, content);
    return new PlatformData(more);
  }

  /** The document of that name, if the platform gave it. */
  public Optional<String> document(String name) {
    return Optional.ofNullable(documents.get(name));
  }

  /** Names only: the documents' contents are an employee's data and stay out of log lines. */
  @Override
  public String toString() {
    return "PlatformData" + new TreeMap<>(documents).keySet();
  }
}
