package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.service.ServiceClient;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/** Who {@link AdviceListeners} tells about an advice, and what a failing listener changes: nothing. */
class AdviceListenersTests {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final AdviceRequest request =
      JsonMapper.builder()
          .build()
          .readValue(
              ServiceClient.EXAMPLE.replace("\"language\": \"nl\",", "\"language\": \"nl\", \"employeeRef\": \"emp-77\","),
              AdviceRequest.class);
  // The listeners only pass the answer on; its content does not matter here.
  private final AdviceResponse response =
      new AdviceResponse(
          "1.0.0", NOW.atZone(ZoneOffset.UTC).toLocalDate(), List.of(), List.of(), List.of(), List.of(),
          new FollowUp(4, NOW.atZone(ZoneOffset.UTC).toLocalDate().plusWeeks(4), "why"), List.of(), List.of(),
          List.of(), List.of());

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @TempDir Path services;

  @BeforeEach
  void captureLog() {
    ServiceLoadedAdviceListener.RECEIVED.clear();
    log.start();
    logger().addAppender(log);
    logger().setAdditive(false);
  }

  @AfterEach
  void releaseLog() {
    logger().detachAppender(log);
    logger().setAdditive(true);
  }

  @Test
  void tellsEveryBeanThenEveryListenerTheServiceLoaderFinds() throws IOException {
    List<String> calls = new ArrayList<>();
    AdviceListener first = event -> calls.add("first " + event.employeeRef());
    AdviceListener second = event -> calls.add("second " + event.tenant());

    AdviceListeners listeners = new AdviceListeners(List.of(first, second), declaring(ServiceLoadedAdviceListener.class), CLOCK);
    listeners.adviceGiven("acme", request, response);

    assertThat(listeners.listeners()).hasSize(3);
    assertThat(listeners.listeners().get(2)).isInstanceOf(ServiceLoadedAdviceListener.class);
    assertThat(calls).containsExactly("first emp-77", "second acme");
    assertThat(ServiceLoadedAdviceListener.RECEIVED)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.tenant()).isEqualTo("acme");
              assertThat(event.employeeRef()).isEqualTo("emp-77");
              assertThat(event.request()).isSameAs(request);
              assertThat(event.response()).isSameAs(response);
              assertThat(event.at()).isEqualTo(NOW);
            });
  }

  @Test
  void callsAListenerThatIsBothABeanAndAServiceOnce() throws IOException {
    ServiceLoadedAdviceListener bean = new ServiceLoadedAdviceListener();

    AdviceListeners listeners = new AdviceListeners(List.of(bean), declaring(ServiceLoadedAdviceListener.class), CLOCK);
    listeners.adviceGiven(AdviceEvent.DEFAULT_TENANT, request, response);

    assertThat(listeners.listeners()).containsExactly(bean);
    assertThat(ServiceLoadedAdviceListener.RECEIVED).hasSize(1);
  }

  @Test
  void tellsTheOtherListenersWhenOneFailsAndLogsNothingOfWhatItSaid() throws IOException {
    List<String> calls = new ArrayList<>();
    AdviceListener failing =
        event -> {
          throw new IllegalStateException("MARKER " + event.employeeRef() + " " + event.request().employer().size());
        };
    AdviceListener linkage =
        event -> {
          throw new NoSuchMethodError("MARKER compiled against another version");
        };
    AdviceListener after = event -> calls.add("after");

    AdviceListeners listeners =
        new AdviceListeners(List.of(failing, linkage, after), declaring(ServiceLoadedAdviceListener.class), CLOCK);
    listeners.adviceGiven(AdviceEvent.DEFAULT_TENANT, request, response);

    assertThat(calls).containsExactly("after");
    assertThat(ServiceLoadedAdviceListener.RECEIVED).hasSize(1);
    List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0))
        .contains("java.lang.IllegalStateException", "AdviceListenersTests", "answered as usual")
        .doesNotContain("MARKER", "emp-77");
    assertThat(warnings.get(1)).contains("java.lang.NoSuchMethodError").doesNotContain("MARKER");
    assertThat(log.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
  }

  @Test
  void logsAListenerThatAlwaysFailsAtItsFirstSecondFourthAndEighthFailure() {
    AdviceListener failing =
        event -> {
          throw new IllegalStateException("MARKER");
        };
    AdviceListeners listeners = new AdviceListeners(List.of(failing), new URLClassLoader(new URL[0], null), CLOCK);

    for (int i = 0; i < 10; i++) {
      listeners.adviceGiven(AdviceEvent.DEFAULT_TENANT, request, response);
    }

    assertThat(log.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).doesNotContain("MARKER"))
        .last()
        .asString()
        .endsWith("(8 failures since the start)");
  }

  @Test
  void doesNothingWithoutListeners() {
    AdviceListeners listeners = new AdviceListeners(List.of(), new URLClassLoader(new URL[0], null), CLOCK);

    listeners.adviceGiven(AdviceEvent.DEFAULT_TENANT, request, response);

    assertThat(listeners.listeners()).isEmpty();
  }

  /** A class loader on which {@code META-INF/services} declares {@code listener}, as in a platform's jar. */
  private ClassLoader declaring(Class<? extends AdviceListener> listener) throws IOException {
    Path file = services.resolve("META-INF/services/" + AdviceListener.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# a platform's listener\n" + listener.getName() + "\n");
    return new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
  }

  private static Logger logger() {
    return (Logger) LoggerFactory.getLogger(AdviceListeners.class);
  }
}
