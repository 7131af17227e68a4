package nl.gesprekswijzer.kafka;

import java.time.Duration;

/**
 * What the topology needs to know.
 *
 * @param daysAhead how many days before a deadline or the follow-up date its event is sent
 * @param watchInterval how often the watch looks for dates to announce (wall-clock time)
 */
record Settings(Topics topics, AdviceForm adviceForm, int daysAhead, Duration watchInterval) {

  static final int DEFAULT_DAYS_AHEAD = 14;
  static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofMinutes(1);

  Settings {
    if (daysAhead < 0) {
      throw new IllegalArgumentException("daysAhead must be 0 or more");
    }
    if (watchInterval.isNegative() || watchInterval.isZero()) {
      throw new IllegalArgumentException("watchInterval must be positive");
    }
  }

  static Settings defaults() {
    return new Settings(Topics.DEFAULTS, AdviceForm.DATALESS, DEFAULT_DAYS_AHEAD, DEFAULT_WATCH_INTERVAL);
  }

  Settings withAdviceForm(AdviceForm form) {
    return new Settings(topics, form, daysAhead, watchInterval);
  }
}
