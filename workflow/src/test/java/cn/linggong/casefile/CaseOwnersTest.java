package cn.linggong.casefile;

import static cn.linggong.assistance.AssistanceProcess.USER_TASK_GUIDANCE;
import static cn.linggong.assistance.AssistanceProcess.USER_TASK_INTAKE;
import static cn.linggong.complaint.ComplaintProcess.USER_TASK_ACCEPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.assistance.AssistanceFixture;
import cn.linggong.complaint.ComplaintActions;
import cn.linggong.complaint.ComplaintFixture;
import cn.linggong.complaint.ComplaintIntake;
import cn.linggong.complaint.ComplaintReading;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.identity.Roles;
import cn.linggong.inbox.InboxFilter;
import cn.linggong.inbox.InboxService;
import cn.linggong.inbox.InboxTask;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.TestClock;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerRegistry;
import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * A case is owned from its opening: each next step its owner's role works goes to the owner, the
 * group still sees it (TEAM), and a supervisor names another owner, whom the open steps follow.
 */
@SpringBootTest
@Import(TestClock.class)
class CaseOwnersTest {

  @Autowired DirectoryService directory;
  @Autowired WorkerRegistry workers;
  @Autowired WorkerHardship hardship;
  @Autowired EmployerRegistry employers;
  @Autowired JobBoard jobs;
  @Autowired AssistanceCases cases;
  @Autowired ComplaintIntake intake;
  @Autowired ComplaintActions actions;
  @Autowired ComplaintReading reading;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired InboxService inbox;
  @Autowired CaseTimeline timeline;

  AssistanceFixture f;
  LinggongUser colleague;

  @BeforeEach
  void people() {
    f =
        new AssistanceFixture(
            directory, workers, hardship, employers, jobs, cases, completion, taskService);
    if (!directory.exists("caseworker9")) {
      directory.createUser(
          new DirectoryService.UserDraft(
              "caseworker9", "孙悦", null, Set.of(Roles.CASEWORKER), "kf-gulou", "Demo-pass-2026"),
          directory.principal("admin"));
    }
    colleague = directory.principal("caseworker9");
  }

  private String openCase() {
    long worker =
        f.worker(
            "钱秀英",
            AssistanceFixture.idNumber(LocalDate.of(1985, 4, 1), true),
            AssistanceFixture.dibao());
    return f.open(worker);
  }

  @Test
  void theOpenerOwnsTheCaseAndGetsItsNextStepsWhichTheGroupStillSees() {
    String caseNo = openCase();
    assertThat(cases.find(f.caseworker, caseNo).owner()).isEqualTo("caseworker1");
    assertThat(f.task(caseNo, USER_TASK_INTAKE).getAssignee()).isEqualTo("caseworker1");

    f.complete(caseNo, USER_TASK_INTAKE, CaseSteps.values("factsConfirmed", true));
    assertThat(f.task(caseNo, USER_TASK_GUIDANCE).getAssignee())
        .as("the next step goes to the owner too")
        .isEqualTo("caseworker1");

    String taskId = f.task(caseNo, USER_TASK_GUIDANCE).getId();
    assertThat(inbox.page(f.caseworker, scoped(InboxFilter.Scope.MINE, caseNo), 0, 10))
        .extracting(InboxTask::taskId)
        .containsExactly(taskId);
    assertThat(inbox.page(colleague, scoped(InboxFilter.Scope.GROUPS, caseNo), 0, 10))
        .as("not the colleague's to take")
        .isEmpty();
    assertThat(inbox.page(colleague, scoped(InboxFilter.Scope.TEAM, caseNo), 0, 10))
        .as("but the group still sees it")
        .extracting(InboxTask::taskId, InboxTask::assignee)
        .containsExactly(Tuple.tuple(taskId, "caseworker1"));
  }

  @Test
  void aSupervisorNamesAnotherOwnerWhomTheOpenStepsFollow() {
    String caseNo = openCase();
    assertThatThrownBy(() -> cases.changeOwner(f.caseworker, caseNo, "caseworker9", "休假"))
        .as("a caseworker may not")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> cases.changeOwner(f.supervisor, caseNo, "mediator1", "休假"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting("field").containsExactly("owner"));
    assertThatThrownBy(() -> cases.changeOwner(f.supervisor, caseNo, "caseworker2", "休假"))
        .as("a caseworker of another district")
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> cases.changeOwner(f.supervisor, caseNo, "caseworker9", " "))
        .as("a reason is required")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting("field").containsExactly("reason"));
    assertThat(cases.ownerCandidates(f.supervisor, caseNo)).contains("caseworker1", "caseworker9");

    cases.changeOwner(f.supervisor, caseNo, "caseworker9", "张敏休假两周");

    assertThat(cases.find(f.supervisor, caseNo).owner()).isEqualTo("caseworker9");
    assertThat(f.task(caseNo, USER_TASK_INTAKE).getAssignee()).isEqualTo("caseworker9");
    assertThat(timeline.of(new CaseRef("assistance", caseNo)))
        .filteredOn(e -> e.kind().equals(CaseOwners.OWNER_CHANGED))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.details())
                  .containsEntry("previous", "张敏")
                  .containsEntry("owner", "孙悦")
                  .containsEntry("reason", "张敏休假两周");
              assertThat(e.doneBy()).isEqualTo("supervisor1");
            });
    CaseSteps.complete(
        taskService,
        completion,
        colleague,
        caseNo,
        USER_TASK_INTAKE,
        CaseSteps.values("factsConfirmed", true));
    assertThat(f.task(caseNo, USER_TASK_GUIDANCE).getAssignee())
        .as("later steps go to the new owner")
        .isEqualTo("caseworker9");
  }

  @Test
  void aComplaintIsOwnedByTheMediatorWhoFiledIt() {
    ComplaintFixture c = new ComplaintFixture(directory, intake, completion, taskService);
    String no = c.file(ComplaintFixture.worker("卫强", "3000.00"));
    assertThat(reading.find(c.mediator, no).owner()).isEqualTo("mediator1");
    assertThat(c.task(no, USER_TASK_ACCEPT).getAssignee()).isEqualTo("mediator1");
    assertThatThrownBy(() -> actions.changeOwner(c.supervisor, no, "mediator2", "调岗"))
        .as("a mediator of another district")
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theInboxOffersOnlyTheProcessesWhoseStepsThePersonCanSee() {
    ComplaintFixture c = new ComplaintFixture(directory, intake, completion, taskService);
    c.file(ComplaintFixture.worker("白雪", "2000.00"));
    openCase();
    assertThat(inbox.processes(c.mediator))
        .extracting(InboxService.Choice::key)
        .contains("wage_complaint");
    assertThat(inbox.processes(f.caseworker))
        .extracting(InboxService.Choice::key)
        .contains("hardship_assistance")
        .doesNotContain("wage_complaint");
  }

  private static InboxFilter scoped(InboxFilter.Scope scope, String caseNo) {
    return new InboxFilter(
        scope, null, null, null, caseNo, null, null, InboxFilter.Sort.DUE, false);
  }
}
