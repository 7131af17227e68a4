package nl.gesprekswijzer.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.engine.publish.PublishedRules;
import nl.gesprekswijzer.engine.publish.RuleSetStatus;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.service.security.CurrentTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The rule sets in service: the default one (the embedded rules or {@code gesprekswijzer.rules.dir})
 * and one per tenant configured with a folder of its own ({@code
 * gesprekswijzer.tenants.<tenant>.rules.dir}), each checked, watched and published on its own.
 *
 * <p>A tenant's advice comes from its own rule set when it has one, else from the default; its
 * policy staff (a {@code rules-admin} credential of that tenant) see the status and catalogue of
 * that rule set only. Also the {@code Supplier<RuleSet>} of the pages: the current tenant's.
 */
final class TenantRuleSets implements ApplicationRunner, Supplier<RuleSet>, AutoCloseable {

  /** {@code gesprekswijzer.tenants.<tenant>.rules.dir}: a tenant's own rules folder. */
  static final String TENANTS = "gesprekswijzer.tenants";

  private final PublishedRules defaults;
  private final Map<String, PublishedRules> byTenant;
  private final CurrentTenant currentTenant;

  TenantRuleSets(PublishedRules defaults, Map<String, PublishedRules> byTenant, CurrentTenant currentTenant) {
    this.defaults = defaults;
    this.byTenant = Map.copyOf(byTenant);
    this.currentTenant = currentTenant;
  }

  /**
   * Waits for every first rule set (all compile at once, from their creation on), so that the
   * application is ready only when each tenant's is; a broken one stops the start-up, naming it.
   */
  @Override
  public void run(ApplicationArguments args) {
    defaults.start();
    byTenant.values().forEach(PublishedRules::start);
  }

  /** The tenant's own rule set, or the default one. */
  PublishedRules of(String tenant) {
    return byTenant.getOrDefault(tenant, defaults);
  }

  /** The rule set of the tenant whose request is being handled. */
  PublishedRules current() {
    return of(currentTenant.id());
  }

  @Override
  public RuleSet get() {
    return current().get();
  }

  RuleSetStatus status() {
    return current().status();
  }

  /** Each tenant with a rule set of its own, and the version in service for it. */
  Map<String, String> tenantVersions() {
    Map<String, String> versions = new TreeMap<>();
    byTenant.forEach((tenant, rules) -> versions.put(tenant, rules.current().version()));
    return versions;
  }

  /**
   * The engine every way in uses: {@code advise(request, tenant)} goes to the tenant's rule set;
   * without a tenant, and for {@code rulesetVersion()}, the default one.
   */
  AdvisoryEngine engine() {
    AdvisoryEngine defaultEngine = defaults.engine();
    return new AdvisoryEngine() {
      @Override
      public AdviceResponse advise(AdviceRequest request) {
        return defaultEngine.advise(request);
      }

      @Override
      public AdviceResponse advise(AdviceRequest request, String tenant) {
        return of(tenant).current().engine().advise(request, tenant);
      }

      @Override
      public String rulesetVersion() {
        return defaultEngine.rulesetVersion();
      }
    };
  }

  /**
   * The folders configured under {@value #TENANTS}, by tenant. A tenant id with a dot is written in
   * brackets: {@code gesprekswijzer.tenants[acme.nl].rules.dir=/srv/rules-acme}.
   *
   * @throws IllegalStateException naming each setting that is not a tenant id or lacks its folder
   */
  static Map<String, Path> folders(Environment environment) {
    Map<String, TenantSettings> configured =
        Binder.get(environment)
            .bind(TENANTS, Bindable.mapOf(String.class, TenantSettings.class))
            .orElse(Map.of());
    Map<String, Path> folders = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    configured.forEach(
        (tenant, settings) -> {
          String at = TENANTS + "." + tenant + ".rules.dir";
          if (!CurrentTenant.ID.matcher(tenant).matches()) {
            problems.add(
                TENANTS + "." + tenant + ": '" + tenant + "' is not a tenant id: 1 to 64 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
          } else if (settings.rules() == null || settings.rules().dir() == null || settings.rules().dir().isBlank()) {
            problems.add(at + " is missing: the folder of this tenant's rule set (gesprekswijzer rules export)");
          } else {
            folders.put(tenant, Path.of(settings.rules().dir().strip()));
          }
        });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The tenants' rule sets are not configured well:\n  - " + String.join("\n  - ", problems));
    }
    return folders;
  }

  /** What may be configured per tenant. */
  record TenantSettings(@Nullable Rules rules) {

    record Rules(@Nullable String dir) {}
  }

  @Override
  public void close() {
    List<PublishedRules> all = new ArrayList<>(byTenant.values());
    all.add(defaults);
    all.forEach(PublishedRules::close);
  }
}
