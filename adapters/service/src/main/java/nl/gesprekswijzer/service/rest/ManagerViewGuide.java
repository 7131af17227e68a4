package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.rest.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /manager-view}: a short page for a platform's developers on how to fetch and show the
 * manager's view and the calendar event. It holds no advice: the view itself is a form of {@code
 * POST /api/v1/advice}, fetched by the platform's server with its key, so that the key never
 * reaches a browser. Dutch, or English with {@code ?lang=en} or {@code Accept-Language}.
 */
@RestController
class ManagerViewGuide {

  private static final String STYLE =
      ManagerViewPage.STYLE
          + "\npre { overflow-x: auto; padding: 0.75rem 1rem; background: var(--soft);"
          + " border: 1px solid var(--line); font-size: 0.875rem; line-height: 1.45; }\n"
          + "code { font-family: ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace; }\n"
          + "main p + p, main p + pre, main pre + p { margin-top: 0.6rem; }\n"
          + ".language-switch { float: right; margin: 0; }\n"
          + "a { color: var(--accent); }\n";

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '" + ManagerViewPage.sha256(STYLE) + "'; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  @GetMapping(path = "/manager-view", produces = "text/html")
  ResponseEntity<String> page(
      @RequestParam(name = "lang", required = false) @Nullable String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage,
      HttpServletRequest request) {
    ViewLanguage language =
        "en".equals(lang) ? ViewLanguage.ENGLISH
            : "nl".equals(lang) ? ViewLanguage.DUTCH
            : ViewLanguage.ofHeader(acceptLanguage);
    String base = ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    return ResponseEntity.ok()
        .contentType(AdviceFormsController.HTML)
        .cacheControl(CacheControl.noCache())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .body(render(language, base));
  }

