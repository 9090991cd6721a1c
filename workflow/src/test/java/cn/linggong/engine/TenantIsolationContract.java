package cn.linggong.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.EngineIdentity;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Districts are tenants: a district's staff see and work only their district's tasks; city-level
 * staff see every district's. Shown with a test-only process deployed once per district.
 */
abstract class TenantIsolationContract {

  static final String PROCESS = "test_tenant_isolation";
  static final String GULOU = "kf-gulou";
  static final String LONGTING = "kf-longting";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired DirectoryService directory;

  private String run;

  @org.junit.jupiter.api.AfterEach
  void realClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  @BeforeEach
  void startOneCasePerDistrict() {
    // a fixed day inside the maintained calendar, so due dates never depend on today's date
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.Instant.parse("2026-06-01T02:00:00Z")));
    for (String district : List.of(GULOU, LONGTING)) {
      if (repositoryService
              .createProcessDefinitionQuery()
              .processDefinitionKey(PROCESS)
              .tenantIdIn(district)
              .count()
          == 0) {
        repositoryService
            .createDeployment()
            .name("tenant-isolation-" + district)
            .tenantId(district)
            .addClasspathResource("bpmn/tenant-isolation.bpmn")
            .deploy();
      }
    }
    run = UUID.randomUUID().toString().substring(0, 8);
    for (String district : List.of(GULOU, LONGTING)) {
      runtimeService
          .createProcessInstanceByKey(PROCESS)
          .processDefinitionTenantId(district)
          .businessKey(district + "-" + run)
          .execute();
    }
  }

  private List<Task> tasksSeenBy(String userId) {
    return EngineIdentity.callAs(
        identityService,
        directory.principal(userId),
        () ->
            taskService
                .createTaskQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKeyLike("%-" + run)
                .list());
  }

  @Test
  void caseworkerSeesOnlyTheTasksOfHerDistrict() {
    assertThat(tasksSeenBy("caseworker1")).extracting(Task::getTenantId).containsExactly(GULOU);
    assertThat(tasksSeenBy("caseworker2")).extracting(Task::getTenantId).containsExactly(LONGTING);
  }

  @Test
  void cityLevelStaffSeeEveryDistrict() {
    assertThat(tasksSeenBy("reviewer1"))
        .extracting(Task::getTenantId)
        .containsExactlyInAnyOrder(GULOU, LONGTING);
  }

  @Test
  void caseworkerCannotCompleteAnotherDistrictsTask() {
    Task longtingTask =
        taskService
            .createTaskQuery()
            .processDefinitionKey(PROCESS)
            .tenantIdIn(LONGTING)
            .processInstanceBusinessKey(LONGTING + "-" + run)
            .singleResult();
    assertThatThrownBy(
            () ->
                EngineIdentity.callAs(
                    identityService,
                    directory.principal("caseworker1"),
                    () -> {
                      taskService.complete(longtingTask.getId());
                      return null;
                    }))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(taskService.createTaskQuery().taskId(longtingTask.getId()).count()).isEqualTo(1);
  }
}
