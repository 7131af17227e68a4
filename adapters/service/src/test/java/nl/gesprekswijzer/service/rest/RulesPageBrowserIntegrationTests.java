package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.gesprekswijzer.engine.ruleset.RuleSet;
import nl.gesprekswijzer.service.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules page in a real browser ({@link Browser}): choose a date, read a rule's parameters on it, search, switch to
 * English, and see a wrong date named at the field. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RulesPageBrowserIntegrationTests {

  // The first visit runs every scenario of the rule set: seconds, more on a busy machine.
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private static WebDriver browser;

  @LocalServerPort int port;

  @Autowired Supplier<RuleSet> activeRuleSet;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start(1280, 2000);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void showsEveryRuleAndTheParametersInForceOnTheChosenDate() throws IOException {
    open("/rules?lang=nl");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regelcatalogus");
    assertThat(browser.findElements(By.cssSelector(".rule-card"))).hasSize(activeRuleSet.get().ruleNames().size());

    WebElement date = browser.findElement(By.id("date"));
    date.clear();
    // Debian's chromium has only its en-US interface: a date field reads month, day, year.
    date.sendKeys("06302015");
    browser.findElement(By.cssSelector("#controls button[type=submit]")).click();
    waitFor(ExpectedConditions.urlContains("date=2015-06-30"));
    waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));

    WebElement rule = browser.findElement(By.id("rule-short-term-care-leave"));
    WebElement relations = parameterRow(rule, "care-leave.qualifying-relations");
    assertThat(relations.getText())
        .contains("PARTNER, CHILD, PARENT", "sinds 1 december 2001", "vanaf 1 juli 2015", "Wazo art. 5:1 lid 2", "CONFIRMED");
    assertThat(rule.getText()).contains("Uitleg in het advies", "Gaat af in ");
    screenshot("rules-nl-2015-06-30");
  }

  @Test
  void keepsOnlyTheRulesThatMatchTheSearch() throws IOException {
    open("/rules?lang=nl&date=2026-11-23");

    browser.findElement(By.id("filter")).sendKeys("qualifying-relations");

    List<WebElement> shown =
        browser.findElements(By.cssSelector(".rule-card")).stream().filter(WebElement::isDisplayed).toList();
    assertThat(shown).isNotEmpty().hasSizeLessThan(activeRuleSet.get().ruleNames().size());
    assertThat(shown).allMatch(card -> card.getText().contains("care-leave.qualifying-relations"));
    assertThat(browser.findElement(By.id("status")).getText()).matches(shown.size() + " van \\d+ regels passen bij de zoekterm\\.");
    screenshot("rules-nl-search");
  }

  @Test
  void speaksEnglishWhenAskedAndKeepsTheDate() throws IOException {
    open("/rules?lang=nl&date=2026-11-23");

    browser.findElement(By.id("to-en")).click();
    waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rule catalogue");
    assertThat(browser.findElement(By.id("summary")).getText()).contains("23 November 2026");
    assertThat(browser.findElement(By.id("cao")).getText()).contains("CAO table", "sociaal-werk");
    screenshot("rules-en");
  }

  @Test
  void namesADateNotOnTheCalendarAtTheTopAndAtTheField() throws IOException {
    browser.get("http://localhost:" + port + "/rules?lang=nl&date=2026-02-30");
    waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "refused"));

    WebElement summary = browser.findElement(By.id("error-summary"));
    assertThat(summary.isDisplayed()).isTrue();
    assertThat(summary.findElement(By.cssSelector("a[href='#date']")).getText()).contains("bestaande datum");
    assertThat(browser.findElement(By.id("date-error")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("date")).getDomAttribute("aria-invalid")).isEqualTo("true");
    screenshot("rules-nl-wrong-date");
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
    waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
  }

  private static WebElement parameterRow(WebElement rule, String name) {
    return rule.findElements(By.cssSelector(".parameters tbody tr")).stream()
        .filter(row -> row.findElement(By.tagName("code")).getText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + rule.getText()));
  }

  private static <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(browser, PATIENCE).until(condition::apply);
  }

  private static void screenshot(String name) throws IOException {
    Browser.screenshot(browser, name);
  }

}
