package nl.gesprekswijzer.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import nl.gesprekswijzer.service.Browser;
import nl.gesprekswijzer.service.TestCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real browser ({@link Browser}) on a service with keys of its own: a person opens
 * the rules page, learns that the development key is off, gives a platform's key (which may not see
 * the rules), then the policy team's, and works with the pages, whose calls carry the key.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInPageBrowserIntegrationTests {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String POLICY_KEY = "policy-team-key-for-the-browser-test";
  private static final String PLATFORM_KEY = "platform-key-for-the-browser-test";

  private static WebDriver browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void keys(DynamicPropertyRegistry properties) {
    TestCredentials.configureKey(properties, "policy-team", POLICY_KEY, "acme", "advice,rules-admin");
    TestCredentials.configureKey(properties, "acme-platform", PLATFORM_KEY, "acme", "advice");
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start(1280, 1000);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void signsInWithAKeyAndCallsTheServiceWithIt() throws IOException {
    forgetTheKey();

    browser.get(url("/rules?lang=nl"));

    // On this machine the page first tries the development key, which this service has switched off.
    WebElement reason = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("reason"), "ontwikkelsleutel staat uit"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sleutel nodig");
    assertThat(browser.findElement(By.cssSelector("label[for='api-key']")).getText()).isEqualTo("API-sleutel");
    Browser.screenshot(browser, "sign-in-nl");
    assertNoAccessibilityViolations();

    browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("error-summary");
    assertThat(browser.findElement(By.id("api-key")).getDomAttribute("aria-invalid")).isEqualTo("true");
    assertNoAccessibilityViolations();

    signIn(PLATFORM_KEY);
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("reason"), "rules-admin"));
    assertThat(reason(browser)).isEqualTo(
        "Met deze sleutel kunt u deze pagina niet zien: daarvoor is de rol rules-admin nodig."
            + " Vul een andere sleutel in.");

    signIn(POLICY_KEY);
    waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regelcatalogus");

    // The playground posts the advice with the key in X-API-Key: the cookie alone would not do.
    browser.get(url("/playground?lang=nl"));
    waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    browser.findElement(By.id("submit")).click();
    List<WebElement> agenda =
        waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#agenda > li"), 2));
    assertThat(agenda.get(0).getText()).isNotBlank();
  }

  @Test
  void speaksEnglishWhenThePageDoes() throws IOException {
    forgetTheKey();

    browser.get(url("/playground?lang=en"));

    waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Key needed"));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.cssSelector("label[for='api-key']")).getText()).isEqualTo("API key");
    assertThat(browser.findElement(By.cssSelector("#sign-in button[type=submit]")).getText()).isEqualTo("Continue");
    Browser.screenshot(browser, "sign-in-en");
    assertNoAccessibilityViolations();
  }

  /** A fresh browser session: no key kept, the development key not yet tried. */
  private void forgetTheKey() {
    browser.get(url("/sign-in.css"));
    browser.manage().deleteAllCookies();
    ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
  }

  private static void signIn(String key) {
    WebElement field = browser.findElement(By.id("api-key"));
    field.clear();
    field.sendKeys(key);
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    waitFor(ExpectedConditions.stalenessOf(page));
  }

  private static String reason(WebDriver browser) {
    return browser.findElement(By.id("reason")).getText();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, PATIENCE).until(condition::apply);
  }

  /** axe-core, as the playground's test runs it: WCAG 2.1 A and AA. */
  @SuppressWarnings("unchecked")
  private static void assertNoAccessibilityViolations() throws IOException {
    String axe;
    try (InputStream in = SignInPageBrowserIntegrationTests.class.getResourceAsStream("/axe.min.js")) {
      assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
}
