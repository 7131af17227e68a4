package nl.gesprekswijzer.service.rest;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.gesprekswijzer.api.AdviceRequest;
import org.jspecify.annotations.Nullable;

/**
 * The language of the answer when a request names none: the best of {@code nl} and {@code en} by
 * the caller's {@code Accept-Language} (quality values count, {@code en-GB} is {@code en}), and
 * {@code nl} when it accepts neither or sends none. The request's own {@code language} always
 * wins: a platform that stores its employees' language sends it, a browser page sends its user's.
 */
final class AnswerLanguage {

  static final List<String> SUPPORTED = List.of(AdviceRequest.DEFAULT_LANGUAGE, "en");

  /** Longer headers are not parsed: a real one names a few languages. */
  private static final int MAX_HEADER_LENGTH = 1000;

  private static final RecordComponent[] COMPONENTS = AdviceRequest.class.getRecordComponents();
  private static final int LANGUAGE = languageComponent();
  private static final Constructor<AdviceRequest> CANONICAL = canonicalConstructor();

  private AnswerLanguage() {}

  /** {@code nl} or {@code en}, never null; {@code nl} for a missing or malformed header. */
  static String fromAcceptLanguage(@Nullable String header) {
    if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
      return AdviceRequest.DEFAULT_LANGUAGE;
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
      return tag == null ? AdviceRequest.DEFAULT_LANGUAGE : tag;
    } catch (IllegalArgumentException malformed) {
      return AdviceRequest.DEFAULT_LANGUAGE;
    }
  }

  /**
   * The request with the language of {@code Accept-Language} when it names none itself; without
   * the header the request as it is (the engine's default, {@code nl}, then applies).
   */
  static AdviceRequest applyTo(AdviceRequest request, @Nullable String acceptLanguage) {
    if (request.language() != null || acceptLanguage == null) {
      return request;
    }
    return withLanguage(request, fromAcceptLanguage(acceptLanguage));
  }

  /**
   * Copied through the record's components rather than its constructor by hand, so that a
   * component added later (an optional field of the contract, such as the platform's employee
   * reference) is carried over instead of silently dropped.
   */
  private static AdviceRequest withLanguage(AdviceRequest request, String language) {
    Object[] values = new Object[COMPONENTS.length];
    try {
      for (int i = 0; i < COMPONENTS.length; i++) {
        values[i] = i == LANGUAGE ? language : COMPONENTS[i].getAccessor().invoke(request);
      }
      return CANONICAL.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("AdviceRequest refused a copy of itself", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("AdviceRequest cannot be copied", e);
    }
  }

  private static int languageComponent() {
    for (int i = 0; i < COMPONENTS.length; i++) {
      if (COMPONENTS[i].getName().equals("language")) {
        return i;
      }
    }
    throw new IllegalStateException("AdviceRequest has no language");
  }

  private static Constructor<AdviceRequest> canonicalConstructor() {
    try {
      return AdviceRequest.class.getDeclaredConstructor(
          Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("A record always has its canonical constructor", e);
    }
  }
}
