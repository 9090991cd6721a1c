package cn.linggong.complaint;

import static cn.linggong.complaint.ComplaintProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.testsupport.CaseSteps;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Every path of {@code wage-complaint.bpmn} through the real services and forms: not accepted,
 * missing material supplied or not, an agreement paid in one sum, instalments with one missed, the
 * 15-day mediation limit, an inspection extension. Clocks are moved; letters are read back.
 */
@SpringBootTest
@Import(TestClock.class)
class WageComplaintProcessTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  /** Monday 2 March 2026, 09:00. */
  private static final Instant START =
      OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, BEIJING).toInstant();

  @Autowired MutableClock clock;
  @Autowired DirectoryService directory;
  @Autowired ComplaintIntake complaints;
  @Autowired ComplaintActions actions;
  @Autowired ComplaintReading reading;
  @Autowired TaskCompletion completion;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CaseDocuments documents;
  @Autowired cn.linggong.audit.AuditService audit;
  @Autowired cn.linggong.sla.TimeLimits timeLimits;

  ComplaintFixture f;
  CaseSteps steps;

  @BeforeEach
  void onMarch2() {
    steps = new CaseSteps(clock, managementService, documents);
    moveTo(START);
    f = new ComplaintFixture(directory, complaints, completion, taskService);
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private void moveTo(Instant instant) {
    steps.moveTo(instant);
  }

  private static Instant beijing(int month, int day, int hour) {
    return OffsetDateTime.of(2026, month, day, hour, 0, 0, 0, BEIJING).toInstant();
  }

  private static Map<String, Object> values(Object... keyValue) {
    return CaseSteps.values(keyValue);
  }

  private Complaint complaint(String no) {
    return reading.find(f.mediator, no);
  }

  private ComplaintView view(String no) {
    return reading.view(f.mediator, no);
  }

  private Job timer(String no, String activityId) {
    return steps.timer(complaint(no).processInstanceId(), activityId);
  }

  private void fire(String no, String activityId) {
    steps.fire(complaint(no).processInstanceId(), activityId);
  }

  /** The letter's text without line breaks or spaces, so amounts read as "5200.00元". */
  private String pdf(String no, String kind) throws IOException {
    return steps
        .letterText(new cn.linggong.casefile.CaseRef("complaint", no), kind)
        .replace(" ", "");
  }

  private void accept(String no) {
    f.complete(no, USER_TASK_ACCEPT, values("acceptanceDecision", "ACCEPT"));
  }

  private String agreementJson(String no, String[] amounts, String[][] instalments) {
    var people = view(no).complainants();
    StringBuilder json = new StringBuilder("{\"amounts\":{");
    for (int i = 0; i < people.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append('"')
          .append(people.get(i).workerId())
          .append("\":\"")
          .append(amounts[i])
          .append('"');
    }
    json.append("},\"instalments\":[");
    for (int i = 0; i < instalments.length; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"due\":\"")
          .append(instalments[i][0])
          .append("\",\"amount\":\"")
          .append(instalments[i][1])
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  @Test
  void aComplaintOutsideTheBureausCompetenceIsNotAcceptedWithAWrittenNotice() throws IOException {
    String no = f.file(ComplaintFixture.worker("吕建华", "4500.00"));
    assertThat(no).matches("QX-2026-\\d{6}");
    // 5 working days from Monday 2 March: end of Monday 9 March
    assertThat(f.task(no, USER_TASK_ACCEPT).getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.of(2026, 3, 9, 23, 59, 59, 999_000_000, BEIJING).toInstant());
    assertThatThrownBy(
            () -> f.complete(no, USER_TASK_ACCEPT, values("acceptanceDecision", "REFUSE")))
        .isInstanceOf(InvalidInputException.class);
    f.complete(
        no,
        USER_TASK_ACCEPT,
        values("acceptanceDecision", "REFUSE", "refusalReason", "ARBITRATION_OR_COURT"));

    Complaint closed = complaint(no);
    assertThat(closed.state()).isEqualTo(Complaint.State.CLOSED);
    assertThat(closed.outcome()).isEqualTo("NOT_ACCEPTED");
    assertThat(pdf(no, ComplaintSteps.REFUSAL))
        .contains("不予受理告知书", "吕建华", no, "已申请劳动争议仲裁或已向人民法院起诉", "行政复议");
  }

  @Test
  void aLetterSaysTheLimitOfTheTimeLimitTable() throws IOException {
    var acceptance = timeLimits.get("complaint.acceptance");
    timeLimits.save(
        acceptance.key(),
        7,
        acceptance.unit(),
        acceptance.legalBasis(),
        cn.linggong.testsupport.TestUsers.admin());
    try {
      String no = f.file(ComplaintFixture.worker("柴玉梅", "1800.00"));
      f.complete(
          no,
          USER_TASK_ACCEPT,
          values("acceptanceDecision", "SUPPLEMENT", "missingItems", "1. 工资条"));
      assertThat(pdf(no, ComplaintSteps.SUPPLEMENT))
          .contains("重新计算7个工作日受理审查期限")
          .doesNotContain("5个工作日");
    } finally {
      timeLimits.save(
          acceptance.key(),
          acceptance.amount(),
          acceptance.unit(),
          acceptance.legalBasis(),
          cn.linggong.testsupport.TestUsers.admin());
    }
  }

  @Test
  void missingMaterialIsAskedForOnceAndTheAcceptanceClockRestartsWhenItComes() throws IOException {
    String no = f.file(ComplaintFixture.worker("苏红", "2600.00"));
    f.complete(
        no,
        USER_TASK_ACCEPT,
        values("acceptanceDecision", "SUPPLEMENT", "missingItems", "1. 考勤记录；2. 欠条原件"));
    assertThat(complaint(no).stage()).isEqualTo(Complaint.Stage.SUPPLEMENT);
    assertThat(view(no).clocks().get(0).state()).isEqualTo("PAUSED");
    assertThat(pdf(no, ComplaintSteps.SUPPLEMENT))
        .contains("补正材料一次性告知书", "考勤记录", "欠条原件", "重新计算5个工作日受理审查期限");

    // supplied on Thursday 5 March: a fresh 5 working days, to Thursday 12 March
    moveTo(beijing(3, 5, 10));
    complaints.supply(f.mediator, no, "补交考勤记录和欠条");
    assertThat(f.task(no, USER_TASK_ACCEPT).getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.of(2026, 3, 12, 23, 59, 59, 999_000_000, BEIJING).toInstant());
    assertThat(view(no).clocks().get(0).state()).isEqualTo("RUNNING");
    assertThatThrownBy(
            () ->
                f.complete(
                    no,
                    USER_TASK_ACCEPT,
                    values("acceptanceDecision", "SUPPLEMENT", "missingItems", "身份证复印件")))
        .satisfies(
            cn.linggong.testsupport.Refusals.refusedWith("complaint.acceptance.supplementOnce"));
    accept(no);
    assertThat(complaint(no).stage()).isEqualTo(Complaint.Stage.MEDIATION);
  }

  @Test
  void aComplaintWhoseMaterialNeverComesIsClosed() {
    String no = f.file(ComplaintFixture.worker("秦刚", "1800.00"));
    f.complete(
        no, USER_TASK_ACCEPT, values("acceptanceDecision", "SUPPLEMENT", "missingItems", "工资约定证明"));
    fire(no, TIMER_SUPPLEMENT);
    assertThat(complaint(no).outcome()).isEqualTo("NOT_SUPPLIED");
    assertThat(f.task(no, USER_TASK_ACCEPT)).isNull();
  }

  @Test
  void anAgreementPaidInOneSumClosesTheComplaintPaidInFull() throws IOException {
    var xu = ComplaintFixture.worker("许明", "5200.00");
    var he = ComplaintFixture.worker("何芳", "3100.50");
    String no = f.file(xu, he);
    accept(no);
    var mediation = view(no).clocks().get(1);
    assertThat(mediation.state()).isEqualTo("RUNNING");
    assertThat(mediation.day()).as("the day a clock starts is not counted").isEqualTo(0);
    assertThat(mediation.ofDays()).isEqualTo(15);
    actions.logContact(
        f.mediator,
        no,
        ComplaintActions.ContactKind.SESSION,
        java.time.LocalDate.of(2026, 3, 2),
        "双方到场调解");
    moveTo(beijing(3, 6, 15));
    var friday = view(no).clocks().get(1);
    assertThat(friday.day()).as("Friday is the 4th day after Monday's acceptance").isEqualTo(4);
    assertThat(
            timeLimits.daysLeft(
                cn.linggong.sla.TimeUnit.valueOf(friday.unit()), clock.instant(), friday.dueAt()))
        .as("the clock's day and the days left to its due date agree")
        .isEqualTo(friday.ofDays() - friday.day());

    f.complete(
        no,
        USER_TASK_MEDIATE,
        values(
            "mediationOutcome",
            "AGREEMENT",
            "agreement",
            agreementJson(
                no,
                new String[] {"5200.00", "3100.50"},
                new String[][] {{"2026-03-20", "8300.50"}})));
    assertThat(complaint(no).amountAgreed()).isEqualByComparingTo("8300.50");
    assertThat(pdf(no, ComplaintSteps.AGREEMENT))
        .contains(
            "调解协议书",
            "许明",
            "何芳",
            "5200.00元",
            "3100.50元",
            "8300.50元",
            "2026年3月20日前",
            "第十六条",
            "三十日内",
            "申请人许明（签名）：",
            "申请人何芳（签名）：",
            "调解员赵磊（签名）：",
            "调解组织（盖章）：")
        .as("each party's full ID number, for 司法确认 or a 支付令; phones stay masked")
        .contains(xu.idNumber(), he.idNumber())
        .doesNotContain(xu.mobile(), he.mobile());
    for (Complainant p : view(no).complainants()) {
      assertThat(audit.forSubject("worker", String.valueOf(p.workerId()), 0, 50))
          .as("the full number in the agreement is an audited use on each complainant")
          .filteredOn(e -> e.action().equals(cn.linggong.privacy.FullViews.IN_LETTER))
          .singleElement()
          .satisfies(e -> assertThat(e.actor()).isEqualTo("mediator1"))
          .satisfies(e -> assertThat(e.detail()).isEqualTo("purpose=DOCUMENT; 调解协议书 " + no));
    }

    Job due = timer(no, TIMER_INSTALMENT_DUE);
    assertThat(due.getDuedate().toInstant()).isEqualTo(beijing(3, 21, 0));
    assertThat(reading.desk(f.mediator, null, false, 50))
        .as("the desk's 时限 of a case waiting for a payment: the check it waits for")
        .filteredOn(r -> r.complaint().complaintNo().equals(no))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.clock().kind()).isEqualTo("WAIT");
              assertThat(r.clock().dueAt()).isEqualTo(beijing(3, 21, 0));
            });
    fire(no, TIMER_INSTALMENT_DUE);
    f.complete(no, USER_TASK_CONFIRM_PAYMENT, values("payment", "PAID"));

    Complaint closed = complaint(no);
    assertThat(closed.outcome()).isEqualTo("PAID_IN_FULL");
    assertThat(closed.amountRecovered()).isEqualByComparingTo("8300.50");
    assertThat(view(no).complainants())
        .extracting(Complainant::amountRecovered)
        .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .containsExactly(new BigDecimal("5200.00"), new BigDecimal("3100.50"));
  }

  @Test
  void aMissedInstalmentIsReferredToLabourInspection() throws IOException {
    String no =
        f.file(ComplaintFixture.worker("任强", "6000.00"), ComplaintFixture.worker("姚静", "4000.00"));
    accept(no);
    f.complete(
        no,
        USER_TASK_MEDIATE,
        values(
            "mediationOutcome",
            "AGREEMENT",
            "agreement",
            agreementJson(
                no,
                new String[] {"6000.00", "4000.00"},
                new String[][] {{"2026-03-10", "5000.00"}, {"2026-04-10", "5000.00"}})));
    fire(no, TIMER_INSTALMENT_DUE);
    assertThatThrownBy(
            () ->
                f.complete(
                    no, USER_TASK_CONFIRM_PAYMENT, values("payment", "PAID", "amountPaid", "4000")))
        .isInstanceOf(InvalidInputException.class);
    f.complete(no, USER_TASK_CONFIRM_PAYMENT, values("payment", "PAID"));
    fire(no, TIMER_INSTALMENT_DUE);
    f.complete(no, USER_TASK_CONFIRM_PAYMENT, values("payment", "MISSED", "amountPaid", "1000.00"));

    assertThat(complaint(no).stage()).isEqualTo(Complaint.Stage.REFERRAL);
    assertThat(complaint(no).amountRecovered()).isEqualByComparingTo("6000.00");
    assertThat(view(no).complainants())
        .extracting(Complainant::amountRecovered)
        .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .containsExactly(new BigDecimal("3600.00"), new BigDecimal("2400.00"));
    f.complete(
        no,
        USER_TASK_REFER,
        values(
            "referralKind", "INSPECTION",
            "receivingBody", "开封市鼓楼区劳动保障监察大队",
            "referredOn", java.time.LocalDate.now(clock).toString()));
    assertThat(complaint(no).stage()).isEqualTo(Complaint.Stage.INSPECTION);
    assertThat(f.task(no, USER_TASK_INVESTIGATE)).isNotNull();
    var inspection = view(no).clocks().get(2);
    assertThat(inspection.state()).isEqualTo("RUNNING");
    assertThat(inspection.ofDays()).isEqualTo(60);
    assertThat(pdf(no, ComplaintSteps.REFERRAL))
        .contains(
            "劳动保障监察案件移送函", "开封市鼓楼区劳动保障监察大队", "任强", "6000.00元", "自立案之日起60个工作日内办结", "可延长30个工作日");

    f.complete(
        no,
        USER_TASK_INVESTIGATE,
        values(
            "investigationResult",
            "PAID_IN_FULL",
            "recovered",
            "{\""
                + view(no).complainants().get(0).workerId()
                + "\":\"6000.00\",\""
                + view(no).complainants().get(1).workerId()
                + "\":\"4000.00\"}"));
    Complaint closed = complaint(no);
    assertThat(closed.outcome()).isEqualTo("INSPECTION_CLOSED");
    assertThat(closed.amountRecovered()).isEqualByComparingTo("10000.00");
  }

  @Test
  void noAgreementWithinFifteenDaysMovesOnByItselfToReferral() throws IOException {
    String no = f.file(ComplaintFixture.worker("韦东", "3300.00"));
    accept(no);
    Job limit = timer(no, TIMER_MEDIATION_LIMIT);
    // 15 calendar days from acceptance on 2 March: end of 17 March
    assertThat(limit.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.of(2026, 3, 17, 23, 59, 59, 999_000_000, BEIJING).toInstant());
    fire(no, TIMER_MEDIATION_LIMIT);

    assertThat(f.task(no, USER_TASK_MEDIATE)).isNull();
    assertThat(f.task(no, USER_TASK_REFER)).isNotNull();
    // no clock runs while the referral waits: the desk shows the step's own time limit
    var row =
        reading.desk(f.mediator, null, false, 200).stream()
            .filter(r -> r.complaint().complaintNo().equals(no))
            .findFirst()
            .orElseThrow();
    assertThat(row.clock().kind()).isEqualTo("STEP");
    assertThat(row.clock().dueAt()).isEqualTo(f.task(no, USER_TASK_REFER).getDueDate().toInstant());
    assertThat(view(no).timeline())
        .extracting(ComplaintEvent::kind)
        .contains("MEDIATION_TIMED_OUT");
    f.complete(
        no,
        USER_TASK_REFER,
        values(
            "referralKind", "ARBITRATION",
            "receivingBody", "开封市劳动人事争议仲裁委员会",
            "referredOn", java.time.LocalDate.now(clock).toString()));
    assertThat(complaint(no).outcome()).isEqualTo("REFERRED");
    assertThat(complaint(no).outcomeDetail()).startsWith("ARBITRATION");
    assertThat(pdf(no, ComplaintSteps.REFERRAL)).contains("劳动人事争议仲裁告知书", "一年", "第二十七条");
  }

  @Test
  void anInspectionIsExtendedByThirtyWorkingDaysWithTheSupervisorsApproval() {
    String no = f.file(ComplaintFixture.worker("龙飞", "7000.00"));
    accept(no);
    f.complete(no, USER_TASK_MEDIATE, values("mediationOutcome", "NO_AGREEMENT"));
    f.complete(
        no,
        USER_TASK_REFER,
        values(
            "referralKind", "INSPECTION",
            "receivingBody", "开封市鼓楼区劳动保障监察大队",
            "referredOn", "2026-03-02"));
    Instant due = f.task(no, USER_TASK_INVESTIGATE).getDueDate().toInstant();
    // 60 working days from 2 March 2026 (清明 and 劳动节 skipped, make-up days counted)
    assertThat(due)
        .isEqualTo(OffsetDateTime.of(2026, 5, 28, 23, 59, 59, 999_000_000, BEIJING).toInstant());

    assertThat(view(no).clocks().get(2).dueAt()).isEqualTo(due);
    actions.requestExtension(f.mediator, no, "涉及多个分包单位，需调取银行流水");
    assertThat(f.task(no, USER_TASK_INVESTIGATE)).as("the inspection goes on").isNotNull();
    assertThatThrownBy(
            () ->
                f.complete(
                    no, USER_TASK_APPROVE_EXTENSION, values("extensionDecision", "APPROVED")))
        .as("a mediator cannot approve")
        .isInstanceOf(cn.linggong.shared.ForbiddenException.class);
    f.complete(
        f.supervisor, no, USER_TASK_APPROVE_EXTENSION, values("extensionDecision", "APPROVED"));

    Instant extended = f.task(no, USER_TASK_INVESTIGATE).getDueDate().toInstant();
    assertThat(extended)
        .isEqualTo(OffsetDateTime.of(2026, 7, 10, 23, 59, 59, 999_000_000, BEIJING).toInstant());
    var inspection = view(no).clocks().get(2);
    assertThat(inspection.ofDays()).isEqualTo(90);
    assertThat(inspection.dueAt()).isEqualTo(extended);
    assertThatThrownBy(() -> actions.requestExtension(f.mediator, no, "再次申请"))
        .isInstanceOf(cn.linggong.shared.ConflictException.class);
  }

  @Test
  void aComplaintIsWithdrawnAtAnyPoint() {
    String no = f.file(ComplaintFixture.worker("简宁", "900.00"));
    accept(no);
    actions.withdraw(f.mediator, no, ComplaintActions.WithdrawalReason.PAID_DIRECTLY, "已现场支付");
    assertThat(complaint(no).outcome()).isEqualTo("WITHDRAWN");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).count()).isZero();
  }

  @Test
  void theDeskShowsTheClockThatEndsFirstOnTopAndMineOnRequest() {
    String later = f.file(ComplaintFixture.worker("晚到", "1000.00"));
    moveTo(beijing(3, 2, 8));
    String earlier =
        complaints
            .file(
                cn.linggong.testsupport.TestUsers.of("mediator-z", "kf-gulou", "mediator"),
                f.filing(java.util.List.of(ComplaintFixture.worker("早到", "900.00")), false))
            .complaintNo();
    moveTo(START);
    var desk = reading.desk(f.mediator, Complaint.Stage.ACCEPTANCE, false, 200);
    var numbers = desk.stream().map(r -> r.complaint().complaintNo()).toList();
    assertThat(numbers).contains(later, earlier);
    assertThat(desk)
        .extracting(r -> r.clock().dueAt())
        .isSortedAccordingTo(java.util.Comparator.naturalOrder());
    assertThat(reading.desk(f.mediator, null, true, 200))
        .extracting(r -> r.complaint().complaintNo())
        .contains(later)
        .doesNotContain(earlier);
  }

  @Test
  void aGroupComplaintIsHighPriority() {
    String no = f.fileGroup(10);
    accept(no);
    assertThat(complaint(no).priority()).isEqualTo("HIGH");
    String small = f.file(ComplaintFixture.worker("田野", "1200.00"));
    accept(small);
    assertThat(complaint(small).priority()).isEqualTo("NORMAL");
  }
}
