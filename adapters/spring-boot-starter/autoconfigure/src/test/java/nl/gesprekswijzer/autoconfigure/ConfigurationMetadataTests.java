package nl.gesprekswijzer.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The metadata IDEs read to complete and describe the properties, as the build generated it. */
class ConfigurationMetadataTests {

  private static final String METADATA = "META-INF/spring-configuration-metadata.json";

  @Test
  void describesEveryPropertyWithItsTypeAndDefault() throws IOException {
    Map<String, JsonNode> properties = new HashMap<>();
    metadata().get("properties").forEach(property -> properties.put(property.get("name").asString(), property));

    assertThat(properties)
        .containsOnlyKeys(
            "gesprekswijzer.rules.dir",
            "gesprekswijzer.rules.watch",
            "gesprekswijzer.rules.quiet-period",
            "gesprekswijzer.default-language",
            "gesprekswijzer.clock-zone",
            "gesprekswijzer.concurrent-evaluations");
    properties.values().forEach(
        property -> assertThat(property.path("description").asString()).as(property.get("name").asString())
            .hasSizeGreaterThan(20)
            .endsWith("."));
    assertThat(properties.get("gesprekswijzer.rules.dir").get("type").asString()).isEqualTo("java.nio.file.Path");
    assertThat(properties.get("gesprekswijzer.rules.dir").has("defaultValue")).isFalse();
    assertThat(properties.get("gesprekswijzer.rules.watch").get("defaultValue").asBoolean()).isTrue();
    assertThat(properties.get("gesprekswijzer.rules.quiet-period").get("defaultValue").asString()).isEqualTo("500ms");
    assertThat(properties.get("gesprekswijzer.default-language").get("defaultValue").asString()).isEqualTo("nl");
    assertThat(properties.get("gesprekswijzer.clock-zone").get("defaultValue").asString())
        .isEqualTo("Europe/Amsterdam");
    assertThat(properties.get("gesprekswijzer.concurrent-evaluations").get("defaultValue").asInt()).isZero();
  }

  @Test
  void offersTheLanguagesAsValues() throws IOException {
    List<String> languages = new ArrayList<>();
    metadata().get("hints").forEach(hint -> {
      if (hint.get("name").asString().equals("gesprekswijzer.default-language")) {
        hint.get("values").forEach(value -> languages.add(value.get("value").asString()));
      }
    });

    assertThat(languages).containsExactly("nl", "en");
  }

  /** Ours among the metadata files on the classpath (Spring Boot's jars have their own). */
  private static JsonNode metadata() throws IOException {
    for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA))) {
      try (InputStream in = url.openStream()) {
        JsonNode metadata = JsonMapper.builder().build().readTree(in);
        for (JsonNode group : metadata.get("groups")) {
          if (group.get("name").asString().equals("gesprekswijzer")) {
            return metadata;
          }
        }
      }
    }
    throw new AssertionError("No " + METADATA + " with the gesprekswijzer group on the classpath");
  }
}
