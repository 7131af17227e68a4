package nl.gesprekswijzer.service.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The security configuration, read once at start and checked as a whole: every problem is named
 * at its property, and any problem stops the start ({@link InvalidSecurityConfigurationException}).
 * Read from the {@link Environment} when the application starts, not by conditions, so that the
 * context prepared ahead of time at build (process-aot) serves whatever is configured at run time.
 *
 * <pre>
 * gesprekswijzer.security.keys.&lt;name&gt;.sha256 = hex SHA-256 of the key (printf %s "$KEY" | sha256sum)
 * gesprekswijzer.security.keys.&lt;name&gt;.tenant = the tenant the key acts for
 * gesprekswijzer.security.keys.&lt;name&gt;.roles  = advice, rules-admin or both
 * gesprekswijzer.security.oauth2.*             = see {@link OAuth2Settings}
 * </pre>
 *
 * @param oauth2 bearer tokens, when an issuer, a JWK set or a public key is configured
 */
record SecuritySettings(ApiKeys keys, @Nullable OAuth2Settings oauth2) {

  static final String PREFIX = "gesprekswijzer.security";
  static final String KEYS = PREFIX + ".keys";

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
  private static final Set<String> KEY_SETTINGS = Set.of("sha256", "tenant", "roles");

  /** The one key's settings as written; checked by {@link #read}. */
  record KeyProperties(@Nullable String sha256, @Nullable String tenant, @Nullable List<String> roles) {}

  /**
   * The development key serves only while nothing else is configured: configuring any key or an
   * issuer switches it off.
   */
  boolean developmentKeyAccepted() {
    return keys.isEmpty() && oauth2 == null;
  }

  static SecuritySettings read(Environment environment, ResourceLoader resources) {
    List<String> problems = new ArrayList<>(unknownSettings(environment));
    ApiKeys keys = keys(environment, problems);
    OAuth2Settings oauth2 = OAuth2Settings.read(environment, resources, problems);
    if (!problems.isEmpty()) {
      throw new InvalidSecurityConfigurationException(problems);
    }
    return new SecuritySettings(keys, oauth2);
  }

  private static ApiKeys keys(Environment environment, List<String> problems) {
    Map<String, KeyProperties> configured;
    try {
      configured =
          new TreeMap<>(
              Binder.get(environment)
                  .bind(KEYS, Bindable.mapOf(String.class, KeyProperties.class))
                  .orElse(Map.of()));
    } catch (BindException e) {
      // The message names the property, never its value (which could be a key pasted by mistake).
      problems.add(e.getMessage() + ": each key needs sha256, tenant and roles");
      return new ApiKeys(List.of());
    }
    List<ApiKeys.Key> keys = new ArrayList<>();
    Map<String, String> nameByHash = new LinkedHashMap<>();
    configured.forEach(
        (name, properties) -> {
          String at = KEYS + "." + name;
          byte[] hash = hash(at, properties.sha256(), problems);
          String tenant = tenant(at, properties.tenant(), problems);
          Set<Role> roles = roles(at, properties.roles(), problems);
          if (hash != null) {
            String other = nameByHash.putIfAbsent(HexFormat.of().formatHex(hash), name);
            if (other != null) {
              problems.add(
                  KEYS + "." + other + ".sha256 and " + at + ".sha256 are the same key;"
                      + " give each platform a key of its own");
            }
          }
          if (hash != null && tenant != null && !roles.isEmpty()) {
            keys.add(new ApiKeys.Key(name, hash, tenant, roles));
          }
        });
    return new ApiKeys(keys);
  }

  /** Never quotes the value: someone may have pasted the key itself instead of its hash. */
  private static byte @Nullable [] hash(String at, @Nullable String sha256, List<String> problems) {
    if (sha256 == null || sha256.isBlank()) {
      problems.add(
          at + ".sha256 is missing: the SHA-256 of the key as 64 hexadecimal digits,"
              + " as printf %s \"$KEY\" | sha256sum prints it");
      return null;
    }
    String hex = sha256.strip();
    if (!SHA256_HEX.matcher(hex).matches()) {
      problems.add(
          at + ".sha256 must be 64 hexadecimal digits (the SHA-256 of the key, never the key"
              + " itself), as printf %s \"$KEY\" | sha256sum prints them before the '-'; it has "
              + hex.length() + " characters"
              + (hex.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? "" : ", not all of them hexadecimal digits"));
      return null;
    }
    return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
  }

