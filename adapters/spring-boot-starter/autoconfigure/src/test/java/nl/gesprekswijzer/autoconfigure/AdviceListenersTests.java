package nl.gesprekswijzer.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.InvalidRequestException;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdviceListenersTests {

  /** Stands for a situation's personal content; it must never reach a log line. */
  private static final String MARKER = "marker-7f3a9c";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(GesprekswijzerAutoConfiguration.class));

  @Test
  void tellsEveryListenerBeanAboutEachAdvice() {
    Recording first = new Recording();
    Recording second = new Recording();

    runner
        .withBean("first", AdviceListener.class, () -> first)
        .withBean("second", AdviceListener.class, () -> second)
        .run(
            context -> {
              AdviceResponse answer = context.getBean(AdvisoryEngine.class).advise(ContractExample.request());

              assertThat(first.events).singleElement().satisfies(event -> {
                assertThat(event.response()).isSameAs(answer);
                assertThat(event.request()).isEqualTo(ContractExample.request());
                assertThat(event.tenant()).isEqualTo(AdviceEvent.DEFAULT_TENANT);
              });
              assertThat(second.events).singleElement().extracting(AdviceEvent::response).isSameAs(answer);
            });
  }

  @Test
  void tellsNoListenerAboutARefusedRequest() {
    Recording listener = new Recording();

    runner
        .withBean(AdviceListener.class, () -> listener)
        .run(
            context -> {
              AdvisoryEngine engine = context.getBean(AdvisoryEngine.class);
              assertThatThrownBy(
                      () -> engine.advise(ContractExample.request(
                          ContractExample.REQUEST.replace("\"weeklyHours\": 32", "\"weeklyHours\": 0"))))
                  .isInstanceOf(InvalidRequestException.class);
              assertThat(listener.events).isEmpty();
            });
  }

  @Test
  void givesTheAdviceAndTellsTheOthersWhenAListenerFailsAndLogsNothingOfIt(CapturedOutput output) {
    Recording after = new Recording();

    runner
        .withBean("failing", AdviceListener.class, () -> new Failing())
        .withBean("after", AdviceListener.class, () -> after)
        .run(
            context -> {
              AdviceResponse answer = context.getBean(AdvisoryEngine.class).advise(ContractExample.request());

              assertThat(answer.agenda()).isNotEmpty();
              assertThat(after.events).singleElement().extracting(AdviceEvent::response).isSameAs(answer);
            });
    assertThat(output)
        .contains(Failing.class.getName())
        .contains(IllegalStateException.class.getName())
        .doesNotContain(MARKER);
  }

  @Test
  void findsListenersWithTheServiceLoader(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + AdviceListener.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, Found.class.getName() + "\n");
    Found.events.clear();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      runner
          .withClassLoader(loader)
          .run(
              context -> {
                AdviceResponse answer = context.getBean(AdvisoryEngine.class).advise(ContractExample.request());

                assertThat(Found.events).singleElement().extracting(AdviceEvent::response).isSameAs(answer);
              });
    }
  }

  @Test
  void callsAListenerThatIsBothABeanAndAServiceOnce(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + AdviceListener.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, Found.class.getName() + "\n");
    Found.events.clear();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      runner
          .withClassLoader(loader)
          .withBean(AdviceListener.class, Found::new)
          .run(
              context -> {
                context.getBean(AdvisoryEngine.class).advise(ContractExample.request());

                assertThat(Found.events).hasSize(1);
              });
    }
  }

  @Test
  void wrapsNothingWithoutListeners() {
    runner.run(
        context ->
            assertThat(context.getBean(AdvisoryEngine.class)).isNotInstanceOf(ListeningAdvisoryEngine.class));
  }

  /** A listener that keeps what it receives. */
  static final class Recording implements AdviceListener {
    final List<AdviceEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onAdvice(AdviceEvent event) {
      events.add(event);
    }
  }

  /** A listener whose exception quotes the situation, as a careless one might. */
  static final class Failing implements AdviceListener {
    @Override
    public void onAdvice(AdviceEvent event) {
      throw new IllegalStateException("cannot store " + MARKER + " for " + event.request().employee());
    }
  }

  /** A listener a platform registers in META-INF/services; the service loader makes it. */
  public static final class Found implements AdviceListener {
    static final List<AdviceEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onAdvice(AdviceEvent event) {
      events.add(event);
    }
  }
}
