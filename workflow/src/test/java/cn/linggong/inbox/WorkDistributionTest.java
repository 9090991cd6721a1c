package cn.linggong.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.audit.AuditEvent;
import cn.linggong.audit.AuditService;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.TestProcesses;
import cn.linggong.testsupport.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A supervisor's bulk actions are one audited action per task and refuse what she may not touch;
 * "下一件" takes the most urgent task nobody holds; an absence hands a person's work on and routes the
 * person's new steps to the substitute until its end date.
 */
@SpringBootTest
class WorkDistributionTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DirectoryService directory;
  @Autowired InboxService inbox;
  @Autowired WorkDistribution distribution;
  @Autowired Absences absences;
  @Autowired AuditService audit;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private String task(String district) {
    return TestProcesses.tenantTask(
        repositoryService,
        runtimeService,
        taskService,
        district,
        "WD-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private List<AuditEvent> audited(String action, String taskId) {
    return audit.search(
        new AuditService.Filter(List.of(action), null, "task", taskId, null, null), 0, 10);
  }

  @Test
  void bulkReassignAuditsEachTaskAndRefusesAnotherDistrictsAndTheIneligible() {
    LinggongUser supervisor = directory.principal("supervisor1");
    String a = task("kf-gulou");
    String b = task("kf-gulou");
    String other = task("kf-longting");
    taskService.claim(a, "caseworker1");

    BulkResult result =
        distribution.reassignAll(supervisor, List.of(a, b, other, a), "caseworker3");

    assertThat(result.done()).containsExactly(a, b);
    assertThat(result.refused())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.taskId()).isEqualTo(other);
              assertThat(r.messageKey()).isEqualTo("inbox.task.notFound");
            });
    assertThat(taskService.createTaskQuery().taskId(a).singleResult().getAssignee())
        .isEqualTo("caseworker3");
    assertThat(taskService.createTaskQuery().taskId(b).singleResult().getAssignee())
        .isEqualTo("caseworker3");
    assertThat(taskService.createTaskQuery().taskId(other).singleResult().getAssignee()).isNull();
    assertThat(audited(WorkDistribution.REASSIGNED, a))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("supervisor1");
              assertThat(e.detail()).isEqualTo("caseworker1 -> caseworker3");
            });
    assertThat(audited(WorkDistribution.REASSIGNED, b)).hasSize(1);
    assertThat(audited(WorkDistribution.REASSIGNED, other)).isEmpty();

    // a mediator works no caseworker's step: refused per task, nothing changes
    BulkResult ineligible = distribution.reassignAll(supervisor, List.of(b), "mediator1");
    assertThat(ineligible.done()).isEmpty();
    assertThat(ineligible.refused())
        .extracting(BulkResult.Refusal::messageKey)
        .containsExactly("inbox.reassign.notEligible");
    assertThat(taskService.createTaskQuery().taskId(b).singleResult().getAssignee())
        .isEqualTo("caseworker3");

    // giving back: the held task returns to its group, the unheld one is refused
    String free = task("kf-gulou");
    BulkResult returned = distribution.returnAll(supervisor, List.of(a, free));
    assertThat(returned.done()).containsExactly(a);
    assertThat(returned.refused())
        .extracting(BulkResult.Refusal::messageKey)
        .containsExactly("inbox.bulk.notHeld");
    assertThat(taskService.createTaskQuery().taskId(a).singleResult().getAssignee()).isNull();
    assertThat(audited(WorkDistribution.RETURNED, a)).hasSize(1);

    // only a supervisor, and never an empty selection
    assertThatThrownBy(
            () ->
                distribution.reassignAll(
                    directory.principal("caseworker1"), List.of(b), "caseworker1"))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    assertThatThrownBy(() -> distribution.reassignAll(supervisor, List.of(), "caseworker3"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void nextTakesTheEarliestDueThenTheHighestPriorityThenTheOldest() {
    String district = "kf-tongxu";
    LinggongUser worker = TestUsers.of("cw-tongxu", district, "caseworker");
    Instant start = Instant.parse("2026-06-01T02:00:00Z");
    Date soon = Date.from(Instant.parse("2026-06-03T10:00:00Z"));
    Date later = Date.from(Instant.parse("2026-06-05T10:00:00Z"));
    ClockUtil.setCurrentTime(Date.from(start));
    String lateDue = task(district);
    ClockUtil.setCurrentTime(Date.from(start.plusSeconds(60)));
    String oldLow = task(district);
    ClockUtil.setCurrentTime(Date.from(start.plusSeconds(120)));
    String oldHigh = task(district);
    ClockUtil.setCurrentTime(Date.from(start.plusSeconds(180)));
    String newHigh = task(district);
    String held = task(district);
    String elsewhere = task("kf-yuwangtai");
    for (String t : List.of(oldLow, oldHigh, newHigh, held)) {
      taskService.setDueDate(t, soon);
    }
    taskService.setDueDate(lateDue, later);
    taskService.setDueDate(elsewhere, Date.from(Instant.parse("2026-06-02T10:00:00Z")));
    taskService.setPriority(oldHigh, 80);
    taskService.setPriority(newHigh, 80);
    taskService.claim(held, "someone-else");

    List<String> taken = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      taken.add(distribution.next(worker).orElseThrow().taskId());
    }
    assertThat(taken).containsExactly(oldHigh, newHigh, oldLow, lateDue);
    assertThat(taskService.createTaskQuery().taskId(oldHigh).singleResult().getAssignee())
        .isEqualTo("cw-tongxu");
    assertThat(distribution.next(worker)).isEmpty();
    // a mediator of the district has nothing of the caseworkers' to take
    assertThat(distribution.next(TestUsers.of("md-tongxu", district, "mediator"))).isEmpty();
  }

  @Test
  void anAbsenceHandsTheWorkOnAndRoutesNewStepsToTheSubstituteUntilItsDate() {
    LinggongUser supervisor = directory.principal("supervisor1");
    String held = task("kf-gulou");
    taskService.claim(held, "caseworker1");
    LocalDate today = LocalDate.now(BEIJING);
    LocalDate until = today.plusDays(3);

    Absences.Set set = absences.away(supervisor, "caseworker1", "caseworker3", until, "年休假");

    assertThat(set.handedOn().done()).contains(held);
    assertThat(taskService.createTaskQuery().taskId(held).singleResult().getAssignee())
        .isEqualTo("caseworker3");
    assertThat(absences.current(supervisor))
        .anySatisfy(a -> assertThat(a.id()).isEqualTo(set.absence().id()));
    assertThat(ownedStepGoesTo("caseworker1")).isEqualTo("caseworker3");

    // from the day after the end date, the person's own steps are the person's again
    ClockUtil.setCurrentTime(Date.from(until.plusDays(1).atTime(9, 0).atZone(BEIJING).toInstant()));
    assertThat(ownedStepGoesTo("caseworker1")).isEqualTo("caseworker1");
    ClockUtil.reset();

    // ended early: at once the person's again
    absences.end(supervisor, set.absence().id());
    assertThat(ownedStepGoesTo("caseworker1")).isEqualTo("caseworker1");

    // field by field: nobody of another district, not oneself, not in the past
    assertThatThrownBy(
            () -> absences.away(supervisor, "caseworker1", "caseworker2", today.minusDays(1), null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field() + ":" + v.violation().messageKey())
                    .containsExactlyInAnyOrder(
                        "substituteId:inbox.absence.otherDistrict",
                        "awayUntil:inbox.absence.past"));
    assertThatThrownBy(() -> absences.away(supervisor, "caseworker1", "caseworker1", until, null))
        .isInstanceOf(InvalidInputException.class);
  }

  /** Starts a case owned by {@code owner} and says who its step went to. */
  private String ownedStepGoesTo(String owner) {
    TestProcesses.deployTenantTask(repositoryService, "kf-gulou");
    var instance =
        runtimeService
            .createProcessInstanceByKey("test_tenant_isolation")
            .processDefinitionTenantId("kf-gulou")
            .businessKey("WD-OWN-" + UUID.randomUUID())
            .setVariables(Map.of(cn.linggong.casefile.CaseOwners.VARIABLE, owner))
            .execute();
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult()
        .getAssignee();
  }
}
