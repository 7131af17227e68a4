package nl.gesprekswijzer.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import nl.gesprekswijzer.engine.ruleset.ClasspathRuleSetSource;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.engine.ruleset.RuleSetCompiler;
import nl.gesprekswijzer.spi.AdviceEvent;
import nl.gesprekswijzer.spi.AdviceListener;
import nl.gesprekswijzer.spi.CallerInput;
import nl.gesprekswijzer.spi.CaoCatalog;
import nl.gesprekswijzer.spi.PlatformData;
import nl.gesprekswijzer.spi.RuleSetSource;
import nl.gesprekswijzer.spi.SituationSource;
import org.jspecify.annotations.Nullable;

/**
 * The example platform's own code around the engine, as a Java HR platform writes it: it finds its
 * SPI implementations with {@link ServiceLoader}, builds one engine, and for each question turns the
 * platform's data into a request, asks the engine for the tenant, and tells every listener.
 *
 * <pre>{@code
 * try (ExamplePlatform platform = ExamplePlatform.start()) {
 *   AdviceResponse advice = platform.advise("zorgwerk", "E-1001",
 *       PlatformData.of("employee", employeeRecordJson),
 *       CallerInput.forTalk(ConversationType.CARE_BALANCE, null).withCaregiving(care));
 * }
 * }</pre>
 */
public final class ExamplePlatform implements AutoCloseable {

  private final RulesAdvisoryEngine engine;
  private final SituationSource situations;
  private final List<AdviceListener> listeners;
  private final Clock clock;

  private ExamplePlatform(
      RulesAdvisoryEngine engine, SituationSource situations, List<AdviceListener> listeners, Clock clock) {
    this.engine = engine;
    this.situations = situations;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /**
   * Finds the platform's SPI implementations on the classpath and builds the engine on its rule
   * set, with its customers' CAO figures.
   */
  public static ExamplePlatform start() {
    ClassLoader loader = ExamplePlatform.class.getClassLoader();
    RuleSetSource rules = only(RuleSetSource.class, loader);
    SituationSource situations =
        ServiceLoader.load(SituationSource.class, loader).stream()
            .map(ServiceLoader.Provider::get)
            .filter(source -> source.platform().equals(ExampleHrSituationSource.PLATFORM))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No SituationSource for " + ExampleHrSituationSource.PLATFORM));
    CaoCatalog catalog = only(CaoCatalog.class, loader);
    List<AdviceListener> listeners =
        ServiceLoader.load(AdviceListener.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    RulesAdvisoryEngine engine =
        RulesAdvisoryEngine.builder().ruleSet(ruleSet(rules)).caoCatalog(catalog).build();
    return new ExamplePlatform(engine, situations, listeners, Clock.systemUTC());
  }

  /**
   * The store's rule set. Its rule files are the default's, so the rule base the rules jar ships
   * precompiled is reused: no Drools compilation, only the checks of every file.
   */
  private static RuleSet ruleSet(RuleSetSource rules) {
    try {
      RuleSet shipped = RuleSetCompiler.compile(new ClasspathRuleSetSource());
      return RuleSetCompiler.compileReusing(rules.description(), rules.files(), rules.binaryFiles(), shipped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T only(Class<T> type, ClassLoader loader) {
    List<T> found = ServiceLoader.load(type, loader).stream().map(ServiceLoader.Provider::get).toList();
    if (found.size() != 1) {
      throw new IllegalStateException("Expected one " + type.getSimpleName() + " on the classpath, found " + found.size());
    }
    return found.get(0);
  }

  /**
   * Advice about one employee for one tenant: the platform's data as a request, the engine's answer
   * with the tenant's CAO figures, and a notice to every listener. A listener that fails changes
   * neither the answer nor what the others receive.
   *
   * @param employeeRef the platform's own reference of the employee, opaque to the engine
   */
  public AdviceResponse advise(
      String tenant, @Nullable String employeeRef, PlatformData data, CallerInput caller) {
    Objects.requireNonNull(tenant, "tenant");
    AdviceRequest request = situations.situation(data, caller);
    AdviceResponse response = engine.advise(request, tenant);
    AdviceEvent event = new AdviceEvent(tenant, employeeRef, request, response, clock.instant());
    for (AdviceListener listener : listeners) {
      try {
        listener.onAdvice(event);
      } catch (RuntimeException e) {
        // A listener's failure is its own; the advice stands. Nothing of the event is logged.
      }
    }
    return response;
  }

  /** The engine, for the version of its rules and to check a customer's CAO figures. */
  public RulesAdvisoryEngine engine() {
    return engine;
  }

  /** The listeners found, in the order they are told. */
  public List<AdviceListener> listeners() {
    return listeners;
  }

  @Override
  public void close() {
    engine.close();
  }
}
