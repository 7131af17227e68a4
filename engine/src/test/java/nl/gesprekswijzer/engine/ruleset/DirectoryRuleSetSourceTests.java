package nl.gesprekswijzer.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryRuleSetSourceTests {

  @TempDir Path folder;

  @Test
  void readsEveryFileWithSlashesAndSkipsHiddenOnes() throws IOException {
    Files.writeString(folder.resolve("ruleset.yaml"), "name: x\nversion: 1.0.0\n");
    Files.createDirectories(folder.resolve("rules/care"));
    Files.writeString(folder.resolve("rules/care/a.drl"), "package rules.care\n");
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git/config"), "[core]\n");
    Files.writeString(folder.resolve("rules/care/.a.drl.swp"), "editor swap file");

    assertThat(new DirectoryRuleSetSource(folder).files()).containsOnlyKeys("ruleset.yaml", "rules/care/a.drl");
  }

  @Test
  void givesDecisionTablesAsBytesAndLeavesOutTheLockFileOfAnOpenWorkbook() throws IOException {
    byte[] workbook = {0x50, 0x4b, 0x03, 0x04, (byte) 0xff, 0x00};
    Files.writeString(folder.resolve("ruleset.yaml"), "name: x\nversion: 1.0.0\n");
    Files.createDirectories(folder.resolve("rules/cao"));
    Files.write(folder.resolve("rules/cao/cao-entitlements.xlsx"), workbook);
    Files.write(folder.resolve("rules/cao/~$cao-entitlements.xlsx"), new byte[] {1, 2});

    DirectoryRuleSetSource source = new DirectoryRuleSetSource(folder);

    assertThat(source.files()).containsOnlyKeys("ruleset.yaml");
    assertThat(source.binaryFiles()).containsOnlyKeys("rules/cao/cao-entitlements.xlsx");
    assertThat(source.binaryFiles().get("rules/cao/cao-entitlements.xlsx")).isEqualTo(workbook);
  }

  @Test
  void refusesAFolderWithoutManifest() {
    assertThatThrownBy(() -> new DirectoryRuleSetSource(folder).files())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("has no ruleset.yaml");
  }
}
