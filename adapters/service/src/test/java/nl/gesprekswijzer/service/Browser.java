package nl.gesprekswijzer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser of the tests of the service's pages: Debian's headless Chromium, driven by its own
 * chromedriver. Both come from the operating system ({@code apt-get install chromium
 * chromium-driver}, which {@code .ci/run} does), never from Selenium Manager: both paths are given,
 * so nothing is downloaded. Without them a test fails, naming the packages to install. The system
 * properties {@code gesprekswijzer.test.chromium} and {@code gesprekswijzer.test.chromedriver} point
 * elsewhere.
 */
public final class Browser {

  private static final Path CHROMIUM =
      Path.of(System.getProperty("gesprekswijzer.test.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("gesprekswijzer.test.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  // Selenium warns that it has no DevTools protocol for this Chromium; the tests use WebDriver only.
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  private Browser() {}

  /** A headless browser with a window of this size that keeps the page's console messages. */
  public static WebDriver start(int width, int height) throws IOException {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as(
            "The browser tests need Debian's Chromium and its driver at %s and %s;"
                + " install them with: apt-get install -y chromium chromium-driver (.ci/run does)",
            CHROMIUM, CHROMEDRIVER)
        .isTrue();
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        // Root in a container has no user namespace for Chromium's sandbox.
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    Files.createDirectories(SCREENSHOTS);
    SELENIUM.setLevel(Level.SEVERE);
    return new ChromeDriver(service, options);
  }

  /** The window from the top of the page, as {@code target/screenshots/<name>.png}. */
  public static void screenshot(WebDriver browser, String name) throws IOException {
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
