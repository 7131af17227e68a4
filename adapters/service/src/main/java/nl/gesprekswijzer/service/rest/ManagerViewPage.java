package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.rest.Html.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.gesprekswijzer.api.AdviceResponse;
import nl.gesprekswijzer.api.AgendaItem;
import nl.gesprekswijzer.api.ConversationType;
import nl.gesprekswijzer.api.Deadline;
import nl.gesprekswijzer.api.Entitlement;
import nl.gesprekswijzer.api.FollowUp;
import nl.gesprekswijzer.api.ManagerTip;
import nl.gesprekswijzer.api.Warning;
import org.jspecify.annotations.Nullable;

/**
 * The manager's view: one advice as a complete HTML page, for an HR platform to show in an iframe
 * ({@code srcdoc}) or on a page of its own. What the manager needs in and after the talk: the
 * warnings, the agenda in order with why each topic is there, the tips, the entitlements with
 * their figures, conditions and sources, the sick-leave deadlines with where they stand, and the
 * follow-up with a link that downloads it as a calendar event.
 *
 * <p>The page is self-contained and inert: its one style sheet is inline, the calendar event is a
 * {@code data:} link, and it has no script, no image, no font and no link to anywhere, so it works
 * in a sandboxed iframe, offline and printed, and nothing of it is stored or fetched. Every text is
 * escaped. The solutions, the employee's checklist and the explanation for policy staff are left
 * out: they have readers of their own, and the page prints on one A4.
 */
final class ManagerViewPage {

  static final String STYLE = style();

  /**
   * The page's Content-Security-Policy when it is served on its own: nothing may load, and the one
   * inline style sheet is allowed by its hash (a platform that embeds the page under its own policy
   * allows the same hash).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '" + sha256(STYLE) + "'; base-uri 'none'; form-action 'none'";

  private final StringBuilder html = new StringBuilder(24_000);
  private final ViewLanguage language;

  private ManagerViewPage(ViewLanguage language) {
    this.language = language;
  }

  /** The page for {@code advice} on a talk of {@code type}, with the follow-up as {@code calendar}. */
  static String render(
      ConversationType type, AdviceResponse advice, String calendar, ViewLanguage language) {
    return new ManagerViewPage(language).page(type, advice, calendar);
  }

  private String page(ConversationType type, AdviceResponse advice, String calendar) {
    String title = say("Gespreksadvies: ", "Conversation advice: ") + language.subject(type);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>").append(escape(title + " – " + language.date(advice.referenceDate())))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");

    html.append("<header class=\"masthead\">\n")
        .append("<p class=\"masthead__kicker\">")
        .append(escape(say("Gesprekswijzer · voor de leidinggevende", "Gesprekswijzer · for the manager")))
        .append("</p>\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"masthead__meta\">")
        .append(escape(say("Advies voor ", "Advice for ") + language.dayAndDate(advice.referenceDate())))
        .append("</p>\n</header>\n<main>\n");

    warnings(advice.warnings());
    agenda(advice.agenda());
    tips(advice.managerTips());
    entitlements(advice.entitlements());
    deadlines(advice.deadlines(), advice);
    followUp(advice.followUp(), calendar, advice);