  private static @Nullable String tenant(String at, @Nullable String tenant, List<String> problems) {
    if (tenant == null || tenant.isBlank()) {
      problems.add(
          at + ".tenant is missing: the tenant this key acts for, e.g. " + at + ".tenant=default");
      return null;
    }
    if (!CurrentTenant.ID.matcher(tenant.strip()).matches()) {
      problems.add(
          at + ".tenant '" + tenant.strip() + "' is not a tenant id: 1 to 64 letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit");
      return null;
    }
    return tenant.strip();
  }

  private static Set<Role> roles(String at, @Nullable List<String> names, List<String> problems) {
    List<String> given =
        names == null ? List.of() : names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    if (given.isEmpty()) {
      problems.add(
          at + ".roles is missing: " + Role.all() + " or both, separated by a comma");
      return Set.of();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : given) {
      Role.named(name)
          .ifPresentOrElse(
              roles::add,
              () -> problems.add(at + ".roles: '" + name + "' is not a role; the roles are " + Role.all()));
    }
    return roles;
  }

  /**
   * A misspelt setting would be ignored silently, and with it the key or the issuer meant to
   * switch the development key off; so every setting under {@value #PREFIX} must be one this
   * service reads. Names are compared without dashes and case, as Spring's relaxed binding does
   * ({@code ISSUER_URI} in an environment variable is {@code issuer-uri}).
   */
  private static List<String> unknownSettings(Environment environment) {
    ConfigurationPropertyName prefix = ConfigurationPropertyName.of(PREFIX);
    Map<String, String> unknown = new TreeMap<>();
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source instanceof IterableConfigurationPropertySource iterable) {
        iterable.stream()
            .filter(prefix::isAncestorOf)
            .filter(name -> !known(name, prefix.getNumberOfElements()))
            .forEach(name -> unknown.putIfAbsent(name.toString(), origin(source, name)));
      }
    }
    return unknown.entrySet().stream()
        .map(
            setting ->
                setting.getKey()
                    + " is not a setting of this service"
                    + setting.getValue()
                    + "; it knows "
                    + KEYS + ".<name>.sha256, .tenant and .roles, and "
                    + OAuth2Settings.PREFIX + "." + String.join(", .", OAuth2Settings.SETTINGS))
        .toList();
  }

  private static boolean known(ConfigurationPropertyName name, int from) {
    List<String> elements = new ArrayList<>();
    for (int i = from; i < name.getNumberOfElements(); i++) {
      elements.add(name.getElement(i, Form.UNIFORM));
    }
    if (elements.size() >= 3 && elements.get(0).equals("keys")) {
      // keys.<name>.sha256, keys.<name>.roles[0]; a name may itself contain dots.
      String last = elements.get(elements.size() - 1);
      boolean indexed = name.isNumericIndex(name.getNumberOfElements() - 1);
      String setting = indexed ? elements.get(elements.size() - 2) : last;
      return indexed ? setting.equals("roles") && elements.size() >= 4 : KEY_SETTINGS.contains(setting);
    }
    if (elements.size() >= 2 && elements.get(0).equals("oauth2")) {
      String setting = String.join("", elements.subList(1, elements.size()));
      return OAuth2Settings.SETTINGS.stream().anyMatch(s -> s.replace("-", "").equals(setting));
    }
    return false;
  }

  /** Where the setting was written, e.g. {@code (set in System Environment Property "X")}. */
  private static String origin(ConfigurationPropertySource source, ConfigurationPropertyName name) {
    ConfigurationProperty property = source.getConfigurationProperty(name);
    return property != null && property.getOrigin() != null
        ? " (set in " + property.getOrigin() + ")"
        : "";
  }
}
