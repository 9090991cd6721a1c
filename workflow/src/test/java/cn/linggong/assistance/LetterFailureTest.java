package cn.linggong.assistance;

import static cn.linggong.assistance.AssistanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseRef;
import cn.linggong.casefile.DeferredLetters;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobPosting;
import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.operations.Incidents;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.testsupport.TestUsers;
import cn.linggong.worker.WorkerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A letter that cannot be made never undoes the step that asked for it: the step is done, the
 * letter's job is tried on the retry cycle, then becomes an incident (the 运维 screen's list, the
 * admins' mail, the case screen's "failed"); once the cause is gone a retry makes the letter.
 */
@SpringBootTest
@Import(TestClock.class)
class LetterFailureTest {

  private static final Instant START =
      OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired WorkerRegistry workers;
  @Autowired cn.linggong.worker.WorkerHardship hardship;
  @Autowired EmployerRegistry employers;
  @Autowired JobBoard jobs;
  @Autowired AssistanceCases cases;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CaseDocuments documents;
  @Autowired Incidents incidents;
  @Autowired JdbcTemplate jdbc;

  /** The posting hidden to make the letter fail, until it is put back. */
  private Long hidden;

  @AfterEach
  void realClockAndThePostingBack() {
    ClockUtil.reset();
    restorePosting(); // the context is shared: other tests' letters must not fail for this one
  }

  private void restorePosting() {
    if (hidden != null) {
      jdbc.update("UPDATE job_posting SET id = ? WHERE id = ?", hidden, -hidden);
      hidden = null;
    }
  }

  @Test
  void aFailingLetterLeavesTheStepDoneRetriesAndEndsAsAnIncidentThatARetryClears()
      throws Exception {
    CaseSteps steps = new CaseSteps(clock, managementService, documents);
    steps.moveTo(START);
    AssistanceFixture f =
        new AssistanceFixture(
            directory, workers, hardship, employers, jobs, cases, completion, taskService);
    JobPosting job = f.job(f.employer("开封市文书测试保洁", true), "保洁员", "cleaning");
    // the cause: the posting the letter names is gone when the letter is to be made
    String caseNo = f.referred("文书测", LocalDate.of(1985, 4, 1), LocalDate.of(2026, 3, 2), job);
    jdbc.update("UPDATE job_posting SET id = ? WHERE id = ?", -job.id(), job.id());
    hidden = job.id();

    // the step is done and recorded, the letter pending
    CaseRef ref = new CaseRef("assistance", caseNo);
    String process = cases.find(f.caseworker, caseNo).processInstanceId();
    assertThat(taskService.createTaskQuery().processInstanceId(process).singleResult())
        .extracting(t -> t.getTaskDefinitionKey())
        .isEqualTo(USER_TASK_REFERRAL_OUTCOME);
    CaseDocument letter = letter(ref);
    assertThat(letter.status()).isEqualTo(CaseDocument.Status.PENDING);
    assertThatThrownBy(() -> documents.file(ref, letter.id()))
        .isInstanceOf(cn.linggong.shared.ConflictException.class)
        .hasMessageStartingWith("document.pending");

    // tried on the retry cycle (R5/PT5M), each try rolled back, then an incident
    Job job1 = letterJob(caseNo);
    assertThat(job1.getProcessDefinitionKey()).isEqualTo(KEY);
    int tries = 0;
    while (true) {
      Job pending = managementService.createJobQuery().jobId(job1.getId()).singleResult();
      if (pending.getRetries() == 0) {
        break;
      }
      Instant before = clock.instant();
      assertThatThrownBy(() -> managementService.executeJob(job1.getId()));
      tries++;
      Job after = managementService.createJobQuery().jobId(job1.getId()).singleResult();
      if (after.getRetries() > 0) {
        // tried again after the cycle's interval
        Instant next = after.getDuedate().toInstant();
        assertThat(Duration.between(before, next))
            .isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6));
        steps.moveTo(next.plusSeconds(1));
      }
      assertThat(tries).isLessThanOrEqualTo(6);
    }
    assertThat(tries).isEqualTo(5);
    assertThat(letter(ref).status()).isEqualTo(CaseDocument.Status.FAILED);

    Incident incident =
        runtimeService.createIncidentQuery().configuration(job1.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);

    // the admins are told once, in words
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE kind = ? AND recipient = ? AND subject LIKE ?",
                Integer.class,
                DeferredLetters.FAILURE_MAIL,
                "admin@linggong.example",
                "%" + caseNo + "%"))
        .isEqualTo(1);

    // the 运维 list: by process and step, what failed, for admins only
    var failure =
        incidents.open(TestUsers.admin()).stream()
            .filter(i -> i.incidentId().equals(incident.getId()))
            .findFirst()
            .orElseThrow();
    assertThat(failure.caseNo()).isEqualTo(caseNo);
    assertThat(failure.processKey()).isEqualTo(KEY);
    assertThat(failure.activityId()).isEqualTo(USER_TASK_REFERRAL);
    assertThat(failure.activityName()).isEqualTo("岗位推荐");
    assertThat(failure.causeKey()).isEqualTo("operations.cause.letter");
    assertThat(failure.causeArguments()).containsExactly(caseNo, letter.fileName(), 5L);
    assertThat(failure.technical()).isNotBlank();
    assertThat(incidents.byStep(TestUsers.admin()))
        .anySatisfy(
            s -> {
              assertThat(s.activityId()).isEqualTo(USER_TASK_REFERRAL);
              assertThat(s.count()).isPositive();
            });
    assertThatThrownBy(() -> incidents.open(f.caseworker))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> incidents.retry(f.caseworker, incident.getId()))
        .isInstanceOf(AccessDeniedException.class);

    // the cause removed, one retry makes the letter, once
    restorePosting();
    incidents.retry(TestUsers.admin(), incident.getId());
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
    assertThat(letter(ref).status()).isEqualTo(CaseDocument.Status.PENDING);
    assertThat(steps.makeLetters()).isEqualTo(1);
    assertThat(letter(ref).status()).isEqualTo(CaseDocument.Status.READY);
    assertThat(steps.letterText(ref, AssistanceSteps.REFERRAL_LETTER))
        .contains("岗位推荐函", "文书测", "保洁员");
    assertThat(managementService.createJobQuery().jobId(job1.getId()).count()).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'operations.retry'"
                    + " AND subject_id = ?",
                Integer.class,
                job1.getId()))
        .isEqualTo(1);
  }

  private CaseDocument letter(CaseRef ref) {
    return documents.of(ref).stream()
        .filter(d -> d.kind().equals(AssistanceSteps.REFERRAL_LETTER))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  /** The job that makes the case's letter. */
  private Job letterJob(String caseNo) {
    String id =
        jdbc.queryForObject(
            "SELECT r.job_id FROM letter_request r JOIN case_document d ON d.id = r.document_id"
                + " WHERE d.case_no = ? AND d.kind = ?",
            String.class,
            caseNo,
            AssistanceSteps.REFERRAL_LETTER);
    return managementService.createJobQuery().jobId(id).singleResult();
  }
}
