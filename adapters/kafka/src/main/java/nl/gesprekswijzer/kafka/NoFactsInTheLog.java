package nl.gesprekswijzer.kafka;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops Drools' and KIE's DEBUG and TRACE lines whatever level their loggers are set to: at those
 * levels Drools writes every fact it inserts, and a fact here is the situation (hours, dates, the
 * CAO). An operator who turns logging up to look into Kafka cannot turn a situation into the log.
 * Installed by {@code logback.xml}.
 */
public final class NoFactsInTheLog extends TurboFilter {

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != null && !level.isGreaterOrEqual(Level.INFO) && isRuleEngine(logger.getName())) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isRuleEngine(String name) {
    return name.startsWith("org.drools") || name.startsWith("org.kie");
  }
}
