package nl.gesprekswijzer.service;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Every log line of a test class, for tests that switch on TRACE to show that not even then a value
 * of a request, a key or a token is logged. The lines are kept here instead of printed: TRACE of
 * Spring Security writes thousands of lines, and the build stays quiet. Registered with {@code
 * @RegisterExtension static final CapturedLog LOG = new CapturedLog("org.springframework.security");},
 * naming the loggers the class turns up: logging is set up once per JVM, so their levels are given
 * back after the class, and the other tests log as usual again.
 */
public final class CapturedLog implements BeforeEachCallback, AfterAllCallback {

  private static final String NAME = "CAPTURED";
  private static final String CONSOLE = "CONSOLE";

  private final StringBuilder lines = new StringBuilder();
  private final List<String> turnedUp;
  private @Nullable Appender<ILoggingEvent> console;

  /** @param turnedUp the loggers whose level the test class sets, to be given back after it */
  public CapturedLog(String... turnedUp) {
    this.turnedUp = List.of(turnedUp);
  }

  /** Before each test, as the test's Spring context has set up logging by then. */
  @Override
  public void beforeEach(ExtensionContext context) {
    Logger root = root();
    Appender<ILoggingEvent> printing = root.getAppender(CONSOLE);
    if (printing != null) {
      console = printing;
      root.detachAppender(printing);
    }
    if (root.getAppender(NAME) == null) {
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
      capture.setName(NAME);
      capture.setContext(root.getLoggerContext());
      capture.start();
      root.addAppender(capture);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Logger root = root();
    root.detachAppender(NAME);
    if (console != null && root.getAppender(CONSOLE) == null) {
      root.addAppender(console);
    }
    LoggingSystem logging = LoggingSystem.get(CapturedLog.class.getClassLoader());
    turnedUp.forEach(logger -> logging.setLogLevel(logger, null));
  }

  /** Every line logged since the first test of the class began, with stack traces. */
  public String getAll() {
    synchronized (lines) {
      return lines.toString();
    }
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
