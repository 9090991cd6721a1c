package cn.linggong.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.audit.AuditService;
import cn.linggong.testsupport.EnabledWithChromium;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district supervisor in Chromium: the dashboard counts the district's overdue work, the overdue
 * figure of one step opens the inbox filtered on that step's overdue tasks, and the two are ticked
 * and given to one caseworker together, one audited action per task.
 */
@EnabledWithChromium
class SupervisionBrowserIT extends cn.linggong.shell.CaseJourney {

  private static final String KEY = "test_supervision_browser";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired AuditService audit;

  private String start(String businessKey) {
    var instance =
        runtimeService
            .createProcessInstanceByKey(KEY)
            .processDefinitionTenantId("kf-gulou")
            .businessKey(businessKey)
            .execute();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  /** Ticks a row's checkbox: the selection cell of the row that shows the case number. */
  private void tick(String caseNumber) {
    WebElement box =
        (WebElement)
            b.driver()
                .executeScript(
                    "const grid = document.getElementById('inbox-grid');"
                        + " const link = [...grid.querySelectorAll('vaadin-grid-cell-content a')]"
                        + "   .find(a => a.textContent.trim() === arguments[0]);"
                        + " if (!link) { return null; }"
                        + " const row = link.closest('vaadin-grid-cell-content').assignedSlot"
                        + "   .parentElement.parentElement;"
                        + " const first = row.querySelector('td slot').assignedElements()[0];"
                        + " return first.querySelector('vaadin-checkbox');",
                    caseNumber);
    assertThat(box).as("the selection box of " + caseNumber).isNotNull();
    b.driver().executeScript("arguments[0].click();", box);
    b.settle();
  }

  @Test
  void anOverdueFigureLeadsToTheFilteredInboxWhereTwoTasksAreReassignedAtOnce() {
    repositoryService
        .createDeployment()
        .tenantId("kf-gulou")
        .addString(
            "supervision-browser.bpmn",
            cn.linggong.testsupport.TestProcesses.oneUserTask(
                KEY, "督办浏览器测试", "核实材料", "caseworker", null))
        .deploy();
    String first = start("SV-2026-000101");
    String second = start("SV-2026-000102");
    taskService.claim(second, "caseworker3");
    moveTo(MARCH_2.plus(Duration.ofDays(14)));
    start("SV-2026-000103"); // due later: not overdue

    b.signIn("supervisor1");
    b.open("/dashboard");
    b.byId("dashboard-totals");
    b.screenshot("dashboard");
    WebElement overdue =
        b.waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(
                        "#dashboard-by-step a[data-figure='overdue'][href*='process="
                            + KEY
                            + "']")));
    assertThat(overdue.getText()).isEqualTo("2");
    b.driver().executeScript("arguments[0].click();", overdue);
    b.byId("inbox-view");
    b.settle();
    assertThat(b.driver().getCurrentUrl()).contains("chip=overdue").contains("process=" + KEY);
    b.waiting()
        .until(
            d ->
                d.findElements(By.cssSelector("#inbox-grid vaadin-grid-cell-content a")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.startsWith("SV-2026-"))
                    .sorted()
                    .toList()
                    .equals(List.of("SV-2026-000101", "SV-2026-000102")));

    tick("SV-2026-000101");
    tick("SV-2026-000102");
    b.byId("inbox-bulk");
    b.screenshot("inbox-bulk-selected");
    b.click("bulk-reassign");
    b.pick("bulk-reassign-to", "vaadin-select-item", "张敏");
    b.click("bulk-reassign-confirm");
    b.waiting()
        .until(
            d ->
                "caseworker1"
                        .equals(
                            taskService
                                .createTaskQuery()
                                .taskId(first)
                                .singleResult()
                                .getAssignee())
                    && "caseworker1"
                        .equals(
                            taskService
                                .createTaskQuery()
                                .taskId(second)
                                .singleResult()
                                .getAssignee()));
    for (String task : List.of(first, second)) {
      assertThat(
              audit.search(
                  new AuditService.Filter(
                      List.of("TASK_REASSIGNED"), null, "task", task, null, null),
                  0,
                  10))
          .singleElement()
          .satisfies(e -> assertThat(e.actor()).isEqualTo("supervisor1"));
    }
  }
}
