package nl.gesprekswijzer.service.rest;

import static nl.gesprekswijzer.service.rest.AdviceFormsIntegrationTests.API_KEY;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.CARE;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.SICK_LEAVE;
import static nl.gesprekswijzer.service.rest.ManagerViewSituations.inLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.gesprekswijzer.service.Browser;
import nl.gesprekswijzer.service.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The manager's view in a real browser ({@link Browser}): the page the service answers to {@code
 * Accept: text/html}, opened as a platform shows it, read as a manager reads it, checked by
 * axe-core, printed, and its calendar button used. Screenshots of the page and of its print layout,
 * and the printed PDF, are kept in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ManagerViewBrowserIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** A4 less the page's print margins (10 mm, 12 mm) at 96 CSS pixels an inch. */
  private static final Dimension A4_PRINTABLE = new Dimension(703, 1047);
  private static final Dimension SCREEN = new Dimension(1280, 1800);

  private static ChromeDriver browser;
  private static Path downloads;
  private static String axe;

  @LocalServerPort int port;

  private ServiceClient client;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = (ChromeDriver) Browser.start(SCREEN.width, SCREEN.height);
    browser.manage().timeouts().scriptTimeout(PATIENCE);
    downloads = Files.createDirectories(Path.of("target", "manager-view-downloads")).toAbsolutePath();
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    // Pages of the service itself are opened as a platform's developer does, with the key.
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-API-Key", API_KEY)));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void connect() {
    client = new ServiceClient(port);
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"care, nl", "care, en", "sick-leave, nl", "sick-leave, en"})
  void showsTheAdviceAsAManagerReadsItAndPrintsItOnOneA4(String situation, String language)
      throws IOException {
    String request = inLanguage("care".equals(situation) ? CARE : SICK_LEAVE, language);
    JsonNode advice = ServiceClient.json(post(request, "application/json"));
    String page = post(request, "text/html").body();
    String name = "manager-view-" + situation + "-" + language;
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), page);
    open(page);

    boolean dutch = "nl".equals(language);
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
    assertThat(text("h1"))
        .isEqualTo(
            "care".equals(situation)
                ? (dutch ? "Gespreksadvies: werk en mantelzorg" : "Conversation advice: work and informal care")
                : (dutch ? "Gespreksadvies: verzuim en re-integratie" : "Conversation advice: sickness absence and return to work"));
    assertTheAgendaIsInOrderWithWhyEachTopicIsThere(advice, dutch);
    assertTheTipsEntitlementsAndDeadlinesAreShown(advice, dutch);
    assertThat(text("#follow-up-heading")).isEqualTo(dutch ? "Vervolggesprek" : "Follow-up talk");
    assertThat(text(".follow-up__why")).isEqualTo(advice.path("followUp").path("why").asString());
    assertThat(text("#calendar-link")).endsWith("(.ics)");
    assertNoAccessibilityViolations();

    fullPageScreenshot(name);
    assertItPrintsOnOneA4InBlackAndWhiteWithoutButtons(name);
  }

  @Test
  void downloadsTheFollowUpTalkFromThePageEmbeddedInASandboxedIframe() throws IOException {
    JsonNode advice = ServiceClient.json(post(CARE, "application/json"));
    String page = post(CARE, "text/html").body();
    String host =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>HR platform</title></head>"
            + "<body><h1>Employee file</h1><iframe id=\"view\" title=\"Conversation advice\""
            + " sandbox=\"allow-downloads\" style=\"width:100%;height:1400px;border:0\" srcdoc=\""
            + Html.escape(page) + "\"></iframe></body></html>";
    open(host);
    browser.switchTo().frame("view");
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }

    WebElement button = browser.findElement(By.id("calendar-link"));
    assertThat(button.getText()).isEqualTo("Zet het vervolggesprek in uw agenda (.ics)");
    button.click();

    String nextDate = advice.path("followUp").path("nextDate").asString();
    Path ics = downloads.resolve("vervolggesprek-" + nextDate + ".ics");
    new WebDriverWait(browser, PATIENCE)
        .withMessage("the calendar file to be downloaded into " + downloads)
        .until(ignored -> Files.isRegularFile(ics) && ics.toFile().length() > 0);
    VEvent event = Biweekly.parse(Files.readString(ics)).first().getEvents().get(0);
    DateTimeComponents day = event.getDateStart().getValue().getRawComponents();
    assertThat(LocalDate.of(day.getYear(), day.getMonth(), day.getDate()))
        .isEqualTo(LocalDate.parse(nextDate));
    assertThat(event.getSummary().getValue()).isEqualTo("Vervolggesprek: werk en mantelzorg");
    assertThat(event.getDescription().getValue())
        .contains("1. " + advice.path("agenda").get(0).path("title").asString());
    browser.switchTo().defaultContent();
  }

  @Test
  void explainsAtManagerViewHowAPlatformFetchesAndShowsThePage() throws IOException {
    // Chromium asks for en-US by its Accept-Language: the link chooses Dutch.
    browser.get("http://localhost:" + port + "/manager-view?lang=nl");

    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
    assertThat(text("h1")).isEqualTo("Het gespreksadvies als pagina voor de leidinggevende");
    assertThat(text("main")).contains("-H 'Accept: text/html'").contains("sandbox=\"allow-downloads\"");
    assertNoAccessibilityViolations();
    fullPageScreenshot("manager-view-guide-nl");

    browser.findElement(By.linkText("English")).click();

    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    assertThat(text("h1")).isEqualTo("The advice as a page for the manager");
    assertThat(text("main")).contains("-H 'Accept: text/calendar'");
    assertNoAccessibilityViolations();
  }

  // --- reading the page ----------------------------------------------------------------------

  private void assertTheAgendaIsInOrderWithWhyEachTopicIsThere(JsonNode advice, boolean dutch) {
    List<WebElement> items = browser.findElements(By.cssSelector("ol.agenda > li"));
    assertThat(items).hasSize(advice.path("agenda").size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode expected = advice.path("agenda").get(i);
      WebElement item = items.get(i);
      assertThat(item.getDomAttribute("data-topic")).isEqualTo(expected.path("topic").asString());
      assertThat(item.findElement(By.tagName("h3")).getText()).isEqualTo(expected.path("title").asString());
      assertThat(item.findElement(By.className("agenda__why")).getText())
          .isEqualTo((dutch ? "Waarom: " : "Why: ") + expected.path("why").asString());
    }
  }

  private void assertTheTipsEntitlementsAndDeadlinesAreShown(JsonNode advice, boolean dutch) {
    List<String> tips = new ArrayList<>();
    browser.findElements(By.cssSelector(".tips > li")).forEach(tip -> tips.add(tip.getText()));
    List<String> expectedTips = new ArrayList<>();
    advice.path("managerTips").forEach(tip -> expectedTips.add(tip.path("text").asString()));
    assertThat(tips).containsExactlyElementsOf(expectedTips);

    List<WebElement> entitlements = browser.findElements(By.cssSelector("li.entitlement"));
    assertThat(entitlements).hasSize(advice.path("entitlements").size());
    for (int i = 0; i < entitlements.size(); i++) {
      JsonNode expected = advice.path("entitlements").get(i);
      String shown = entitlements.get(i).getText();
      assertThat(shown)
          .contains(expected.path("title").asString())
          .contains(expected.path("conditions").asString())
          .contains((dutch ? "Grondslag: " : "Legal basis: ") + expected.path("legalBasis").asString())
          .contains(
              (dutch ? "Bron: " : "Source: ")
                  + ("CAO".equals(expected.path("source").asString())
                      ? (dutch ? "cao" : "CAO")
                      : (dutch ? "wet" : "law")));
      if (expected.has("maxHours") && expected.has("periodMonths")) {
        String hours = expected.path("maxHours").asString();
        assertThat(shown)
            .contains(
                (dutch ? "oogstens " + hours.replace('.', ',') + " uur per " : "t most " + hours + " hours per ")
                    + expected.path("periodMonths").asString());
      }
    }

    List<WebElement> rows = browser.findElements(By.cssSelector("table.deadlines tbody tr"));
    assertThat(rows).hasSize(advice.path("deadlines").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode expected = advice.path("deadlines").get(i);
      List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
      assertThat(cells.get(0).getText()).isEqualTo(expected.path("title").asString());
      assertThat(cells.get(2).getText())
          .isEqualTo(
              switch (expected.path("status").asString()) {
                case "PASSED" -> dutch ? "Verstreken" : "Passed";
                case "DUE_SOON" -> dutch ? "Binnenkort" : "Due soon";
                default -> dutch ? "Komt nog" : "Upcoming";
              });
      assertThat(cells.get(3).getText()).isEqualTo(expected.path("legalBasis").asString());
    }
  }

  // --- printing ------------------------------------------------------------------------------

  /**
   * The print layout: a screenshot of it at the size of A4's printable area, and the page printed
   * to PDF by the browser, which must be one page. Black and white: every text is black on white.
   */
  @SuppressWarnings("unchecked")
  private void assertItPrintsOnOneA4InBlackAndWhiteWithoutButtons(String name) throws IOException {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", A4_PRINTABLE.width, "height", A4_PRINTABLE.height, "deviceScaleFactor", 1, "mobile", false));
    assertThat(browser.findElement(By.id("calendar-link")).isDisplayed())
        .as("the calendar button is not printed")
        .isFalse();
    List<String> coloured =
        (List<String>)
            script(
                """
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.innerText && e.innerText.trim() && getComputedStyle(e).display !== 'none')
                  .filter(e => getComputedStyle(e).color !== 'rgb(0, 0, 0)')
                  .map(e => e.tagName + '.' + e.className + ': ' + getComputedStyle(e).color);
                """);
    assertThat(coloured).as("text printed in another colour than black").isEmpty();
    Browser.screenshot(browser, name + "-print");

    Map<String, Object> pdf =
        browser.executeCdpCommand(
            "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", false));
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    Files.write(SCREENSHOTS.resolve(name + ".pdf"), bytes);
    assertThat(pages(bytes)).as("pages of %s.pdf", name).isEqualTo(1);

    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  /** The number of page objects in a PDF as Chromium writes it (no compressed object streams). */
  private static int pages(byte[] pdf) {
    Matcher page = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (page.find()) {
      count++;
    }
    return count;
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The whole page, not only the window, as {@code target/screenshots/<name>.png}. */
  @SuppressWarnings("unchecked")
  private static void fullPageScreenshot(String name) throws IOException {
    Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip",
                Map.of(
                    "x", 0, "y", 0, "scale", 1,
                    "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue())));
    Files.write(
        SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private HttpResponse<String> post(String body, String accept) {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/v1/advice"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .header("Accept", accept)
                .POST(BodyPublishers.ofString(body)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  /** Opens a page as the top document, exactly as it came (the way a platform serves it itself). */
  private static void open(String html) {
    browser.get(
        "data:text/html;charset=utf-8;base64,"
            + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static Object script(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  /** axe-core in the page as it stands: WCAG 2.1 A and AA, as for the playground. */
  @SuppressWarnings("unchecked")
  private static void assertNoAccessibilityViolations() throws IOException {
    if (axe == null) {
      try (InputStream in = ManagerViewBrowserIntegrationTests.class.getResourceAsStream("/axe.min.js")) {
        assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    script(axe);
    List<String> violations =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    axe.run(document, { runOnly: { type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
                      .then(result => done(result.violations.map(v => v.id + ': ' + v.help + ' at '
                          + v.nodes.map(n => n.target.join(' ')).join(', '))))
                      .catch(error => done(['axe failed: ' + error]));
                    """);
    assertThat(violations).as("accessibility violations found by axe-core").isEmpty();
  }
}
