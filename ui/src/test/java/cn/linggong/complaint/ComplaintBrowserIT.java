package cn.linggong.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.DirectoryService;
import cn.linggong.testsupport.Chromium;
import cn.linggong.testsupport.EnabledWithChromium;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A mediator in Chromium files a two-worker complaint, accepts it and records a mediation agreement
 * paid in two instalments; the agreement (调解协议书) is fetched and its Chinese text and amounts read
 * back with PDFBox.
 */
@EnabledWithChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
class ComplaintBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Instant MARCH_2 =
      OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired ComplaintService complaints;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private Path profile;

  @BeforeEach
  void openBrowserOnMarch2() throws IOException {
    clock.set(MARCH_2);
    ClockUtil.setCurrentTime(Date.from(MARCH_2));
    profile = Files.createTempDirectory("linggong-chromium-");
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
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Chromium.driver().toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    ClockUtil.reset();
    if (browser != null) {
      browser.quit();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private WebElement byId(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private void type(String id, String text) {
    By field = By.cssSelector("#" + id + " input, #" + id + " textarea");
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'});",
            wait.until(ExpectedConditions.presenceOfElementLocated(field)));
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    input.clear();
    input.sendKeys(text, Keys.TAB);
  }

  private void click(String id) {
    wait.until(
        d -> {
          try {
            WebElement element = d.findElement(By.id(id));
            ((JavascriptExecutor) d)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
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

  private void date(String id, LocalDate date) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", byId(id), date.toString());
  }

  private void radio(String id, String label) {
    byId(id);
    List<WebElement> buttons =
        browser.findElements(By.cssSelector("#" + id + " vaadin-radio-button"));
    buttons.stream()
        .filter(b -> b.getText().contains(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no radio button " + label + " in " + id))
        .click();
  }

  private void signIn(String user) {
    browser.get("http://localhost:" + port + "/");
    wait.until(ExpectedConditions.urlContains("/login"));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")))
        .sendKeys(user);
    browser
        .findElement(By.cssSelector("vaadin-login-form input[name='password']"))
        .sendKeys("demo");
    browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    byId("home-view");
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private String no;

  private void openTask(String key) {
    browser.get("http://localhost:" + port + "/complaints/" + no);
    click("open-task-" + key);
    byId("task-form");
  }

  private void done() {
    click("complete-task");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-view")));
  }

  @Test
  void aMediatorFilesAComplaintAcceptsItAndRecordsAnAgreement() throws Exception {
    signIn("mediator1");
    browser.get("http://localhost:" + port + "/complaints");
    click("complaint-file");
    type("complainant-0-name", "冯建军");
    type("complainant-0-id", "410204198203030031");
    type("complainant-0-mobile", "13966667777");
    type("complainant-0-owed", "4800");
    click("complaint-add-complainant");
    type("complainant-1-name", "钱秀英");
    type("complainant-1-id", "410204198404040025");
    type("complainant-1-mobile", "13966668888");
    type("complainant-1-owed", "3600.50");
    type("complaint-employer-name", "开封市鼎盛装饰工程有限公司");
    type("complaint-employer-code", "91410204MA5DRT6815");
    type("complaint-employer-contact", "吴经理");
    type("complaint-employer-phone", "13700009999");
    type("complaint-employer-address", "鼓楼区中山路88号");
    type("complaint-project", "鼓楼区书店街商铺装修");
    date("complaint-work-start", LocalDate.of(2026, 1, 6));
    date("complaint-work-end", LocalDate.of(2026, 2, 6));
    type("complaint-request", "支付拖欠的装修工资");
    // a mistyped check character and an amount below zero are refused beside their fields
    type("complainant-0-id", "410204198203030032");
    type("complainant-1-owed", "-5");
    click("complaint-save");
    wait.until(
        d -> "true".equals(String.valueOf(byId("complainant-0-id").getDomProperty("invalid"))));
    assertThat(byId("complainant-0-id").getDomProperty("errorMessage")).contains("校验位");
    assertThat(byId("complainant-1-owed").getDomProperty("errorMessage")).isEqualTo("金额不能为负数");
    assertThat(complaints.search(directory.principal("mediator1"), null, null, 0, 10))
        .as("nothing written")
        .isEmpty();
    type("complainant-0-id", "410204198203030031");
    type("complainant-1-owed", "3600.50");
    screenshot("complaint-intake");
    click("complaint-save");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-view")));
    no =
        complaints
            .search(directory.principal("mediator1"), Complaint.State.OPEN, null, 0, 1)
            .get(0)
            .complaintNo();
    assertThat(byId("complaint-complainants").getText())
        .contains("冯建军", "410204********0031")
        .doesNotContain("410204198203030031");
    assertThat(byId("clock-ACCEPTANCE").getText()).contains("受理审查 第 1/5 个工作日");

    openTask("user_task_accept");
    radio("field-acceptanceDecision", "受理");
    done();

    openTask("user_task_mediate");
    radio("field-mediationOutcome", "达成调解协议");
    // 8400.50 in two payments: 4400.50 on 16 March and 4000 on 31 March
    WebElement first = byId("instalment-1-amount").findElement(By.cssSelector("input"));
    first.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4400.50", Keys.TAB);
    date("instalment-1-due", LocalDate.of(2026, 3, 16));
    click("add-instalment");
    date("instalment-2-due", LocalDate.of(2026, 3, 31));
    type("instalment-2-amount", "4000.00");
    screenshot("complaint-agreement");
    done();

    browser.get("http://localhost:" + port + "/complaints/" + no);
    assertThat(byId("complaint-stage").getText()).isEqualTo("履行跟踪");
    assertThat(byId("complaint-amounts").getText()).contains("协议 8400.50 元");
    assertThat(byId("complaint-instalments").getText())
        .contains("2026-03-16", "4400.50", "2026-03-31", "4000.00");
    screenshot("complaint-payment-follow-up");

    var view = complaints.view(directory.principal("mediator1"), no);
    long agreement =
        view.documents().stream()
            .filter(d -> d.kind().equals("MEDIATION_AGREEMENT"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(pdfText(agreement))
        .contains(
            "调解协议书",
            "冯建军",
            "钱秀英",
            "开封市鼎盛装饰工程有限公司",
            "4800.00元",
            "3600.50元",
            "8400.50元",
            "2026年3月16日前",
            "4400.50元",
            "2026年3月31日前",
            "4000.00元",
            "调解员（签名）：赵磊")
        .doesNotContain("410204198203030031");
  }

  private String pdfText(long documentId) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/api/complaints/"
                                + no
                                + "/documents/"
                                + documentId))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString("mediator1:demo".getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      return new PDFTextStripper()
          .getText(pdf)
          .replace("\n", "")
          .replace("\r", "")
          .replace(" ", "");
    }
  }
}
