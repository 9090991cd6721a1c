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
 * the few gestures the screens need (type, click, tick a checkbox, pick a date, a radio button or
 * an item), each waiting for the element, acting on its input element or the component's own API
 * rather than on a point of the screen, and then waiting until Vaadin's round trip to the server is
 * over. Nothing depends on how text is laid out, so the tests hold on a machine without a CJK font.
 *
 * <p>{@code -Dlinggong.browser.fonts=latin} (or {@code LINGGONG_BROWSER_FONTS=latin}) starts
 * Chromium with a fontconfig that offers only the DejaVu fonts, as on a bare machine; the default
 * {@code system} uses what the machine has. CI runs the browser tests both ways.
 */
public final class BrowserSession implements AutoCloseable {

  /** Where screenshots go: {@code target/screenshots}, or {@code …-latin} without CJK fonts. */
  public static final Path SCREENSHOTS =
      Path.of("target", latinFontsOnly() ? "screenshots-latin" : "screenshots");

  /** True while any Vaadin client on the page waits for the server. */
  private static final String VAADIN_BUSY =
      "const f = window.Vaadin && window.Vaadin.Flow;"
          + " if (!f || !f.clients) { return document.readyState !== 'complete'; }"
          + " return Object.values(f.clients).some(c => c.isActive && c.isActive());";

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
    ChromeDriverService.Builder builder =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Chromium.driver().toFile())
            .usingAnyFreePort();
    if (latinFontsOnly()) {
      builder.withEnvironment(java.util.Map.of("FONTCONFIG_FILE", latinFontConfig().toString()));
    }
    ChromeDriverService service = builder.build();
    this.browser = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** The fonts setting: {@code latin} hides every font but DejaVu from Chromium. */
  public static boolean latinFontsOnly() {
    String value = System.getProperty("linggong.browser.fonts");
    if (value == null || value.isBlank()) {
      value = System.getenv("LINGGONG_BROWSER_FONTS");
    }
    return "latin".equalsIgnoreCase(value == null ? "" : value.trim());
  }

  private Path latinFontConfig() {
    Path config = profile.resolve("fonts.conf");
    String xml =
        """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts/truetype/dejavu</dir>
          <cachedir>%s</cachedir>
        </fontconfig>
        """
            .formatted(profile.resolve("fontconfig-cache"));
    try {
      return Files.writeString(config, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return browser;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  public void open(String path) {
    browser.get("http://localhost:" + port + path);
    settle();
  }

  public WebElement byId(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private void scroll(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private Object script(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Waits until no Vaadin client on the page is waiting for the server. */
  public void settle() {
    wait.until(d -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_BUSY)));
  }

  /** Types into the text field, area or number field with this id, then leaves it. */
  public void type(String id, String text) {
    By field = By.cssSelector("#" + id + " input, #" + id + " textarea");
    scroll(wait.until(ExpectedConditions.presenceOfElementLocated(field)));
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    input.clear();
    input.sendKeys(text, Keys.TAB);
    settle();
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
    settle();
  }

  /** Ticks the checkbox with this id through its input element, and waits until it is ticked. */
  public void check(String id) {
    WebElement box = byId(id);
    WebElement input = box.findElement(By.cssSelector("input[type='checkbox']"));
    if (!"true".equals(box.getDomProperty("checked"))) {
      script("arguments[0].click();", input);
    }
    wait.until(d -> "true".equals(box.getDomProperty("checked")));
    settle();
  }

  /** Sets a date picker as picking the date in its calendar does. */
  public void date(String id, LocalDate date) {
    script("arguments[0].value = arguments[1];", byId(id), date.toString());
    settle();
  }

  /**
   * Picks the radio button of the group {@code id} whose label is {@code label}, through its input
   * element, and waits until it is checked.
   */
  public void radio(String id, String label) {
    byId(id);
    List<WebElement> buttons =
        browser.findElements(By.cssSelector("#" + id + " vaadin-radio-button"));
    WebElement button =
        buttons.stream()
            .filter(b -> label.equals(labelOf(b)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no radio button " + label + " in " + id));
    script("arguments[0].click();", button.findElement(By.cssSelector("input[type='radio']")));
    wait.until(d -> "true".equals(button.getDomProperty("checked")));
    settle();
  }

  /** Picks the first radio button of the group {@code id}. */
  public void firstRadio(String id) {
    WebElement button = byId(id).findElement(By.cssSelector("vaadin-radio-button"));
    script("arguments[0].click();", button.findElement(By.cssSelector("input[type='radio']")));
    wait.until(d -> "true".equals(button.getDomProperty("checked")));
    settle();
  }

  /** The label of a radio button or an item as the DOM has it (not as it is drawn). */
  private String labelOf(WebElement element) {
    Object text = script("return arguments[0].textContent;", element);
    return text == null ? "" : text.toString().trim();
  }

  /**
   * Opens the select or combo box {@code id} and picks the item whose text contains {@code label}
   * (items are read from the DOM, not from the screen).
   */
  public void pick(String id, String itemTag, String label) {
    click(id);
    By item = By.xpath("//" + itemTag + "[contains(., '" + label + "')]");
    WebElement found = wait.until(ExpectedConditions.presenceOfElementLocated(item));
    script("arguments[0].click();", found);
    settle();
  }

  /** Signs in as {@code user} (whoever was signed in before: a new session). */
  public void signIn(String user) {
    browser.manage().deleteAllCookies();
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
    settle();
  }

  /** Completes the open task's form and waits for the inbox it returns to. */
  /**
   * A case's first step, as a person's day starts: the home screen's 我的待办 lists it, and its link
   * opens the task.
   */
  public void openFromHome(String caseNumber) {
    open("/");
    org.assertj.core.api.Assertions.assertThat(byId("my-work-mine").getText()).startsWith("我的待办 ");
    WebElement next =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//*[@id='my-work-next']//a[contains(., '" + caseNumber + "')]")));
    screenshot("home-my-work");
    driver().executeScript("arguments[0].click();", next);
    byId("task-form");
  }

  /**
   * A case's step as a group's work is found: the inbox searched for the case number, its link
   * opening the task.
   */
  public void openFromInbox(String caseNumber) {
    open("/inbox");
    type("inbox-search", caseNumber);
    WebElement link =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.xpath(
                        "//vaadin-grid-cell-content//a[normalize-space(.)='" + caseNumber + "']")));
    driver().executeScript("arguments[0].click();", link);
    byId("task-form");
  }

  public void completeTask() {
    click("complete-task");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-view")));
    settle();
  }

  /**
   * A case's document as a client fetches it over the REST API ({@code path}, signed in as {@code
   * user}), its text read back with PDFBox, spaces and line breaks removed (Chinese lines wrap
   * anywhere).
   */
  public String documentText(String path, String user) {
    try {
      java.net.http.HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create("http://localhost:" + port + path))
                      .header(
                          "Authorization",
                          "Basic "
                              + java.util.Base64.getEncoder()
                                  .encodeToString(
                                      (user + ":demo")
                                          .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
      org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/pdf");
      return cn.linggong.testsupport.CaseSteps.pdfText(response.body()).replace(" ", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
