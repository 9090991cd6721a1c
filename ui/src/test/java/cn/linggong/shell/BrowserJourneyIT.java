package cn.linggong.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.EnabledWithChromium;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in a real browser (Debian's headless Chromium): signs in, sees the home screen and the
 * menu of their role, on a laptop and on a tablet. Screenshots go to {@code ui/target/screenshots}.
 */
@EnabledWithChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyIT {

  @LocalServerPort int port;

  private BrowserSession session;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    session = new BrowserSession(port, "1280,800");
    browser = session.driver();
    wait = session.waiting();
  }

  @AfterEach
  void closeBrowser() {
    if (session != null) {
      session.close();
    }
  }

  private void signIn(String user) {
    session.signIn(user);
  }

  private void screenshot(String name) {
    session.screenshot(name);
  }

  private String menuText() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-menu"))).getText();
  }

  @Test
  void caseworkerSignsInAndSeesHerHomeScreenOnALaptopAndATablet() throws IOException {
    signIn("caseworker1");
    WebElement home = browser.findElement(By.id("home-view"));
    assertThat(home.getText()).contains("您好，张敏").contains("鼓楼区").contains("就业服务专员");
    assertThat(menuText()).contains("首页", "我的账户").doesNotContain("用户管理");
    assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("张敏 · 鼓楼区");
    assertThat(horizontalOverflow()).as("no sideways scrolling at 1280×800").isFalse();
    screenshot("caseworker-home-1280");

    browser.manage().window().setSize(new Dimension(768, 1024));
    wait.until(
        d ->
            ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue()
                <= 768);
    WebElement toggle = browser.findElement(By.cssSelector("vaadin-drawer-toggle"));
    assertThat(toggle.isDisplayed()).as("menu button shown on a tablet").isTrue();
    assertThat(horizontalOverflow()).as("no sideways scrolling at 768 wide").isFalse();
    screenshot("caseworker-home-768");

    browser.findElement(By.id("logout")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  @Test
  void adminSeesAdministrationAndOpensCockpitWithoutASecondLogin() throws IOException {
    signIn("admin");
    assertThat(menuText()).contains("用户管理", "区县管理");
    screenshot("admin-home-1280");
    browser.get("http://localhost:" + port + "/admin/calendar");
    WebElement nationalDay =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("day-2026-10-01")));
    assertThat(nationalDay.getAttribute("data-kind")).isEqualTo("HOLIDAY");
    screenshot("admin-calendar");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    wait.until(ExpectedConditions.titleContains("Cockpit"));
    wait.until(
        d -> d.getPageSource().contains("Dashboard") || d.getPageSource().contains("Processes"));
    assertThat(browser.findElements(By.cssSelector("input#inputUsername")))
        .as("no Camunda login form")
        .isEmpty();
    screenshot("admin-cockpit");
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.RepositoryService repositoryService;

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.RuntimeService runtimeService;

  @org.springframework.beans.factory.annotation.Autowired
  org.camunda.bpm.engine.TaskService taskService;

  private static final String FORM =
      """
      { "id": "form_browser_test", "components": [
        { "type": "textfield", "key": "opinion", "label": "审查意见", "validate": { "required": true, "minLength": 2 } },
        { "type": "radio", "key": "decision", "label": "结论", "validate": { "required": true },
          "values": [ { "label": "受理", "value": "accept" }, { "label": "不予受理", "value": "refuse" } ] } ] }
      """;

  private static final String PROCESS =
      cn.linggong.testsupport.TestProcesses.oneUserTask(
          "test_browser_form", "浏览器测试", "受理审查", "mediator", "form_browser_test");

  @Test
  void mediatorTakesATaskFromTheInboxFillsItsFormAndCompletesIt() throws IOException {
    repositoryService
        .createDeployment()
        .tenantId("kf-gulou")
        .addString("browser.bpmn", PROCESS)
        .addString("browser.form", FORM)
        .deploy();
    String caseNumber = "BR-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var instance =
        runtimeService
            .createProcessInstanceByKey("test_browser_form")
            .processDefinitionTenantId("kf-gulou")
            .businessKey(caseNumber)
            .execute();
    String taskId =
        taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

    signIn("mediator1");
    browser.get("http://localhost:" + port + "/inbox");
    // the new task is on the first page (due date first); take it
    wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-" + taskId))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unclaim-" + taskId)));
    screenshot("mediator-inbox");
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("mediator1");

    browser.get("http://localhost:" + port + "/tasks/" + taskId);
    WebElement opinion =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#field-opinion input")));
    opinion.sendKeys("材");
    browser.findElement(By.id("complete-task")).click();
    // refused on the server: the message stands beside the field, the task stays open
    wait.until(d -> "true".equals(d.findElement(By.id("field-opinion")).getAttribute("invalid")));
    assertThat(browser.findElement(By.id("field-opinion")).getDomProperty("errorMessage"))
        .isEqualTo("至少填写 2 个字");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();

    opinion.sendKeys("料齐全");
    session.firstRadio("field-decision");
    screenshot("mediator-task-form");
    browser.findElement(By.id("complete-task")).click();
    wait.until(ExpectedConditions.urlContains("/inbox"));
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  private boolean horizontalOverflow() {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
  }
}
