package nl.gesprekswijzer.autoconfigure;

import java.nio.file.Path;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code gesprekswijzer.*} properties of the advisory engine bean.
 *
 * @param rules Where the rule set comes from.
 * @param defaultLanguage Language of the answer's texts when a request has no "language": "nl" or
 *     "en".
 * @param clockZone Time zone whose date is "today", the reference date of a request without one.
 */
@ConfigurationProperties("gesprekswijzer")
public record GesprekswijzerProperties(
    @DefaultValue Rules rules,
    @DefaultValue("nl") String defaultLanguage,
    @DefaultValue("Europe/Amsterdam") ZoneId clockZone) {

  public GesprekswijzerProperties {
    // Checked here so that a typo fails start-up naming the property, not at the first request.
    if (!"nl".equals(defaultLanguage) && !"en".equals(defaultLanguage)) {
      throw new IllegalArgumentException(
          "gesprekswijzer.default-language must be 'nl' or 'en', not '" + defaultLanguage + "'");
    }
  }

  /**
   * Where the rule set comes from.
   *
   * @param dir Folder of a rule set to use instead of the default rules in the rules jar (see
   *     "gesprekswijzer rules export"). It is compiled at start-up; a rule set with a problem stops
   *     the start-up, naming each problem at its file and line.
   */
  public record Rules(@Nullable Path dir) {}
}
