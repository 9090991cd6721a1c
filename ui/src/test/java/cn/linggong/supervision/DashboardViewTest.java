package cn.linggong.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.inbox.InboxTask;
import cn.linggong.shell.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard's figures open the inbox filtered on them: the step's overdue figure lists exactly
 * that step's overdue tasks, the person's figure that person's.
 */
@SpringBootTest
class DashboardViewTest extends KaribuTestBase {

  private static final String KEY = "test_dashboard_view";
  private static final String PROCESS =
      cn.linggong.testsupport.TestProcesses.oneUserTask(KEY, "看板测试", "核对材料", "caseworker", null);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private String start(String businessKey) {
    var instance =
        runtimeService
            .createProcessInstanceByKey(KEY)
            .processDefinitionTenantId("kf-gulou")
            .businessKey(businessKey)
            .execute();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  /** Follows a link of the screen: {@code inbox?chip=…}. */
  private static void open(String href) {
    String[] parts = href.split("\\?", 2);
    UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOverdueFigureOpensTheInboxOnThoseTasks() {
    repositoryService
        .createDeployment()
        .tenantId("kf-gulou")
        .addString("dashboard.bpmn", PROCESS)
        .deploy();
    // two tasks four weeks old (long past their five working days), one of today: the screens
    // count against the real clock, as a supervisor's do
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(java.time.Duration.ofDays(28))));
    String a = start("KB-2026-000001");
    String b = start("KB-2026-000002");
    taskService.claim(b, "caseworker3");
    ClockUtil.reset();
    String fresh = start("KB-2026-000003");

    signIn("supervisor1");
    UI.getCurrent().navigate(DashboardView.class);
    assertThat(_get(Image.class, spec -> spec.withId("dashboard-chart-trend")).getSrc())
        .startsWith("data:image/png;base64,");
    Grid<Dashboard.Work> bySteps = _get(Grid.class, spec -> spec.withId("dashboard-by-step"));
    int row =
        IntStream.range(0, GridKt._size(bySteps))
            .filter(i -> KEY.equals(GridKt._get(bySteps, i).processKey()))
            .findFirst()
            .orElseThrow();
    Dashboard.Work step = GridKt._get(bySteps, row);
    assertThat(step.open()).isEqualTo(3);
    assertThat(step.overdue()).isEqualTo(2);
    Anchor overdue = (Anchor) GridKt._getCellComponent(bySteps, row, "overdue");
    assertThat(overdue.getText()).isEqualTo("2");
    assertThat(overdue.getHref()).contains("chip=overdue").contains("process=" + KEY);

    open(overdue.getHref());
    Grid<InboxTask> inbox = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    List<String> listed =
        IntStream.range(0, GridKt._size(inbox))
            .mapToObj(i -> GridKt._get(inbox, i).taskId())
            .toList();
    assertThat(listed).containsExactlyInAnyOrder(a, b).doesNotContain(fresh);
    assertThat(_get(Button.class, spec -> spec.withId("chip-overdue")).getText())
        .isEqualTo("已超期 2");

    // both ticked and given to one caseworker: one audited action each
    inbox.asMultiSelect().select(GridKt._get(inbox, 0), GridKt._get(inbox, 1));
    _get(Button.class, spec -> spec.withId("bulk-reassign")).click();
    _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("bulk-reassign-to"))
        .setValue("caseworker1");
    _get(Button.class, spec -> spec.withId("bulk-reassign-confirm")).click();
    assertThat(taskService.createTaskQuery().taskId(a).singleResult().getAssignee())
        .isEqualTo("caseworker1");
    assertThat(taskService.createTaskQuery().taskId(b).singleResult().getAssignee())
        .isEqualTo("caseworker1");
    taskService.setAssignee(b, "caseworker3");

    // the person's figure: the tasks caseworker3 holds, a filter the supervisor can take off
    UI.getCurrent().navigate(DashboardView.class);
    Grid<Dashboard.Work> byPerson = _get(Grid.class, spec -> spec.withId("dashboard-by-person"));
    int held =
        IntStream.range(0, GridKt._size(byPerson))
            .filter(i -> "caseworker3".equals(GridKt._get(byPerson, i).assignee()))
            .findFirst()
            .orElseThrow();
    Anchor heldOpen = (Anchor) GridKt._getCellComponent(byPerson, held, "open");
    open(heldOpen.getHref());
    Grid<InboxTask> heldList = _get(Grid.class, spec -> spec.withId("inbox-grid"));
    assertThat(
            IntStream.range(0, GridKt._size(heldList))
                .mapToObj(i -> GridKt._get(heldList, i).assignee()))
        .containsOnly("caseworker3")
        .hasSize((int) GridKt._get(byPerson, held).open());
    Button holder = _get(Button.class, spec -> spec.withId("inbox-filter-holder"));
    assertThat(holder.getText()).isEqualTo("办理人：孙悦");
    holder.click();
    assertThat(GridKt._size(heldList)).isGreaterThan((int) GridKt._get(byPerson, held).open());
  }
}