  static String render(ViewLanguage language, String base) {
    boolean nl = language.dutch();
    String title = nl ? "Het gespreksadvies als pagina voor de leidinggevende" : "The advice as a page for the manager";
    StringBuilder html = new StringBuilder(8_000);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append(" – Gesprekswijzer</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<header class=\"masthead\">\n")
        .append(nl
            ? "<p class=\"language-switch\"><a href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a></p>\n"
            : "<p class=\"language-switch\"><a href=\"?lang=nl\" hreflang=\"nl\" lang=\"nl\">Nederlands</a></p>\n")
        .append("<p class=\"masthead__kicker\">Gesprekswijzer</p>\n<h1>").append(escape(title))
        .append("</h1>\n</header>\n<main>\n");

    section(html, nl ? "Wat het is" : "What it is");
    paragraph(html, nl
        ? "Hetzelfde advies als POST /api/v1/advice, als complete pagina voor de leidinggevende: de"
            + " agenda in volgorde met waarom elk punt er staat, tips, rechten en regelingen met hun"
            + " voorwaarden en bron, de termijnen bij verzuim met hun stand, en het vervolggesprek met"
            + " een knop die het als afspraak in de agenda zet. De pagina past afgedrukt op één A4."
        : "The same advice as POST /api/v1/advice, as a complete page for the manager: the agenda in"
            + " order with why each topic is there, tips, entitlements with their conditions and"
            + " source, the sick-leave deadlines with their status, and the follow-up talk with a"
            + " button that puts it in the calendar. Printed, the page fits on one A4.");
    paragraph(html, nl
        ? "De pagina heeft geen script en laadt niets: de opmaak staat in de pagina en de afspraak zit"
            + " als data:-link in de knop. De service bewaart niets."
        : "The page has no script and loads nothing: its styles are inside it and the calendar event"
            + " travels in the button as a data: link. The service stores nothing.");

    section(html, nl ? "De pagina ophalen" : "Fetching the page");
    paragraph(html, nl
        ? "Uw server vraagt het advies op met de sleutel van uw platform en Accept: text/html. Het"
            + " verzoek is hetzelfde JSON-document als voor het advies in JSON:"
        : "Your server asks for the advice with your platform's key and Accept: text/html. The"
            + " request is the same JSON document as for the advice as JSON:");
    code(html, "curl -s -X POST " + base + "/api/v1/advice \\\n"
        + "  -H 'X-API-Key: gesprekswijzer-dev' \\\n"
        + "  -H 'Content-Type: application/json' \\\n"
        + "  -H 'Accept: text/html' \\\n"
        + "  -d @" + (nl ? "situatie" : "situation") + ".json > " + (nl ? "advies" : "advice") + ".html");
    paragraph(html, nl
        ? "De taal is die van het veld language in het verzoek, anders die van Accept-Language (nl of"
            + " en), anders Nederlands. Een verzoek dat niet klopt krijgt 400 als application/problem+json"
            + " met elk veld dat niet klopt, net als bij JSON; een andere Accept dan JSON, HTML of"
            + " agenda krijgt 406."
        : "The language is the request's language field, else Accept-Language (nl or en), else Dutch."
            + " A request that breaks the contract gets 400 as application/problem+json naming each"
            + " field, as with JSON; an Accept other than JSON, HTML or calendar gets 406.");

    section(html, nl ? "De pagina tonen" : "Showing the page");
    paragraph(html, nl
        ? "Zet de pagina in een iframe met srcdoc (met &, \" en < als entiteit), zodat de sleutel"
            + " nooit in de browser komt. Zonder allow-scripts draait er niets; allow-downloads laat de"
            + " agendaknop werken:"
        : "Put the page in an iframe with srcdoc (with &, \" and < as entities), so that the key never"
            + " reaches the browser. Without allow-scripts nothing runs; allow-downloads lets the"
            + " calendar button work:");
    code(html, "<iframe title=\"" + (nl ? "Gespreksadvies" : "Conversation advice")
        + "\" sandbox=\"allow-downloads\"\n        srcdoc=\"&lt;!DOCTYPE html&gt;&lt;html lang=&quot;nl&quot;&gt;…\"></iframe>");
    paragraph(html, nl
        ? "Of toon de pagina als eigen pagina op uw domein, met de Content-Security-Policy die de"
            + " service meestuurt. Geldt het beleid van uw eigen pagina voor de iframe, sta dan de"
            + " opmaak toe met deze hash:"
        : "Or serve the page as a page of its own on your domain, with the Content-Security-Policy the"
            + " service sends with it. Where your own page's policy applies to the iframe, allow the"
            + " styles by this hash:");
    code(html, "style-src '" + ManagerViewPage.sha256(ManagerViewPage.STYLE) + "'");

    section(html, nl ? "Alleen de afspraak" : "Only the calendar event");
    paragraph(html, nl
        ? "Met Accept: text/calendar komt het vervolggesprek als iCalendar-bestand (RFC 5545): een"
            + " afspraak voor de hele dag op followUp.nextDate, met de agenda in de beschrijving. Er"
            + " staan geen namen, geen data van ziekte of zorg en geen gezondheidsgegevens in."
        : "With Accept: text/calendar the follow-up talk comes as an iCalendar file (RFC 5545): an"
            + " all-day event on followUp.nextDate with the agenda in its description. It holds no"
            + " names, no dates of sickness or care and no health details.");
    code(html, "curl -s -X POST " + base + "/api/v1/advice \\\n"
        + "  -H 'X-API-Key: gesprekswijzer-dev' -H 'Content-Type: application/json' \\\n"
        + "  -H 'Accept: text/calendar' -d @" + (nl ? "situatie" : "situation") + ".json -o "
        + (nl ? "vervolggesprek" : "follow-up-talk") + ".ics");

    html.append("</section>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void section(StringBuilder html, String heading) {
    if (html.indexOf("<h2>") >= 0) {
      html.append("</section>\n");
    }
    html.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n");
  }

  private static void paragraph(StringBuilder html, String text) {
    html.append("<p>").append(escape(text)).append("</p>\n");
  }

  private static void code(StringBuilder html, String text) {
    html.append("<pre><code>").append(escape(text)).append("</code></pre>\n");
  }
}