    html.append("</main>\n<footer class=\"colophon\">\n<p>")
        .append(
            escape(
                say(
                    "Opgesteld door Gesprekswijzer met regels " + advice.rulesetVersion()
                        + ". Leg geen medische gegevens vast: niet de diagnose, de oorzaak of de"
                        + " behandeling, ook niet van wie de medewerker verzorgt.",
                    "Prepared by Gesprekswijzer with rules " + advice.rulesetVersion()
                        + ". Record no medical details: not the diagnosis, the cause or the"
                        + " treatment, nor those of the person the employee cares for.")))
        .append("</p>\n</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private void warnings(List<Warning> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    openSection("warnings", say("Let op", "Take care"), "warnings");
    html.append("<ul class=\"warnings__list\">\n");
    for (Warning warning : warnings) {
      html.append("<li data-warning=\"").append(escape(warning.id())).append("\">")
          .append(escape(warning.text())).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private void agenda(List<AgendaItem> agenda) {
    openSection("agenda", say("Agenda", "Agenda"), "agenda-section");
    html.append("<ol class=\"agenda\">\n");
    for (AgendaItem item : agenda) {
      html.append("<li class=\"agenda__item\" data-topic=\"").append(escape(item.topic())).append("\">")
          .append("<h3 class=\"agenda__title\">").append(escape(item.title())).append("</h3>")
          .append("<p class=\"agenda__why\"><span class=\"label\">").append(escape(say("Waarom: ", "Why: ")))
          .append("</span>").append(escape(item.why())).append("</p></li>\n");
    }
    html.append("</ol>\n</section>\n");
  }

  private void tips(List<ManagerTip> tips) {
    if (tips.isEmpty()) {
      return;
    }
    openSection("tips", say("Tips voor u", "Tips for you"), "tips-section");
    html.append("<ul class=\"tips\">\n");
    for (ManagerTip tip : tips) {
      html.append("<li data-tip=\"").append(escape(tip.id())).append("\">")
          .append(escape(tip.text())).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private void entitlements(List<Entitlement> entitlements) {
    if (entitlements.isEmpty()) {
      return;
    }
    openSection("entitlements", say("Rechten en regelingen", "Entitlements"), "entitlements-section");
    html.append("<ul class=\"entitlements\">\n");
    for (Entitlement entitlement : entitlements) {
      html.append("<li class=\"entitlement\" data-entitlement=\"").append(escape(entitlement.id()))
          .append("\"><h3 class=\"entitlement__title\">").append(escape(entitlement.title()))
          .append("</h3>");
      List<String> figures = figures(entitlement);
      if (!figures.isEmpty()) {
        html.append("<p class=\"entitlement__figures\">")
            .append(escape(String.join(" · ", figures))).append("</p>");
      }
      html.append("<p class=\"entitlement__conditions\">").append(escape(entitlement.conditions()))
          .append("</p><p class=\"entitlement__source\"><span class=\"label\">")
          .append(escape(say("Bron: ", "Source: "))).append("</span>")
          .append(escape(entitlement.source() == Entitlement.Source.CAO ? say("cao", "CAO") : say("wet", "law")))
          .append(" · <span class=\"label\">").append(escape(say("Grondslag: ", "Legal basis: "))).append("</span>")
          .append(escape(entitlement.legalBasis())).append("</p></li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private List<String> figures(Entitlement entitlement) {
    List<String> figures = new ArrayList<>();
    if (entitlement.maxHours() != null) {
      String hours = language.number(entitlement.maxHours());
      figures.add(
          entitlement.periodMonths() == null
              ? say("hoogstens " + hours + " uur", "at most " + hours + " hours")
              : say(
                  "hoogstens " + hours + " uur per " + entitlement.periodMonths() + " maanden",
                  "at most " + hours + " hours per " + entitlement.periodMonths() + " months"));
    }
    if (entitlement.payPercent() != null) {
      figures.add(
          say(
              entitlement.payPercent() + "% van het loon door de werkgever",
              entitlement.payPercent() + "% of pay from the employer"));
    }
    if (entitlement.earliestStart() != null) {
      figures.add(say("vroegste start ", "earliest start ") + language.date(entitlement.earliestStart()));
    }
    if (!figures.isEmpty()) {
      String first = figures.get(0);
      figures.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
    }
    return figures;
  }

  private void deadlines(List<Deadline> deadlines, AdviceResponse advice) {
    if (deadlines.isEmpty()) {
      return;
    }
    openSection("deadlines", say("Termijnen bij verzuim", "Sick-leave deadlines"), "deadlines-section");
    html.append("<table class=\"deadlines\">\n<caption>")
        .append(escape(say("Stand op ", "Status on ") + language.date(advice.referenceDate())))
        .append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">").append(escape(say("Termijn", "Deadline"))).append("</th>")
        .append("<th scope=\"col\">").append(escape(say("Uiterlijk", "Due"))).append("</th>")
        .append("<th scope=\"col\">").append(escape(say("Stand", "Status"))).append("</th>")
        .append("<th scope=\"col\">").append(escape(say("Grondslag", "Legal basis"))).append("</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Deadline deadline : deadlines) {
      String status = deadline.status() == null ? "" : deadline.status().name();
      html.append("<tr data-deadline=\"").append(escape(deadline.id())).append("\" data-status=\"")
          .append(status).append("\"><th scope=\"row\">").append(escape(deadline.title()))
          .append("</th><td class=\"deadlines__date\">").append(escape(language.date(deadline.dueDate())))
          .append("</td><td><span class=\"status status--").append(status.toLowerCase().replace('_', '-'))
          .append("\">").append(escape(status(deadline.status()))).append("</span></td><td>")
          .append(escape(deadline.legalBasis())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private String status(Deadline.@Nullable Status status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case PASSED -> say("Verstreken", "Passed");
      case DUE_SOON -> say("Binnenkort", "Due soon");
      case UPCOMING -> say("Komt nog", "Upcoming");
    };
  }

  private void followUp(FollowUp followUp, String calendar, AdviceResponse advice) {
    openSection("follow-up", say("Vervolggesprek", "Follow-up talk"), "follow-up");
    html.append("<p class=\"follow-up__date\">")
        .append(escape(language.dayAndDate(followUp.nextDate())))
        .append("</p>\n<p class=\"follow-up__why\">").append(escape(followUp.why())).append("</p>\n")
        .append("<p class=\"follow-up__actions\"><a class=\"button\" id=\"calendar-link\" href=\"")
        .append("data:text/calendar;charset=utf-8;base64,")
        .append(Base64.getEncoder().encodeToString(calendar.getBytes(StandardCharsets.UTF_8)))
        .append("\" download=\"").append(escape(FollowUpCalendar.fileName(advice, language)))
        .append("\" type=\"text/calendar\">")
        .append(escape(say("Zet het vervolggesprek in uw agenda (.ics)", "Add the follow-up talk to your calendar (.ics)")))
        .append("</a></p>\n</section>\n");
  }

  private void openSection(String id, String heading, String cssClass) {
    html.append("<section class=\"").append(cssClass).append("\" aria-labelledby=\"").append(id)
        .append("-heading\">\n<h2 id=\"").append(id).append("-heading\">").append(escape(heading))
        .append("</h2>\n");
  }

  private String say(String nl, String en) {
    return language.say(nl, en);
  }

  private static String style() {
    try (InputStream in = ManagerViewPage.class.getResourceAsStream("/manager-view/manager-view.css")) {
      if (in == null) {
        throw new IllegalStateException("manager-view/manager-view.css is missing from the service");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSP source of an inline element's content: 'sha256-…'. */
  static String sha256(String content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
