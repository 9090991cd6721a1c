package cn.linggong.assistance;

import static cn.linggong.assistance.AssistanceProcess.*;
import static cn.linggong.testsupport.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobPosting;
import cn.linggong.employer.JobStatus;
import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.sla.EscalationService;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.WorkerRegistry;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Every path of {@code hardship-assistance.bpmn} through the real services, forms and completion:
 * tiering, referrals 1 to 3, training, placement approved and refused, the retirement exception,
 * term-end review, withdrawal, escalation; letters read back from their PDFs. Clocks are moved.
 */
@SpringBootTest
@Import(TestClock.class)
class HardshipAssistanceProcessTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  /** Monday 2 March 2026, 10:00. */
  private static final Instant START =
      OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, BEIJING).toInstant();

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
  @Autowired EscalationService escalations;
  @Autowired CaseDocuments documents;
  @Autowired cn.linggong.inbox.TaskDetails details;
  @Autowired AssistanceJobMatches matches;

  AssistanceFixture f;
  CaseSteps steps;

  @BeforeEach
  void at2March2026() {
    steps = new CaseSteps(clock, managementService, documents);
    moveTo(START);
    f =
        new AssistanceFixture(
            directory, workers, hardship, employers, jobs, cases, completion, taskService);
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private void moveTo(Instant instant) {
    steps.moveTo(instant);
  }

  private AssistanceCase caseOf(String caseNo) {
    return cases.find(f.caseworker, caseNo);
  }

  private CaseView view(String caseNo) {
    return cases.view(f.caseworker, caseNo);
  }

  private static Map<String, Object> values(Object... keyValue) {
    return CaseSteps.values(keyValue);
  }

  private String openDibaoCase(String name) {
    long worker =
        f.worker(
            name,
            AssistanceFixture.idNumber(LocalDate.of(1990, 5, 1), false),
            AssistanceFixture.dibao());
    return f.open(worker);
  }

  private void intakeAndGuidance(String caseNo) {
    f.complete(caseNo, USER_TASK_INTAKE, values("factsConfirmed", true));
    f.complete(
        caseNo,
        USER_TASK_GUIDANCE,
        values(
            "guidanceDate", "2026-03-02",
            "content", "介绍零工市场岗位信息，制定求职计划",
            "intendedCategories", "cleaning,loading",
            "intendedDistricts", "kf-gulou",
            "expectedDailyPay", "150"));
  }

  private void refer(String caseNo, JobPosting job) {
    f.complete(caseNo, USER_TASK_REFERRAL, values("jobId", String.valueOf(job.id())));
  }

  private void notHired(String caseNo) {
    f.complete(
        caseNo,
        USER_TASK_REFERRAL_OUTCOME,
        values("referralOutcome", "NOT_HIRED", "reason", "SKILLS"));
  }

  private Job timer(String caseNo, String activityId) {
    return steps.timer(caseOf(caseNo).processInstanceId(), activityId);
  }

  private void fire(String caseNo, String activityId) {
    steps.fire(caseOf(caseNo).processInstanceId(), activityId);
  }

  private String documentText(String caseNo, String kind) throws IOException {
    return steps.letterText(new cn.linggong.casefile.CaseRef("assistance", caseNo), kind);
  }

  @Test
  void aWorkerWithNoHardshipIsClosedWithANormalServiceNote() throws IOException {
    long worker = f.worker("周平", AssistanceFixture.idNumber(LocalDate.of(1996, 8, 8), false), null);
    String caseNo = f.open(worker);
    assertThat(caseNo).matches("BF-2026-\\d{6}");
    assertThat(f.task(caseNo, USER_TASK_INTAKE).getTenantId()).isEqualTo("kf-gulou");

    f.complete(caseNo, USER_TASK_INTAKE, values("factsConfirmed", true));

    AssistanceCase closed = caseOf(caseNo);
    assertThat(closed.state()).isEqualTo(AssistanceCase.State.CLOSED);
    assertThat(closed.outcome()).isEqualTo("NOT_HARDSHIP");
    assertThat(closed.tier()).isEqualTo("NONE");
    String record = documentText(caseNo, AssistanceClosing.RECORD);
    assertThat(record)
        .contains("困难零工援助服务记录表", caseNo, "周平", "非困难人员", "鼓楼区人力资源和社会保障局")
        .doesNotContain(
            workers.fullIdNumber(
                f.caseworker, worker, cn.linggong.privacy.FullViewPurpose.DOCUMENT, null));
  }

  @ParameterizedTest(name = "hired on referral {0}")
  @ValueSource(ints = {1, 2, 3})
  void aHardshipWorkerIsHiredOnAReferralAndFollowedUp(int hiredOn) throws IOException {
    Employer employer = f.employer("开封市洁美保洁服务有限公司" + hiredOn, true);
    String caseNo = openDibaoCase("王秀兰");
    intakeAndGuidance(caseNo);
    assertThat(caseOf(caseNo).tier()).isEqualTo("KEY");

    JobPosting hiredAt = null;
    for (int n = 1; n <= hiredOn; n++) {
      JobPosting job = f.job(employer, "商场保洁员" + n, "cleaning");
      refer(caseNo, job);
      assertThat(
              runtimeService.getVariable(
                  caseOf(caseNo).processInstanceId(), AssistanceProcess.VAR_REFERRAL_OUTCOME))
          .as("the outcome step asks afresh, nothing carried over from the last referral")
          .isNull();
      if (n < hiredOn) {
        notHired(caseNo);
      } else {
        f.complete(
            caseNo,
            USER_TASK_REFERRAL_OUTCOME,
            values("referralOutcome", "HIRED", "startDate", "2026-03-05"));
        hiredAt = job;
      }
    }
    assertThat(jobs.byId(hiredAt.id()).orElseThrow().hired()).isEqualTo(1);
    CaseView waiting = view(caseNo);
    assertThat(waiting.progress().referrals()).isEqualTo(hiredOn);
    assertThat(waiting.progress().training()).isZero();
    assertThat(waiting.documents())
        .filteredOn(d -> d.kind().equals(AssistanceSteps.REFERRAL_LETTER))
        .hasSize(hiredOn);
    String letter = documentText(caseNo, AssistanceSteps.REFERRAL_LETTER);
    assertThat(letter)
        .contains(
            "岗位推荐函",
            "王秀兰",
            "商场保洁员" + hiredOn,
            employer.name(),
            "160.00 元/日",
            "周结",
            "鼓楼区人力资源和社会保障局",
            caseNo + "-R" + hiredOn,
            "第 " + hiredOn + " 次岗位推荐");
    var numbers =
        workers.numbersForLetter(f.caseworker, caseOf(caseNo).workerId(), "test: read back");
    assertThat(letter.replace(" ", ""))
        .as("what its reader needs: the contact's and the worker's full phones, a receipt slip")
        .contains(
            "用工单位地址：开封市鼓楼区中山路1号",
            "刘经理，联系电话13700001111",
            "王秀兰，联系电话" + numbers.mobile(),
            "回执",
            "用工单位（盖章）：")
        .as("the worker's ID number stays masked")
        .doesNotContain(numbers.idNumber());

    // 30 days later the follow-up visit is asked for
    assertThat(f.task(caseNo, USER_TASK_FOLLOW_UP)).isNull();
    assertThat(timer(caseNo, TIMER_FOLLOW_UP_WAIT).getDuedate().toInstant())
        .as("30 calendar days after the hire, in the morning")
        .isEqualTo(OffsetDateTime.of(2026, 4, 1, 0, 0, 0, 0, BEIJING).toInstant());
    assertThat(details.waits(caseOf(caseNo).processInstanceId()))
        .as("what the case screen says it waits for")
        .containsExactly(
            new cn.linggong.inbox.TaskDetails.Waiting(
                TIMER_FOLLOW_UP_WAIT,
                OffsetDateTime.of(2026, 4, 1, 0, 0, 0, 0, BEIJING).toInstant()));
    fire(caseNo, TIMER_FOLLOW_UP_WAIT);
    f.complete(
        caseNo,
        USER_TASK_FOLLOW_UP,
        values("visitDate", LocalDate.now(clock).toString(), "stillEmployed", "YES"));

    AssistanceCase closed = caseOf(caseNo);
    assertThat(closed.outcome()).isEqualTo("EMPLOYED");
    assertThat(documentText(caseNo, AssistanceClosing.RECORD))
        .contains("职业指导", "岗位推荐", "已录用", "跟踪回访", "稳定就业", "张敏");
  }

  @Test
  void threeFailedReferralsAndTrainingLeadToAnApprovedPlacementAndItsTermEndReview()
      throws IOException {
    Employer employer = f.employer("开封市宋都物业管理有限公司", true);
    String caseNo = openDibaoCase("李桂芝");
    intakeAndGuidance(caseNo);
    for (int n = 1; n <= 3; n++) {
      refer(caseNo, f.job(employer, "物业保洁" + n, "cleaning"));
      notHired(caseNo);
    }
    assertThat(f.task(caseNo, USER_TASK_REFERRAL)).as("no fourth referral").isNull();
    training(caseNo);

    f.complete(
        caseNo,
        USER_TASK_PLACEMENT_PROPOSE,
        values(
            "placementDecision", "PROPOSE",
            "post", "社区保洁公益性岗位",
            "employingUnit", "鼓楼区西司门街道办事处",
            "startDate", "2026-03-16",
            "termMonths", "6"));
    assertThat(f.task(caseNo, USER_TASK_PLACEMENT_APPROVE).getTenantId()).isEqualTo("kf-gulou");
    assertThatThrownBy(
            () ->
                f.complete(
                    f.caseworker,
                    caseNo,
                    USER_TASK_PLACEMENT_APPROVE,
                    values("placementApproval", "APPROVED")))
        .as("a caseworker cannot approve")
        .isInstanceOf(cn.linggong.shared.ForbiddenException.class);
    f.complete(
        f.supervisor, caseNo, USER_TASK_PLACEMENT_APPROVE, values("placementApproval", "APPROVED"));
    assertThat(view(caseNo).progress().placement()).isEqualTo("APPROVED");

    fire(caseNo, TIMER_FOLLOW_UP_WAIT);
    f.complete(
        caseNo,
        USER_TASK_FOLLOW_UP,
        values("visitDate", LocalDate.now(clock).toString(), "stillEmployed", "YES"));

    // the term ends 2026-09-15; the review is asked for 60 days before
    Job review = timer(caseNo, TIMER_PLACEMENT_REVIEW);
    assertThat(review.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.of(2026, 7, 17, 0, 0, 0, 0, BEIJING).toInstant());
    fire(caseNo, TIMER_PLACEMENT_REVIEW);
    f.complete(caseNo, USER_TASK_PLACEMENT_REVIEW, values("reviewResult", "TERM_ENDED"));

    assertThat(caseOf(caseNo).outcome()).isEqualTo("PLACEMENT_ENDED");
    assertThat(documentText(caseNo, AssistanceClosing.RECORD))
        .contains("技能培训", "社区保洁公益性岗位", "批准", "期满退出岗位");
  }

  private void training(String caseNo) {
    f.complete(
        caseNo,
        USER_TASK_TRAINING,
        values(
            "programme", "家政服务员（初级）",
            "provider", "开封市职业技能培训中心",
            "occupation", "domestic",
            "startDate", "2026-03-03",
            "endDate", "2026-03-10",
            "trainingOutcome", "CERTIFIED",
            "trainingSubsidy", true));
  }

  @Test
  void aRefusedPlacementGoesBackToTheCaseworkerWhoMayCloseWithoutAPost() {
    Employer employer = f.employer("开封市汴绣坊", true);
    String caseNo = openDibaoCase("赵淑珍");
    intakeAndGuidance(caseNo);
    for (int n = 1; n <= 3; n++) {
      refer(caseNo, f.job(employer, "绣工" + n, "factory"));
      f.complete(caseNo, USER_TASK_REFERRAL_OUTCOME, values("referralOutcome", "NO_SHOW"));
    }
    training(caseNo);
    f.complete(
        caseNo,
        USER_TASK_PLACEMENT_PROPOSE,
        values(
            "placementDecision", "PROPOSE",
            "post", "公园管护员",
            "employingUnit", "鼓楼区园林所",
            "startDate", "2026-03-16",
            "termMonths", "12"));
    assertThatThrownBy(
            () ->
                f.complete(
                    f.supervisor,
                    caseNo,
                    USER_TASK_PLACEMENT_APPROVE,
                    values("placementApproval", "REFUSED")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting("field")
                    .containsExactly("opinion"));
    f.complete(
        f.supervisor,
        caseNo,
        USER_TASK_PLACEMENT_APPROVE,
        values("placementApproval", "REFUSED", "opinion", "该岗位已满员"));
    assertThat(view(caseNo).progress().placement()).isEqualTo("REFUSED");

    f.complete(caseNo, USER_TASK_PLACEMENT_PROPOSE, values("placementDecision", "NO_POST"));
    assertThat(caseOf(caseNo).outcome()).isEqualTo("NOT_PLACED");
  }

  @Test
  void aWorkerWhoIsNotAnEmploymentHardshipPersonEndsAfterTraining() {
    Employer employer = f.employer("开封市快送物流", true);
    HardshipFacts longWait =
        new HardshipFacts(
            HardshipFacts.LowIncome.NONE, null, null, false, false, LocalDate.of(2025, 10, 1));
    long worker =
        f.worker("孙浩", AssistanceFixture.idNumber(LocalDate.of(1995, 1, 1), false), longWait);
    String caseNo = f.open(worker);
    intakeAndGuidance(caseNo);
    assertThat(caseOf(caseNo).tier()).isEqualTo("GENERAL");
    assertThat(caseOf(caseNo).employmentHardship()).isFalse();
    for (int n = 1; n <= 3; n++) {
      refer(caseNo, f.job(employer, "分拣员" + n, "warehouse"));
      notHired(caseNo);
    }
    training(caseNo);
    assertThat(caseOf(caseNo).outcome()).isEqualTo("PACKAGE_COMPLETED");
  }

  @Test
  void aPersonNearRetirementMayStayUntilRetirementButNoLonger() {
    // a woman born 1978-06-15 retires at 50 years and 21 months: 2030-03-15
    long worker =
        f.worker(
            "钱玉梅",
            AssistanceFixture.idNumber(LocalDate.of(1978, 6, 15), true),
            AssistanceFixture.dibao());
    String caseNo = walkToPlacement(worker);
    Map<String, Object> proposal =
        values(
            "placementDecision", "PROPOSE",
            "post", "社区保洁公益性岗位",
            "employingUnit", "鼓楼区州桥街道办事处",
            "startDate", "2026-03-16",
            "termMonths", "50");
    assertThatThrownBy(() -> f.complete(caseNo, USER_TASK_PLACEMENT_PROPOSE, proposal))
        .satisfies(refusedWith("assistance.placement.beyondRetirement"));
    proposal.put("termMonths", "48");
    f.complete(caseNo, USER_TASK_PLACEMENT_PROPOSE, proposal);
    AssistanceStep step =
        view(caseNo).timeline().stream()
            .filter(s -> s.kind() == AssistanceStep.Kind.PLACEMENT_PROPOSAL)
            .findFirst()
            .orElseThrow();
    assertThat(step.details())
        .containsEntry("termEnd", "2030-03-15")
        .containsEntry("retirementDate", "2030-03-15")
        .containsEntry("nearRetirement", true);
  }

  @Test
  void aTermOverThreeYearsIsRefusedForAYoungerPersonAndNothingIsWritten() {
    long worker =
        f.worker(
            "吴军",
            AssistanceFixture.idNumber(LocalDate.of(1980, 2, 2), false),
            AssistanceFixture.dibao());
    String caseNo = walkToPlacement(worker);
    int stepsBefore = view(caseNo).timeline().size();
    assertThatThrownBy(
            () ->
                f.complete(
                    caseNo,
                    USER_TASK_PLACEMENT_PROPOSE,
                    values(
                        "placementDecision", "PROPOSE",
                        "post", "保安",
                        "employingUnit", "鼓楼区人民政府",
                        "startDate", "2026-03-16",
                        "termMonths", "37")))
        .satisfies(refusedWith("assistance.placement.termTooLong"));
    assertThat(view(caseNo).timeline()).hasSize(stepsBefore);
    assertThat(f.task(caseNo, USER_TASK_PLACEMENT_PROPOSE)).isNotNull();
  }

  private String walkToPlacement(long worker) {
    Employer employer = f.employer("开封市鼓楼区家政公司" + worker, true);
    String caseNo = f.open(worker);
    intakeAndGuidance(caseNo);
    for (int n = 1; n <= 3; n++) {
      refer(caseNo, f.job(employer, "家政员" + n, "domestic"));
      notHired(caseNo);
    }
    training(caseNo);
    return caseNo;
  }

  @Test
  void aCaseIsWithdrawnMidWayAndItsOpenStepsEnd() throws IOException {
    String caseNo = openDibaoCase("郑大军");
    intakeAndGuidance(caseNo);
    assertThat(f.task(caseNo, USER_TASK_REFERRAL)).isNotNull();

    assertThatThrownBy(
            () -> cases.withdraw(f.caseworker, caseNo, AssistanceCases.WithdrawalReason.OTHER, " "))
        .isInstanceOf(InvalidInputException.class);
    cases.withdraw(f.caseworker, caseNo, AssistanceCases.WithdrawalReason.MOVED, "迁往郑州");

    AssistanceCase closed = caseOf(caseNo);
    assertThat(closed.outcome()).isEqualTo("WITHDRAWN");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).count()).isZero();
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
        .isZero();
    assertThat(documentText(caseNo, AssistanceClosing.RECORD)).contains("退出帮扶", "迁出本地", "迁往郑州");
    // the worker may be helped again later
    assertThat(f.open(closed.workerId())).isNotEqualTo(caseNo);
  }

  @Test
  void anOverdueStepEscalatesToTheDistrictSupervisors() {
    String caseNo = openDibaoCase("冯秀英");
    var intake = f.task(caseNo, USER_TASK_INTAKE);
    // 5 working days from Monday 2 March: end of Monday 9 March
    assertThat(intake.getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.of(2026, 3, 9, 23, 59, 59, 999_000_000, BEIJING).toInstant());
    Job escalation =
        managementService
            .createJobQuery()
            .processInstanceId(intake.getProcessInstanceId())
            .timers()
            .list()
            .stream()
            // the ladder's timer: first at the start of the follow-up day (Friday 6 March)
            .filter(
                j ->
                    j.getDuedate()
                        .toInstant()
                        .equals(OffsetDateTime.of(2026, 3, 6, 0, 0, 0, 0, BEIJING).toInstant()))
            .findFirst()
            .orElseThrow();
    moveTo(OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, BEIJING).toInstant());
    managementService.executeJob(escalation.getId());
    assertThat(escalations.ofTask(intake.getId())).isPresent();
    assertThat(escalations.ofTask(intake.getId()).orElseThrow().businessKey()).isEqualTo(caseNo);
  }

  @Test
  void referralsToAClosedPostingAnUnverifiedEmployerOrAFourthTimeAreRefused() {
    Employer unverified = f.employer("开封市未核验建筑劳务", false);
    Employer verified = f.employer("开封市已核验建筑劳务", true);
    JobPosting unverifiedJob = f.job(unverified, "小工", "construction");
    JobPosting closedJob = f.job(verified, "钢筋工", "construction");
    jobs.changeStatus(f.caseworker, closedJob.id(), JobStatus.CLOSED);
    String caseNo = openDibaoCase("褚建国");
    intakeAndGuidance(caseNo);

    assertThatThrownBy(() -> refer(caseNo, unverifiedJob))
        .satisfies(refusedWith("employer.job.unverified"));
    assertThatThrownBy(() -> refer(caseNo, closedJob))
        .satisfies(refusedWith("employer.job.notOpen"));
    assertThat(view(caseNo).timeline())
        .extracting(AssistanceStep::kind)
        .doesNotContain(AssistanceStep.Kind.REFERRAL);
    assertThat(documents.of(new cn.linggong.casefile.CaseRef("assistance", caseNo))).isEmpty();

    for (int n = 1; n <= 3; n++) {
      refer(caseNo, f.job(verified, "木工" + n, "construction"));
      notHired(caseNo);
    }
    // an administrator starts a fourth referral in Cockpit: it cannot be completed
    runtimeService
        .createProcessInstanceModification(caseOf(caseNo).processInstanceId())
        .startBeforeActivity(USER_TASK_REFERRAL)
        .execute();
    JobPosting fourth = f.job(verified, "木工4", "construction");
    assertThatThrownBy(() -> refer(caseNo, fourth))
        .satisfies(refusedWith("assistance.referral.limit"));
    assertThat(view(caseNo).progress().referrals()).isEqualTo(3);
  }

  @Test
  void aSecondOpenCaseForTheSameWorkerIsRefused() {
    long worker = f.worker("蒋文", AssistanceFixture.idNumber(LocalDate.of(1985, 1, 1), false), null);
    String caseNo = f.open(worker);
    assertThatThrownBy(() -> f.open(worker))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue(
            "violations",
            List.of(
                cn.linggong.shared.validation.FieldViolation.of(
                    "workerId", "assistance.case.alreadyOpen", caseNo)));
  }

  @Test
  void aPostingTheWorkerWasReferredToInAnEarlierCaseIsNotOfferedAgain() {
    Employer employer = f.employer("开封市汴京家政服务", true);
    JobPosting declined = f.job(employer, "保洁员", "cleaning");
    JobPosting other = f.job(employer, "家政保洁", "cleaning");
    String first = openDibaoCase("孔令华");
    intakeAndGuidance(first);
    assertThat(matches.jobMatches(f.caseworker, first, 50))
        .extracting(m -> m.job().id())
        .contains(declined.id(), other.id());
    refer(first, declined);
    notHired(first);
    assertThat(matches.jobMatches(f.caseworker, first, 50))
        .extracting(m -> m.job().id())
        .doesNotContain(declined.id())
        .contains(other.id());
    cases.withdraw(f.caseworker, first, AssistanceCases.WithdrawalReason.MOVED, "暂时外出务工");

    String second = f.open(caseOf(first).workerId());
    intakeAndGuidance(second);
    assertThat(matches.jobMatches(f.caseworker, second, 50))
        .extracting(m -> m.job().id())
        .as("the employer has already turned this worker down")
        .doesNotContain(declined.id())
        .contains(other.id());
  }
}
