package nl.gesprekswijzer.service;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Every log line of a test class, for tests that switch on TRACE to show that not even then a value
 * of a request, a key or a token is logged. The lines are kept here instead of printed: TRACE of
 * Spring Security writes thousands of lines, and the build stays quiet. Registered with {@code
 * @RegisterExtension static final CapturedLog LOG = new CapturedLog();}.
 */
public final class CapturedLog implements BeforeEachCallback, AfterAllCallback {

  private static final String NAME = "CAPTURED";
  private static final String CONSOLE = "CONSOLE";

  private final StringBuilder lines = new StringBuilder();
  private @Nullable Appender<ILoggingEvent> console;

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
