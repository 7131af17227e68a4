package nl.gesprekswijzer.engine.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Every log line written while an action runs with every logger at TRACE, the most an operator
 * could turn on: for tests that show that not even then a value of a situation (or a key) reaches
 * the log. The lines are kept, not printed, so that the build stays quiet; the levels and the
 * appenders are given back afterwards. Shared with the adapters' tests through the engine's
 * test-jar.
 */
public final class TraceLog {

  private TraceLog() {}

  /** The lines, one per event with its level and logger, stack traces included. */
  public static String capture(Runnable action) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Map<Logger, Level> levels = new HashMap<>();
    for (Logger logger : context.getLoggerList()) {
      levels.put(logger, logger.getLevel());
      logger.setLevel(logger == root ? Level.TRACE : null); // every logger inherits TRACE
    }
    StringBuilder lines = new StringBuilder();
    AppenderBase<ILoggingEvent> capture =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            synchronized (lines) {
              lines.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                  .append(event.getFormattedMessage()).append('\n');
              IThrowableProxy thrown = event.getThrowableProxy();
              if (thrown != null) {
                lines.append(ThrowableProxyUtil.asString(thrown)).append('\n');
              }
            }
          }
        };
    capture.setContext(context);
    capture.start();
    List<Appender<ILoggingEvent>> printing = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(printing::add);
    printing.forEach(root::detachAppender);
    root.addAppender(capture);
    try {
      action.run();
    } finally {
      root.detachAppender(capture);
      printing.forEach(root::addAppender);
      levels.forEach(Logger::setLevel);
    }
    synchronized (lines) {
      return lines.toString();
    }
  }
}
