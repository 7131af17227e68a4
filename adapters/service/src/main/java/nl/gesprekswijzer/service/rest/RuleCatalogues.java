package nl.gesprekswijzer.service.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.gesprekswijzer.engine.catalogue.RuleCatalogue;
import nl.gesprekswijzer.engine.catalogue.ScenarioFirings;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The catalogues of the active rule set, each computed once. Running the scenarios takes seconds
 * and is the same for every date, so it happens once per rule set version; a catalogue for a date
 * and language is then milliseconds, and the most recently asked ones are kept.
 */
@Component
class RuleCatalogues {

  /** Dates and languages kept per rule set: a page visit asks one, a policy officer a handful. */
  static final int KEPT = 64;

  private final Supplier<RuleSet> activeRuleSet;
  private final Map<Key, RuleCatalogue> catalogues =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, RuleCatalogue> eldest) {
          return size() > KEPT;
        }
      };
  private @Nullable ScenarioFirings firings;

  RuleCatalogues(Supplier<RuleSet> activeRuleSet) {
    this.activeRuleSet = activeRuleSet;
  }

  private record Key(String version, LocalDate date, String language) {}

  /** The catalogue of the rule set active now, on the date, with headings in the language. */
  RuleCatalogue of(LocalDate date, String language) {
    RuleSet ruleSet = activeRuleSet.get();
    Key key = new Key(ruleSet.version(), date, language);
    synchronized (catalogues) {
      RuleCatalogue cached = catalogues.get(key);
      if (cached != null) {
        return cached;
      }
    }
    RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, firings(ruleSet), date, language);
    synchronized (catalogues) {
      catalogues.put(key, catalogue);
    }
    return catalogue;
  }

  /**
   * The scenarios of this rule set, run once: a second request waits for the first one's run
   * rather than starting its own. Only the newest rule set's are kept.
   */
  private synchronized ScenarioFirings firings(RuleSet ruleSet) {
    ScenarioFirings known = firings;
    if (known == null || !known.version().equals(ruleSet.version())) {
      known = ScenarioFirings.run(ruleSet);
      firings = known;
    }
    return known;
  }
}
