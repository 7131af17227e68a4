package nl.gesprekswijzer.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformDataTests {

  @Test
  void showsOnlyTheDocumentsNamesNeverTheirContent() {
    PlatformData data =
        PlatformData.of("employee", "{\"first_name\": \"Marker-Name\"}").with("time-offs", "{\"data\": []}");

    assertThat(data.toString()).isEqualTo("PlatformData[employee, time-offs]").doesNotContain("Marker-Name");
    assertThat(data.document("employee")).hasValueSatisfying(json -> assertThat(json).contains("Marker-Name"));
    assertThat(data.document("attendances")).isEmpty();
  }

  @Test
  void refusesADocumentWithoutAName() {
    assertThatThrownBy(() -> new PlatformData(Map.of(" ", "{}"))).isInstanceOf(IllegalArgumentException.class);
  }
}
