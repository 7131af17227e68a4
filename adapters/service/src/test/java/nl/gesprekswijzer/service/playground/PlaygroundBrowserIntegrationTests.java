package nl.gesprekswijzer.service.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import nl.gesprekswijzer.service.Browser;
import nl.gesprekswijzer.service.TestCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The playground page in a real browser ({@link Browser}) against the service on a random port.
 * Each test does what a person does (fill, submit, read) and keeps a screenshot in {@code
 * target/screenshots/}. One browser serves the whole class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlaygroundBrowserIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private static WebDriver browser;
  private static String axe;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start(1440, 2200);
    browser.manage().timeouts().scriptTimeout(PATIENCE);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void openThePlaygroundInDutch() {
    browser.get("http://localhost:" + port + "/playground?lang=nl");
    waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
  }

  @Test
  void showsTheAgendaAndEachRuleThatFiredWithItsLegalBasisForACareSituation() throws IOException {
    // Debian's chromium package carries only its en-US interface (chromium-l10n has the others),
    // so a date field reads month, day, year whatever the page's language.
    type(input("reference-date"), "11232026");
    assertThat(input("reference-date").getDomProperty("value")).isEqualTo("2026-11-23");
    browser.findElement(By.id("add-person")).click();
    new Select(input("person-1-relation")).selectByVisibleText("Kind");
    type(input("person-1-childAge"), "6");
    type(input("person-1-hoursPerWeek"), "20");
    new Select(input("person-1-situation")).selectByVisibleText("Ernstig ziek");
    browser.findElement(By.cssSelector("label[for='wish-FLEXIBLE_TIMES']")).click();

    browser.findElement(By.id("submit")).click();

    List<WebElement> agenda =
        waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#agenda > li"), 2));
    assertThat(agenda.get(0).getText()).isNotBlank();
    assertThat(text("#agenda > li[data-topic='CARE_SITUATION']"))
        .contains("Waarom:")
        .contains("20 uur");
    assertThat(text("#entitlements > li[data-entitlement='SHORT_TERM_CARE_LEAVE']"))
        .contains("Hoogstens 64 uur per 12 maanden")
        .contains("Grondslag: Wazo art. 5:2");
    WebElement rule = browser.findElement(By.cssSelector("#rules-list > li[data-rule='short-term-care-leave']"));
    assertThat(rule.findElement(By.className("rule__because")).getText()).isNotBlank();
    assertThat(rule.findElement(By.className("legal-basis")).getText())
        .isEqualTo("Grondslag: Wazo art. 5:2");
    assertThat(text("#follow-up")).startsWith("Binnen ");
    assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
        .as("focus moves to the advice, so that keyboard and screen reader users land on it")
        .isEqualTo("result-heading");
    assertTheStatusIsShown("Status niet beschikbaar");
    screenshot("care-situation-nl");
    assertNoAccessibilityViolations();
    assertNoErrorsInTheConsole();
  }

  @Test
  void showsTheFieldErrorsOfARefusedRequestAtTheFields() throws IOException {
    type(input("weekly-hours"), "70");
    browser.findElement(By.id("add-person")).click();
    new Select(input("person-1-relation")).selectByVisibleText("Kind");

    browser.findElement(By.id("submit")).click();

    WebElement summary =
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getText())
        .contains("Het verzoek is geweigerd")
        .contains("Contracturen per week (employee.weeklyHours): must be at most 60")
        .contains(
            "Persoon 1, leeftijd van het kind (jaren) (caregiving[0].childAge):"
                + " is required when relation is CHILD");
    assertThat(text("[data-field='employee.weeklyHours'] .error-message"))
        .endsWith("must be at most 60");
    assertThat(input("weekly-hours").getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(input("weekly-hours").getDomAttribute("aria-describedby"))
        .as("a screen reader reads the error with the field")
        .contains(errorId("employee.weeklyHours"));
    assertThat(text("[data-field='caregiving[0].childAge'] .error-message"))
        .endsWith("is required when relation is CHILD");
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
    assertThat(text("#result-message")).contains("het verzoek is geweigerd");
    screenshot("refused-request-nl");
    assertNoAccessibilityViolations();

    summary.findElement(By.partialLinkText("(employee.weeklyHours)")).click();
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("weekly-hours");
    assertNoErrorsInTheConsole();
  }

  @Test
  void switchesToEnglishAndAsksForTheAdviceInEnglish() throws IOException {
    WebElement english = browser.findElement(By.cssSelector("button[data-page-language='en']"));
    english.sendKeys(Keys.ENTER);

    assertThat(text("h1")).isEqualTo("Rules playground");
    assertThat(text("label[for='weekly-hours']")).isEqualTo("Contract hours a week");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    assertThat(new Select(input("answer-language")).getFirstSelectedOption().getDomProperty("value"))
        .as("the answer's language follows the page's")
        .isEqualTo("en");
    new Select(input("conversation-type")).selectByVisibleText("Sick leave and return to work");
    browser.findElement(By.cssSelector("label[for='is-sick']")).click();
    browser.findElement(By.id("add-person")).click();
    browser.findElement(By.id("add-person")).click();
    new Select(input("person-2-relation")).selectByVisibleText("Partner");
    browser.findElement(By.xpath("//button[text()='Remove person 1']")).click();
    assertThat(browser.findElements(By.cssSelector("#people > .person"))).hasSize(1);
    assertThat(text("#people .person__legend")).isEqualTo("Person 1");
    assertThat(new Select(input("person-1-relation")).getFirstSelectedOption().getText())
        .as("the partner, once person 2, is person 1 now")
        .isEqualTo("Partner");
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Remove person 1");

    browser.findElement(By.id("submit")).click();

    waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#agenda > li"), 2));
    assertThat(text("#advice-heading")).isEqualTo("As the manager sees it");
    assertThat(text("#rules-heading")).isEqualTo("Rules that fired");
    assertThat(browser.findElements(By.cssSelector("#deadlines tbody tr"))).hasSize(7);
    assertThat(text("#deadlines")).contains("Passed").contains("Upcoming");
    assertThat(text("#rules-list")).contains("Legal basis: ");
    screenshot("sick-leave-en");
    browser.findElement(By.cssSelector("#json > summary")).click();
    assertThat(text("#json-request"))
        .contains("\"language\": \"en\"")
        .contains("\"sickness\"")
        .contains("\"relation\": \"PARTNER\"")
        .doesNotContain("\"relation\": \"PARENT\"");
    assertThat(text("#json-response")).contains("\"rulesetVersion\"");
    assertNoErrorsInTheConsole();
  }

  // --- what a person does -------------------------------------------------------------------

  private WebElement input(String id) {
    return browser.findElement(By.id(id));
  }

  private static void type(WebElement field, String keys) {
    if (!"date".equals(field.getDomAttribute("type"))) {
      field.clear();
    }
    field.sendKeys(keys);
  }

  private String errorId(String field) {
    return browser
        .findElement(By.cssSelector("[data-field='" + field + "'] .error-message"))
        .getDomAttribute("id");
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, PATIENCE).until(condition);
  }

  private static void screenshot(String name) throws IOException {
    Browser.screenshot(browser, name);
  }


  /**
   * No script error, no blocked resource, no missing text. The browser reports every HTTP error
   * answer as an error too; those the tests cause on purpose (the refused request), the status
   * endpoint's 404 while the service has none, and the first visit's 401 are expected: the first
   * visit is answered by the sign-in page, which on this machine signs in with the development key
   * and loads the page again.
   */
  private static void assertNoErrorsInTheConsole() {
    List<String> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .filter(
                message ->
                    !(message.contains("Failed to load resource")
                        && (message.contains("/api/v1/rules/status")
                            || message.contains("/api/v1/advice")
                            || message.contains("/playground?lang=nl - Failed to load resource:"
                                + " the server responded with a status of 401"))))
            .toList();
    assertThat(errors).as("errors in the browser's console").isEmpty();
  }

  /**
   * axe-core, the accessibility checker, run in the page as it stands: WCAG 2.1 A and AA (labels,
   * contrast, names of buttons and links, ARIA, structure). Each violation is listed with the
   * elements it was found on.
   */
  @SuppressWarnings("unchecked")
  private static void assertNoAccessibilityViolations() throws IOException {
    if (axe == null) {
      try (var in = PlaygroundBrowserIntegrationTests.class.getResourceAsStream("/axe.min.js")) {
        assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
        axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    JavascriptExecutor page = (JavascriptExecutor) browser;
    page.executeScript(axe);
    List<String> violations =
        (List<String>)
            page.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(result => done(result.violations.map(v => v.id + ': ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(error => done(['axe failed: ' + error]));
                """);
    assertThat(violations).as("accessibility violations found by axe-core").isEmpty();
  }

  /** The status panel shows the active version, or says that the service has no status endpoint. */
  private void assertTheStatusIsShown(String unavailable) {
    HttpResponse<String> status;
    try {
      status =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/api/v1/rules/status"))
                      .header(TestCredentials.HEADER, TestCredentials.DEVELOPMENT_KEY)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
    if (status.statusCode() == 404) {
      assertThat(text("#status-body")).contains(unavailable);
    } else {
      String version = JsonMapper.builder().build().readTree(status.body()).path("version").asString();
      assertThat(text("#status-body")).contains(version);
    }
  }
}
