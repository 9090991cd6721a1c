package cn.linggong.sla;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.inbox.TaskView;
import cn.linggong.shell.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A supervisor's first screen lists her district's overdue work, each linking to its task. */
@SpringBootTest
class SupervisionViewTest extends KaribuTestBase {

  private static final String PROCESS =
      cn.linggong.testsupport.TestProcesses.oneUserTask(
          "test_supervision", "督办测试", "审查材料", "caseworker", null);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void supervisorSeesHerDistrictsOverdueTaskAndOpensIt() {
    repositoryService
        .createDeployment()
        .tenantId("kf-gulou")
        .addString("supervision.bpmn", PROCESS)
        .deploy();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    var instance =
        runtimeService
            .createProcessInstanceByKey("test_supervision")
            .processDefinitionTenantId("kf-gulou")
            .businessKey("QX-2026-000777")
            .execute();
    var task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-15T02:00:00Z")));
    managementService.executeJob(
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .singleResult()
            .getId());

    signIn("supervisor1");
    UI.getCurrent().navigate(SupervisionView.class);
    Grid<SupervisionService.LateTask> overdue =
        _get(Grid.class, spec -> spec.withId("overdue-tasks"));
    assertThat(GridKt._size(overdue)).isGreaterThanOrEqualTo(1);
    var row =
        java.util.stream.IntStream.range(0, GridKt._size(overdue))
            .mapToObj(i -> GridKt._get(overdue, i))
            .filter(t -> t.taskId().equals(task.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(row.businessKey()).isEqualTo("QX-2026-000777");
    assertThat(row.daysLate()).isPositive();
    Grid<Escalation> escalated = _get(Grid.class, spec -> spec.withId("open-escalations"));
    assertThat(
            java.util.stream.IntStream.range(0, GridKt._size(escalated))
                .mapToObj(i -> GridKt._get(escalated, i)))
        .extracting(Escalation::taskId)
        .contains(task.getId());

    UI.getCurrent().navigate("tasks/" + task.getId());
    LocatorJ._assertOne(TaskView.class);
    assertThat(_get(H2.class).getText()).isEqualTo("QX-2026-000777 · 审查材料");

    // a supervisor of another district does not see it
    signOut();
    signIn("caseworker2");
    UI.getCurrent().navigate("tasks/" + task.getId());
    assertThat(_get(H2.class).getText()).isEqualTo("未找到该任务");
  }
}
