package nl.gesprekswijzer.service.rest;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Classification;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Transparency;
import biweekly.util.ICalDate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.TimeZone;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.ConversationType;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up talk as an iCalendar event (RFC 5545): an all-day event on {@code
 * followUp.nextDate}, so that the manager picks the hour, marked free (it does not block the day)
 * and private (a shared calendar shows others only that the time is taken).
 *
 * <p>A calendar travels further than the advice: it is synchronised to phones and mail servers and
 * often visible to assistants. So the event says only what kind of talk it is and the agenda's
 * titles, in order. Titles are the rule set's fixed texts, written without the situation's values;
 * the whys, tips, entitlements, deadlines and dates of the advice stay out, as does every value of
 * the request (people cared for, ages, hours, sickness dates). The one title that names someone's
 * state of health, the arrangements for the last stage of life of the person cared for, is
 * replaced by a neutral one.
 */
final class FollowUpCalendar {

  static final String MEDIA_TYPE = "text/calendar";

  /**
   * Topics whose title tells something about the health of the employee or of someone they care
   * for, with the title the calendar shows instead ({nl, en}). Titles of other topics name a part
   * of the talk (leave, the plan of approach, the company doctor's analysis), not a person's health.
   */
  private static final Map<String, String[]> NEUTRAL_TITLES =
      Map.of(
          "LAST_STAGE_ARRANGEMENTS",
          new String[] {"Afspraken voor de komende tijd", "Arrangements for the time ahead"});

  private FollowUpCalendar() {}

  /**
   * The calendar with the one event.
   *
   * @param employeeRef the platform's opaque reference of the employee, when it sent one; it only
   *     makes the event's UID differ between employees, and is not readable from it
   */
  static String of(
      ConversationType type,
      AdviceResponse advice,
      ViewLanguage language,
      @Nullable String employeeRef,
      Instant now) {
    LocalDate date = advice.followUp().nextDate();
    VEvent event = new VEvent();
    event.setUid(uid(type, advice, employeeRef));
    event.setDateTimeStamp(Date.from(now));
    event.setDateStart(new DateStart(allDay(date)));
    // DTEND of an all-day event is the day after: its end is exclusive.
    event.setDateEnd(new DateEnd(allDay(date.plusDays(1))));
    event.setSummary(summary(type, language));
    event.setDescription(description(advice, language));
    event.setClassification(Classification.private_());
    event.setTransparency(Transparency.transparent());

    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//Gesprekswijzer//Follow-up talk//" + language.code().toUpperCase());
    calendar.setMethod(Method.publish());
    calendar.addEvent(event);
    return Biweekly.write(calendar).go();
  }

  /** The name of the downloaded file: vervolggesprek-2026-12-21.ics, follow-up-talk-2026-12-21.ics. */
  static String fileName(AdviceResponse advice, ViewLanguage language) {
    return language.say("vervolggesprek-", "follow-up-talk-") + advice.followUp().nextDate() + ".ics";
  }

  static String summary(ConversationType type, ViewLanguage language) {
    return language.say("Vervolggesprek: ", "Follow-up talk: ") + language.subject(type);
  }

  static String description(AdviceResponse advice, ViewLanguage language) {
    StringBuilder text = new StringBuilder(language.say("Agenda:", "Agenda:")).append('\n');
    int number = 1;
    for (AgendaItem item : advice.agenda()) {
      text.append(number++).append(". ").append(title(item, language)).append('\n');
    }
    text.append('\n')
        .append(
            language.say(
                "Waarom elk punt op de agenda staat, en wat er verder te bespreken is, staat in het"
                    + " gespreksadvies in het HR-systeem.",
                "Why each topic is on the agenda, and what else to discuss, is in the conversation"
                    + " advice in the HR system."));
    return text.toString();
  }

  /** The title the calendar shows for an agenda item. */
  static String title(AgendaItem item, ViewLanguage language) {
    String[] neutral = NEUTRAL_TITLES.get(item.topic());
    return neutral == null ? item.title() : language.say(neutral[0], neutral[1]);
  }

  /**
   * Stable: the same advice downloaded again has the same UID, so a calendar updates the event
   * instead of adding a second one. Made of what the event shows anyway (the kind of talk, the day
   * it was planned on and the day it falls on) and, when the platform sent one, a one-way hash of
   * its reference of the employee, so that two employees' talks planned alike stay two events.
   */
  static String uid(ConversationType type, AdviceResponse advice, @Nullable String employeeRef) {
    String source =
        String.join(
            "|",
            "follow-up",
            type.name(),
            advice.referenceDate().toString(),
            advice.followUp().nextDate().toString(),
            employeeRef == null ? "" : employeeRef);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16) + "@gesprekswijzer";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * A date without a time. biweekly writes a date-only value in the JVM's default time zone, so the
   * day starts there.
   */
  private static ICalDate allDay(LocalDate date) {
    ZoneId zone = TimeZone.getDefault().toZoneId();
    return new ICalDate(Date.from(date.atStartOfDay(zone).toInstant()), false);
  }
}
