package nl.gesprekswijzer.service.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.ConversationType;
import org.jspecify.annotations.Nullable;

/**
 * The language of the calendar event and the manager's view, and the few words of their own they
 * say in it (headings, labels, dates, numbers): the request's {@code language}, else the best of
 * {@code nl} and {@code en} in the {@code Accept-Language} header, else Dutch.
 */
record ViewLanguage(String code) {

  static final ViewLanguage DUTCH = new ViewLanguage("nl");
  static final ViewLanguage ENGLISH = new ViewLanguage("en");

  private static final List<String> SUPPORTED = List.of("nl", "en");

  /**
   * The language to answer {@code request} in. A {@code language} the contract does not know is
   * left to the engine, which refuses it naming the field; a header that cannot be read counts as
   * absent.
   */
  static ViewLanguage of(AdviceRequest request, @Nullable String acceptLanguage) {
    if (request.language() != null) {
      return "en".equals(request.language()) ? ENGLISH : DUTCH;
    }
    return ofHeader(acceptLanguage);
  }

  /** The best supported language of an {@code Accept-Language} header; Dutch without one. */
  static ViewLanguage ofHeader(@Nullable String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return DUTCH;
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
      return "en".equals(tag) ? ENGLISH : DUTCH;
    } catch (IllegalArgumentException unreadable) {
      return DUTCH;
    }
  }

  /**
   * {@code request} in the language {@code Accept-Language} asks for, so that the engine writes its
   * texts in it; the request as it is when it names a language itself (valid or not: the engine
   * judges it) or when there is no header (the engine's default is Dutch, as here).
   */
  static AdviceRequest applyTo(AdviceRequest request, @Nullable String acceptLanguage) {
    if (request.language() != null || acceptLanguage == null) {
      return request;
    }
    // Every component but the language, as the request has it: a component added to the record
    // later must be passed on here too.
    return new AdviceRequest(
        request.referenceDate(),
        ofHeader(acceptLanguage).code(),
        request.conversation(),
        request.employee(),
        request.employer(),
        request.caregiving(),
        request.sickness(),
        request.wishes(),
        request.detail(),
        request.employeeRef());
  }

  boolean dutch() {
    return "nl".equals(code);
  }

  /** One of two texts, by language. */
  String say(String nl, String en) {
    return dutch() ? nl : en;
  }

  Locale locale() {
    return dutch() ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-GB");
  }

  /** 21 december 2026, 21 December 2026. */
  String date(LocalDate date) {
    return DateTimeFormatter.ofPattern("d MMMM uuuu", locale()).format(date);
  }

  /** maandag 21 december 2026, Monday 21 December 2026. */
  String dayAndDate(LocalDate date) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale()).format(date);
  }

  /** 44,8 in Dutch, 44.8 in English; never an exponent. */
  String number(BigDecimal number) {
    String plain = number.stripTrailingZeros().toPlainString();
    return dutch() ? plain.replace('.', ',') : plain;
  }

  /** What the talk is about, for titles: "werk en mantelzorg", "work and informal care". */
  String subject(ConversationType type) {
    return switch (type) {
      case CARE_BALANCE -> say("werk en mantelzorg", "work and informal care");
      case SICK_LEAVE -> say("verzuim en re-integratie", "sickness absence and return to work");
      case WELLBEING -> say("hoe het gaat", "how the employee is doing");
      case CAREER -> say("werk en loopbaan", "work and career");
    };
  }
}
