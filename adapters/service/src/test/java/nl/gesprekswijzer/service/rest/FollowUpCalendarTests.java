package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.rest.ManagerViewSituations.CARE;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.REQUEST_DATES;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.SICK_LEAVE;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.inLanguage;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.request;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.gesprekswijzer.api.AdviceRequest;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AdvisoryEngine;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.engine.evaluation.RulesAdvisoryEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The follow-up talk as an iCalendar event, on advice of the real engine and default rules. */
class FollowUpCalendarTests {

  private static final Instant NOW = Instant.parse("2026-11-23T09:15:00Z");

  private static AdvisoryEngine engine;

  @BeforeAll
  static void buildTheEngine() {
    engine = RulesAdvisoryEngine.builder().build();
  }

  @Test
  void putsTheFollowUpTalkOnItsDayWithTheAgendaInOrder() {
    AdviceRequest request = request(inLanguage(CARE, "nl"));
    AdviceResponse advice = engine.advise(request);

    VEvent event = onlyEvent(calendar(request, advice, ViewLanguage.DUTCH, null));

    ICalDate start = event.getDateStart().getValue();
    assertThat(start.hasTime()).as("an all-day event").isFalse();
    assertThat(day(start)).isEqualTo(advice.followUp().nextDate());
    assertThat(day(event.getDateEnd().getValue())).isEqualTo(advice.followUp().nextDate().plusDays(1));
    assertThat(event.getSummary().getValue()).isEqualTo("Vervolggesprek: werk en mantelzorg");
    assertThat(event.getClassification().isPrivate()).isTrue();
    assertThat(event.getTransparency().isTransparent()).isTrue();

    List<String> lines = event.getDescription().getValue().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Agenda:");
    List<String> expected = new ArrayList<>();
    for (AgendaItem item : advice.agenda()) {
      expected.add(
          (expected.size() + 1) + ". " + FollowUpCalendar.title(item, ViewLanguage.DUTCH));
    }
    assertThat(lines.subList(1, 1 + expected.size())).containsExactlyElementsOf(expected);
    assertThat(advice.agenda()).extracting(AgendaItem::topic).contains("LAST_STAGE_ARRANGEMENTS");
    assertThat(lines).contains("2. Afspraken voor de komende tijd");
  }

  @Test
  void saysNothingOfTheSituationBeyondTheAgendaTitles() {
    AdviceRequest request = request(inLanguage(CARE, "nl"));
    AdviceResponse advice = engine.advise(request);

    String calendar = calendar(request, advice, ViewLanguage.DUTCH, "emp-4711");

    assertThat(calendar.toLowerCase(Locale.ROOT))
        .as("the care situation's words")
        .doesNotContain("levensfase", "palliat", "ernstig", "ziek", "terminal", "kind van 7",
            "ouder", "13,5", "13.5", "uur per week", "emp-4711");
    assertNoneOfTheAdvicesOtherTexts(calendar, advice);
    assertNoneOfTheDates(calendar, ViewLanguage.DUTCH);
  }

  @Test
  void saysNothingOfTheSicknessBeyondTheAgendaTitlesInEnglish() {
    AdviceRequest request = request(inLanguage(SICK_LEAVE, "en"));
    AdviceResponse advice = engine.advise(request);

    String calendar = calendar(request, advice, ViewLanguage.ENGLISH, null);

    VEvent event = onlyEvent(calendar);
    assertThat(event.getSummary().getValue())
        .isEqualTo("Follow-up talk: sickness absence and return to work");
    assertThat(day(event.getDateStart().getValue())).isEqualTo(advice.followUp().nextDate());
    assertThat(event.getDescription().getValue()).contains("1. " + advice.agenda().get(0).title());
    assertThat(calendar).doesNotContain("55", "week 11", "week 10");
    assertNoneOfTheAdvicesOtherTexts(calendar, advice);
    assertNoneOfTheDates(calendar, ViewLanguage.ENGLISH);
    for (var deadline : advice.deadlines()) {
      assertThat(calendar).doesNotContain(deadline.title());
    }
  }

  @Test
  void keepsItsUidForTheSameTalkAndChangesItForAnotherTalkOrEmployee() {
    AdviceRequest request = request(inLanguage(CARE, "nl"));
    AdviceResponse advice = engine.advise(request);
    AdviceResponse later = engine.advise(request.withReferenceDate(LocalDate.of(2026, 11, 30)));

    String uid = uid(calendar(request, advice, ViewLanguage.DUTCH, null));

    assertThat(uid(calendar(request, advice, ViewLanguage.ENGLISH, null)))
        .as("the same talk in another language")
        .isEqualTo(uid);
    assertThat(uid(FollowUpCalendar.of(
            request.conversation().type(), advice, ViewLanguage.DUTCH, null, NOW.plusSeconds(3600))))
        .as("the same talk downloaded an hour later")
        .isEqualTo(uid);
    assertThat(uid(calendar(request, later, ViewLanguage.DUTCH, null))).isNotEqualTo(uid);
    assertThat(uid(calendar(request, advice, ViewLanguage.DUTCH, "emp-1")))
        .isNotEqualTo(uid)
        .isNotEqualTo(uid(calendar(request, advice, ViewLanguage.DUTCH, "emp-2")))
        .doesNotContain("emp");
    assertThat(uid).matches("[0-9a-f]{32}@gesprekswijzer");
  }

  // ------------------------------------------------------------------------------------------

  private static String calendar(
      AdviceRequest request, AdviceResponse advice, ViewLanguage language, String employeeRef) {
    return FollowUpCalendar.of(request.conversation().type(), advice, language, employeeRef, NOW);
  }

  private static VEvent onlyEvent(String calendar) {
    List<ICalendar> calendars = Biweekly.parse(calendar).all();
    assertThat(calendars).hasSize(1);
    assertThat(calendars.get(0).getEvents()).hasSize(1);
    return calendars.get(0).getEvents().get(0);
  }

  private static String uid(String calendar) {
    return onlyEvent(calendar).getUid().getValue();
  }

  private static LocalDate day(ICalDate date) {
    DateTimeComponents raw = date.getRawComponents();
    return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
  }

  /** The whys, tips, warnings, entitlements and the follow-up's why stay in the advice. */
  private static void assertNoneOfTheAdvicesOtherTexts(String calendar, AdviceResponse advice) {
    String unfolded = calendar.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";");
    List<String> texts = new ArrayList<>();
    advice.agenda().forEach(item -> texts.add(item.why()));
    advice.managerTips().forEach(tip -> texts.add(tip.text()));
    advice.warnings().forEach(warning -> texts.add(warning.text()));
    advice.entitlements().forEach(e -> texts.add(e.conditions()));
    texts.add(advice.followUp().why());
    for (String text : texts) {
      assertThat(unfolded).doesNotContain(text.substring(0, Math.min(40, text.length())));
    }
  }

  /** Neither a date of the request nor one of the advice's deadlines, in any way it is written. */
  private static void assertNoneOfTheDates(String calendar, ViewLanguage language) {
    for (String iso : REQUEST_DATES) {
      LocalDate date = LocalDate.parse(iso);
      assertThat(calendar)
          .doesNotContain(iso)
          .doesNotContain(DateTimeFormatter.BASIC_ISO_DATE.format(date))
          .doesNotContain(language.date(date));
    }
  }
}
