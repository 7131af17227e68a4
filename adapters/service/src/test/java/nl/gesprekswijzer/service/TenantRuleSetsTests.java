package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** How tenants' rules folders are configured, and the start-up's words when they are not. */
class TenantRuleSetsTests {

  @Test
  void readsEachTenantsFolderTenantIdsWithADotInBrackets() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("gesprekswijzer.tenants.acme.rules.dir", "/srv/rules-acme")
            .withProperty("gesprekswijzer.tenants[globex.nl].rules.dir", "/srv/rules-globex");

    assertThat(TenantRuleSets.folders(environment))
        .containsOnly(
            entry("acme", Path.of("/srv/rules-acme")),
            entry("globex.nl", Path.of("/srv/rules-globex")));
  }

  @Test
  void noTenantsNoFolders() {
    assertThat(TenantRuleSets.folders(new MockEnvironment())).isEmpty();
  }

  @Test
  void namesEachSettingThatIsWrong() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("gesprekswijzer.tenants.acme.rules.dir", " ")
            .withProperty("gesprekswijzer.tenants[-bad].rules.dir", "/srv/rules");

    assertThatThrownBy(() -> TenantRuleSets.folders(environment))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gesprekswijzer.tenants.acme.rules.dir is missing")
        .hasMessageContaining("'-bad' is not a tenant id");
  }
}
