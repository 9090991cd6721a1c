package cn.linggong.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.EngineIdentity;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.RuleViolationException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The inbox table follows the engine: created, claimed, changed, completed; by district and group.
 */
@SpringBootTest
class InboxTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired DirectoryService directory;
  @Autowired cn.linggong.identity.Districts districts;
  @Autowired InboxService inbox;

  private String run;

  @BeforeEach
  void deploy() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    for (String district : new String[] {"kf-gulou", "kf-longting"}) {
      cn.linggong.testsupport.TestProcesses.deployTenantTask(repositoryService, district);
    }
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private String start(String district) {
    var instance =
        runtimeService
            .createProcessInstanceByKey("test_tenant_isolation")
            .processDefinitionTenantId(district)
            .businessKey("IB-" + run + "-" + district + "-" + UUID.randomUUID())
            .execute();
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  private InboxFilter ofThisRun(InboxFilter.Scope scope) {
    return new InboxFilter(
        scope, null, null, null, "IB-" + run + "%", null, null, InboxFilter.Sort.DUE, false);
  }

  @Autowired cn.linggong.sla.EscalationService escalations;

  @Test
  void aSupervisorSeesTheWholeDistrictByHolderAndEscalationOthersAreRefusedThatScope() {
    String held = start("kf-gulou");
    String free = start("kf-gulou");
    String escalated = start("kf-gulou");
    start("kf-longting");
    LinggongUser caseworker1 = directory.principal("caseworker1");
    LinggongUser supervisor1 = directory.principal("supervisor1");
    inbox.claim(caseworker1, held);
    InboxTask row = inbox.find(supervisor1, escalated);
    escalations.escalate(
        new cn.linggong.sla.OverdueTask(
            row.taskId(),
            row.taskName(),
            row.taskDefinitionKey(),
            row.processInstanceId(),
            row.processDefinitionKey(),
            row.businessKey(),
            row.districtId(),
            row.assignee(),
            row.timeLimitKey(),
            row.dueAt()),
        Instant.parse("2026-06-01T02:00:00Z"));

    InboxFilter district = ofThisRun(InboxFilter.Scope.DISTRICT);
    // the supervisor's own groups hold none of these: the district scope still shows them all
    assertThat(inbox.page(supervisor1, ofThisRun(InboxFilter.Scope.ALL), 0, 50)).isEmpty();
    assertThat(inbox.page(supervisor1, district, 0, 50))
        .extracting(InboxTask::taskId)
        .containsExactlyInAnyOrder(held, free, escalated);
    assertThat(inbox.count(supervisor1, district)).isEqualTo(3);
    assertThat(inbox.page(supervisor1, district.withHolder("caseworker1", false, false), 0, 50))
        .extracting(InboxTask::taskId)
        .containsExactly(held);
    assertThat(inbox.count(supervisor1, district.withHolder(null, true, false))).isEqualTo(2);
    assertThat(inbox.page(supervisor1, district.withHolder(null, false, true), 0, 50))
        .extracting(InboxTask::taskId)
        .containsExactly(escalated);
    // a city-level supervisor sees both districts' tasks in that scope
    LinggongUser city = cn.linggong.testsupport.TestUsers.of("city-sup", null, "supervisor");
    assertThat(inbox.count(city, district)).isEqualTo(4);

    assertThatThrownBy(() -> inbox.page(caseworker1, district, 0, 50))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    assertThatThrownBy(() -> inbox.count(caseworker1, district))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  @Test
  void aNewTaskAppearsForItsDistrictsGroupWithItsCaseAndDueDate() {
    String gulou = start("kf-gulou");
    start("kf-longting");
    LinggongUser caseworker1 = directory.principal("caseworker1");
    var rows = inbox.page(caseworker1, ofThisRun(InboxFilter.Scope.ALL), 0, 50);
    assertThat(rows).extracting(InboxTask::taskId).containsExactly(gulou);
    InboxTask row = rows.get(0);
    assertThat(row.businessKey()).startsWith("IB-" + run + "-kf-gulou");
    assertThat(row.processName()).isEqualTo("区县隔离测试");
    assertThat(row.taskName()).isEqualTo("办理");
    assertThat(row.dueAt()).isNotNull();
    // a mediator of the same district is not a candidate
    assertThat(
            inbox.page(directory.principal("mediator1"), ofThisRun(InboxFilter.Scope.ALL), 0, 50))
        .isEmpty();
    // a caseworker of the other district sees only that district's task
    assertThat(inbox.count(directory.principal("caseworker2"), ofThisRun(InboxFilter.Scope.ALL)))
        .isEqualTo(1);
  }

  @Test
  void claimingMovesATaskFromMyGroupsToMineAndCompletingRemovesIt() {
    String task = start("kf-gulou");
    LinggongUser caseworker1 = directory.principal("caseworker1");
    assertThat(inbox.count(caseworker1, ofThisRun(InboxFilter.Scope.GROUPS))).isEqualTo(1);
    EngineIdentity.callAs(
        identityService,
        caseworker1,
        () -> {
          inbox.claim(caseworker1, task);
          return null;
        });
    assertThat(inbox.count(caseworker1, ofThisRun(InboxFilter.Scope.GROUPS))).isZero();
    assertThat(inbox.page(caseworker1, ofThisRun(InboxFilter.Scope.MINE), 0, 50))
        .extracting(InboxTask::assignee)
        .containsExactly("caseworker1");

    taskService.complete(task);
    assertThat(inbox.count(caseworker1, ofThisRun(InboxFilter.Scope.ALL))).isZero();
  }

  @Test
  void aSecondClaimIsRefusedNamingWhoHasIt() {
    String task = start("kf-gulou");
    directory.createUser(
        new DirectoryService.UserDraft(
            "caseworker-z",
            "孙强",
            null,
            java.util.Set.of("caseworker"),
            "kf-gulou",
            "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());
    LinggongUser first = directory.principal("caseworker1");
    LinggongUser second = directory.principal("caseworker-z");
    inbox.claim(first, task);
    assertThatThrownBy(() -> inbox.claim(second, task))
        .isInstanceOf(cn.linggong.shared.ConflictException.class)
        .extracting(e -> ((RuleViolationException) e).arguments()[0])
        .isEqualTo("caseworker1");
  }

  @Test
  void aChangedDueDateIsSeenInTheInbox() {
    String task = start("kf-gulou");
    var engineTask = taskService.createTaskQuery().taskId(task).singleResult();
    Instant later = Instant.parse("2026-07-01T15:59:59Z");
    engineTask.setDueDate(Date.from(later));
    taskService.saveTask(engineTask);
    assertThat(inbox.find(directory.principal("caseworker1"), task).dueAt()).isEqualTo(later);
  }

  @Test
  void aTaskOfAnotherDistrictIsNotFound() {
    String longting = start("kf-longting");
    assertThatThrownBy(() -> inbox.find(directory.principal("caseworker1"), longting))
        .isInstanceOf(cn.linggong.shared.NotFoundException.class);
  }

  @Test
  void theUsualFirstPageIsInDueOrderAndPagesCleanly() {
    String district = "kf-test-" + run;
    districts.createDistrict(district, "测试区" + run, cn.linggong.testsupport.TestUsers.admin());
    String user = "cw-" + run;
    directory.createUser(
        new DirectoryService.UserDraft(
            user, "测试", null, java.util.Set.of("caseworker"), district, "a-long-password"),
        cn.linggong.testsupport.TestUsers.admin());
    repositoryService
        .createDeployment()
        .tenantId(district)
        .addClasspathResource("bpmn/tenant-isolation.bpmn")
        .deploy();
    String[] tasks = new String[3];
    // started on three different days: due dates differ, latest start first
    for (int i = 0; i < 3; i++) {
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-0" + (5 - i) + "T02:00:00Z")));
      tasks[i] = start(district);
    }
    LinggongUser caseworker = directory.principal(user);
    assertThat(inbox.page(caseworker, InboxFilter.all(), 0, 50))
        .extracting(InboxTask::taskId)
        .containsExactly(tasks[2], tasks[1], tasks[0]);
    assertThat(inbox.page(caseworker, InboxFilter.all(), 1, 1))
        .extracting(InboxTask::taskId)
        .containsExactly(tasks[1]);
    assertThat(inbox.count(caseworker, InboxFilter.all())).isEqualTo(3);

    inbox.claim(caseworker, tasks[1]);
    InboxFilter mine =
        new InboxFilter(
            InboxFilter.Scope.MINE,
            null,
            null,
            null,
            null,
            null,
            null,
            InboxFilter.Sort.DUE,
            false);
    InboxFilter groups =
        new InboxFilter(
            InboxFilter.Scope.GROUPS,
            null,
            null,
            null,
            null,
            null,
            null,
            InboxFilter.Sort.DUE,
            false);
    assertThat(inbox.page(caseworker, mine, 0, 50))
        .extracting(InboxTask::taskId)
        .containsExactly(tasks[1]);
    assertThat(inbox.page(caseworker, groups, 0, 50))
        .extracting(InboxTask::taskId)
        .containsExactly(tasks[2], tasks[0]);
    assertThat(inbox.page(caseworker, InboxFilter.all(), 0, 50)).hasSize(3);
    InboxFilter overdue =
        new InboxFilter(
            InboxFilter.Scope.ALL,
            null,
            null,
            null,
            null,
            Instant.parse("2026-06-11T16:00:00Z"),
            null,
            InboxFilter.Sort.DUE,
            false); // 06-12 00:00 in Beijing
    assertThat(inbox.count(caseworker, overdue)).isEqualTo(2);
  }
}
