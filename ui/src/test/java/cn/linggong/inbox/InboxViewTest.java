package cn.linggong.inbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.identity.DirectoryService;
import cn.linggong.shell.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A caseworker finds a task in the inbox, takes it, and is told when a colleague was first. */
@SpringBootTest
class InboxViewTest extends KaribuTestBase {

  private static final String PROCESS =
      cn.linggong.testsupport.TestProcesses.oneUserTask(
          "test_inbox", "待办测试", "核对材料", "caseworker", null);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired InboxService inbox;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private String start(String caseNumber) {
    if (repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("test_inbox")
            .tenantIdIn("kf-gulou")
            .count()
        == 0) {
      repositoryService
          .createDeployment()
          .tenantId("kf-gulou")
          .addString("inbox.bpmn", PROCESS)
          .deploy();
    }
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    var instance =
        runtimeService
            .createProcessInstanceByKey("test_inbox")
            .processDefinitionTenantId("kf-gulou")
            .businessKey(caseNumber)
            .execute();
    ClockUtil.reset();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  /** The take / give back button in the row of a task. */
  private static Button actionOf(Grid<InboxTask> grid, String taskId) {
    for (int row = 0; row < GridKt._size(grid); row++) {
      if (GridKt._get(grid, row).taskId().equals(taskId)) {
        var cell = GridKt._getCellComponent(grid, row, "ACTION");
        return cell instanceof Button b ? b : (Button) cell.getChildren().findFirst().orElseThrow();
      }
    }
    throw new AssertionError("no row for task " + taskId);
  }

  @Test
  @SuppressWarnings("unchecked")
  void caseworkerFindsAndTakesATaskAndIsToldWhenAColleagueWasFirst() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String first = start("QX-" + run + "-1");
    String second = start("QX-" + run + "-2");
    directory.createUser(
        new DirectoryService.UserDraft(
            "cw-" + run, "冯敏", null, Set.of("caseworker"), "kf-gulou", "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());

    signIn("caseworker1");
    UI.getCurrent().navigate(InboxView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), "QX-" + run);
    Grid<InboxTask> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    assertThat(GridKt._size(grid)).isEqualTo(2);
    assertThat(GridKt._get(grid, 0).businessKey()).startsWith("QX-" + run);
    assertThat(_get(Button.class, spec -> spec.withId("chip-all")).getText()).isEqualTo("全部 2");
    assertThat(_get(Button.class, spec -> spec.withId("chip-overdue")).getText())
        .isEqualTo("已超期 2");

    // the process and step filters list what has open tasks
    var processes =
        (com.vaadin.flow.component.select.Select<InboxService.Choice>)
            _get(
                com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("inbox-process"));
    var choice =
        processes
            .getListDataView()
            .getItems()
            .filter(c -> c.key().equals("test_inbox"))
            .findFirst()
            .orElseThrow();
    assertThat(choice.name()).isEqualTo("待办测试");
    _setValue(processes, choice);
    var steps =
        (com.vaadin.flow.component.select.Select<InboxService.Choice>)
            _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("inbox-step"));
    _setValue(steps, steps.getListDataView().getItems().findFirst().orElseThrow());
    assertThat(GridKt._size(grid)).isEqualTo(2);

    _click(actionOf(grid, first));
    assertThat(taskService.createTaskQuery().taskId(first).singleResult().getAssignee())
        .isEqualTo("caseworker1");
    assertThat(_get(Button.class, spec -> spec.withId("chip-mine")).getText()).isEqualTo("我的 1");

    // a colleague takes the second task while this screen still offers it
    Button stale = actionOf(grid, second);
    inbox.claim(directory.principal("cw-" + run), second);
    _click(stale);
    NotificationsKt.expectNotifications("此任务已由 cw-" + run + " 领取");
    assertThat(taskService.createTaskQuery().taskId(second).singleResult().getAssignee())
        .isEqualTo("cw-" + run);
  }

  @Test
  @SuppressWarnings("unchecked")
  void supervisorGivesATaskToACaseworkerOfTheDistrictFromTheTaskPage() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String task = start("RA-" + run);
    signIn("supervisor1");
    UI.getCurrent().navigate("tasks/" + task);
    var to =
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("reassign-to"));
    _setValue(to, "caseworker1");
    _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo("caseworker1");
  }
}
