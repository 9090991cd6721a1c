package cn.linggong.shell;

import cn.linggong.testsupport.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser for the browser tests: Debian's headless Chromium with a fresh profile, and
 * the few gestures the screens need (type, click, pick a date or a radio button), each waiting for
 * the element and scrolling it into view, again if Vaadin re-rendered it meanwhile.
 */
public final class BrowserSession implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final int port;
  private final Path profile;
  private final ChromeDriver browser;
  private final WebDriverWait wait;

  public BrowserSession(int port, String windowSize) {
    this.port = port;
    try {
      this.profile = Files.createTempDirectory("linggong-chromium-");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Chromium.browser().toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=" + windowSize,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Chromium.driver().toFile())
            .usingAnyFreePort()
            .build();
    this.browser = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  public ChromeDriver driver() {
    return browser;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  public void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  public WebElement byId(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private void scroll(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** Types into the text field, area or number field with this id, then leaves it. */
  public void type(String id, String text) {
    By field = By.cssSelector("#" + id + " input, #" + id + " textarea");
    scroll(wait.until(ExpectedConditions.presenceOfElementLocated(field)));
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    input.clear();
    input.sendKeys(text, Keys.TAB);
  }

  /** Clicks, again if a grid or dialog re-rendered the element meanwhile. */
  public void click(String id) {
    wait.until(
        d -> {
          try {
            WebElement element = d.findElement(By.id(id));
            scroll(element);
            if (!element.isDisplayed() || !element.isEnabled()) {
              return false;
            }
            element.click();
            return true;
          } catch (org.openqa.selenium.NoSuchElementException
              | org.openqa.selenium.StaleElementReferenceException
              | org.openqa.selenium.ElementClickInterceptedException e) {
            return false;
          }
        });
  }

  /** Sets a date picker as picking the date in its calendar does. */
  public void date(String id, LocalDate date) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", byId(id), date.toString());
  }

  /** Picks the radio button whose label reads {@code label}. */
  public void radio(String id, String label) {
    byId(id);
    List<WebElement> buttons =
        browser.findElements(By.cssSelector("#" + id + " vaadin-radio-button"));
    buttons.stream()
        .filter(b -> b.getText().contains(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no radio button " + label + " in " + id))
        .click();
  }

  public void signIn(String user) {
    open("/");
    wait.until(ExpectedConditions.urlContains("/login"));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")))
        .sendKeys(user);
    browser
        .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
        .sendKeys("demo");
    browser
        .findElement(
            By.cssSelector(
                "vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
        .click();
    byId("home-view");
  }

  /** Completes the open task's form and waits for the inbox it returns to. */
  public void completeTask() {
    click("complete-task");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-view")));
  }

  public void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    browser.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
