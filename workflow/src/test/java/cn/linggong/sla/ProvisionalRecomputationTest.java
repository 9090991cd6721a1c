package cn.linggong.sla;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.calendar.CalendarDay;
import cn.linggong.calendar.CalendarMaintenance;
import cn.linggong.calendar.DayKind;
import cn.linggong.calendar.StatutoryHolidays;
import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.complaint.ComplaintFixture;
import cn.linggong.complaint.ComplaintReading;
import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.InboxService;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.inbox.TaskDetails;
import cn.linggong.testsupport.MutableClock;
import cn.linggong.testsupport.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A task created while 2027 has no entered notice gets a provisional due date; an admin then enters
 * an official 2027 with one more holiday inside the span, and everything computed from the
 * provisional year moves: the task's due and follow-up dates, its escalation timer, a {@code P5WD}
 * timer, a complaint's statutory clock, each change on the task and the case timeline, one mail to
 * the task's holder, and the recomputation runs only once.
 *
 * <p>The tasks are created on Monday 2026-12-28: five working days from 2026-12-24 end on
 * 2026-12-31 and look at no day of 2027 (asserted below), so a task of that day has nothing
 * provisional to move.
 */
@SpringBootTest
@Import(TestClock.class)
class ProvisionalRecomputationTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final Instant DEC_28 =
      OffsetDateTime.of(2026, 12, 28, 10, 0, 0, 0, BEIJING).toInstant();
  private static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（测试用）";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CalendarMaintenance calendarMaintenance;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ProvisionalRecomputation recomputation;
  @Autowired ProvisionalDates provisionalDates;
  @Autowired InboxService inbox;
  @Autowired TaskDetails taskDetails;
  @Autowired TimeLimits timeLimits;
  @Autowired DirectoryService directory;
  @Autowired ComplaintReading complaints;
  @Autowired cn.linggong.complaint.ComplaintIntake intake;
  @Autowired TaskCompletion completion;
  @Autowired MutableClock clock;
  @Autowired DataSource dataSource;

  @BeforeEach
  void onDecember28() {
    moveTo(DEC_28);
    cn.linggong.testsupport.TestProcesses.deployOnce(
        repositoryService, "test_time_limited_task", "bpmn/time-limits.bpmn");
  }

  @AfterEach
  void provisional2027AgainAndTheRealClock() {
    if (calendar.knows(2027)) {
      calendarMaintenance.removeYear(2027, cn.linggong.testsupport.TestUsers.admin());
    }
    ClockUtil.reset();
  }

  private void moveTo(Instant instant) {
    clock.set(instant);
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private static Instant endOf(int year, int month, int day) {
    return OffsetDateTime.of(year, month, day, 23, 59, 59, 999_000_000, BEIJING).toInstant();
  }

  private ProcessInstance start(String key) {
    return runtimeService
        .createProcessInstanceByKey(key)
        .processDefinitionTenantId("kf-gulou")
        .businessKey("T-" + UUID.randomUUID().toString().substring(0, 8))
        .execute();
  }

  /** The official 2027 of this test: the law's days off, and 2027-01-04 off as well. */
  private void enterOfficial2027() {
    List<CalendarDay> days = new ArrayList<>(StatutoryHolidays.provisionalYear(2027));
    days.add(new CalendarDay(LocalDate.of(2027, 1, 4), DayKind.HOLIDAY, "元旦"));
    days.add(new CalendarDay(LocalDate.of(2027, 2, 20), DayKind.WORKDAY, "春节调休上班"));
    days.sort(java.util.Comparator.comparing(CalendarDay::date));
    calendarMaintenance.replaceYear(2027, NOTICE, days, cn.linggong.testsupport.TestUsers.admin());
  }

  private Job escalationTimer(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  void enteringTheOfficialYearMovesTheDueDateItsTimerAndFollowUpAndTellsTheHolderOnce() {
    // 2026-12-24 + 5 working days = 2026-12-31: official throughout
    assertThat(timeLimits.dueDate("complaint.acceptance", DEC_28.minusSeconds(4 * 86400)))
        .satisfies(
            d -> {
              assertThat(d.at()).isEqualTo(endOf(2026, 12, 31));
              assertThat(d.provisional()).isFalse();
            });

    ProcessInstance instance = start("test_time_limited_task");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.claim(task.getId(), "mediator1");
    // 12-29, 12-30, 12-31, (01-01 元旦 by the law), 01-04, 01-05
    assertThat(task.getDueDate().toInstant()).isEqualTo(endOf(2027, 1, 5));
    assertThat(task.getFollowUpDate().toInstant()).isEqualTo(endOf(2027, 1, 4));
    // the ladder's timer waits for the holder's warning, at the start of the follow-up day
    assertThat(escalationTimer(instance).getDuedate().toInstant())
        .isEqualTo(endOf(2027, 1, 3).plusMillis(1));
    assertThat(inbox.find(directory.principal("mediator1"), task.getId()).dueProvisional())
        .isTrue();
    assertThat(taskDetails.find(task.getId()).orElseThrow().dueProvisional()).isTrue();

    enterOfficial2027();
    assertThat(recomputation.status(2027)).get().extracting(Recompute::state).isEqualTo("PENDING");
    // at least this task (other tests of the shared context may have provisional dates too)
    assertThat(recomputation.runPending()).isPositive();

    Task moved = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(moved.getDueDate().toInstant()).isEqualTo(endOf(2027, 1, 6));
    assertThat(moved.getFollowUpDate().toInstant()).isEqualTo(endOf(2027, 1, 5));
    assertThat(escalationTimer(instance).getDuedate().toInstant())
        .isEqualTo(endOf(2027, 1, 4).plusMillis(1));
    var row = inbox.find(directory.principal("mediator1"), task.getId());
    assertThat(row.dueAt()).isEqualTo(endOf(2027, 1, 6));
    assertThat(row.dueProvisional()).isFalse();
    TaskDetails.Summary summary = taskDetails.find(task.getId()).orElseThrow();
    assertThat(summary.dueProvisional()).isFalse();
    assertThat(summary.dueDateChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.oldAt()).isEqualTo(endOf(2027, 1, 5));
              assertThat(c.newAt()).isEqualTo(endOf(2027, 1, 6));
              assertThat(c.year()).isEqualTo(2027);
              assertThat(c.stillProvisional()).isFalse();
            });

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    List<String> mails =
        jdbc.queryForList(
            "SELECT recipient FROM mail_outbox WHERE kind = 'due-date-moved' AND subject LIKE ?",
            String.class,
            "%" + instance.getBusinessKey() + "%");
    assertThat(mails).containsExactly("mediator1@linggong.example");
    String body =
        jdbc.queryForObject(
            "SELECT body FROM mail_outbox WHERE kind = 'due-date-moved' AND subject LIKE ?",
            String.class,
            "%" + instance.getBusinessKey() + "%");
    assertThat(body).contains("2027-01-05", "2027-01-06", NOTICE);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'DUE_DATE_RECOMPUTED'"
                    + " AND subject_id = ?",
                Integer.class,
                task.getId()))
        .isEqualTo(1);
    assertThat(recomputation.status(2027))
        .get()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo("DONE");
              assertThat(r.changed()).isPositive();
              assertThat(r.examined()).isGreaterThanOrEqualTo(r.changed());
              assertThat(r.failed()).isZero();
            });

    // it runs once: nothing more to move, no second mail
    assertThat(recomputation.runPending()).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'due-date-moved' AND subject LIKE ?",
                Integer.class,
                "%" + instance.getBusinessKey() + "%"))
        .isEqualTo(1);
  }

  @Test
  void aWorkingDayTimerFromAProvisionalYearIsReArmed() {
    ProcessInstance instance = start("test_working_day_timer");
    Job timer =
        managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    Instant fiveWorkingDays = OffsetDateTime.of(2027, 1, 5, 10, 0, 0, 0, BEIJING).toInstant();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(fiveWorkingDays);
    assertThat(provisionalDates.isProvisional(ProvisionalDates.TIMER, instance.getId())).isTrue();

    enterOfficial2027();
    recomputation.runPending();

    Job rearmed =
        managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(rearmed.getId()).isEqualTo(timer.getId());
    assertThat(rearmed.getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.of(2027, 1, 6, 10, 0, 0, 0, BEIJING).toInstant());
    assertThat(provisionalDates.isProvisional(ProvisionalDates.TIMER, instance.getId())).isFalse();
  }

  @Test
  void aComplaintsAcceptanceClockMovesAndItsTimelineSaysFromWhatToWhat() {
    ComplaintFixture fixture = new ComplaintFixture(directory, intake, completion, taskService);
    String no = fixture.file(ComplaintFixture.worker("韩立新", "3000.00"));
    var before = complaints.view(fixture.mediator, no);
    var acceptance =
        before.clocks().stream().filter(c -> c.kind().equals("ACCEPTANCE")).findFirst().get();
    assertThat(acceptance.dueAt()).isEqualTo(endOf(2027, 1, 5));
    assertThat(acceptance.provisional()).isTrue();
    assertThat(before.openTasks()).allMatch(TaskDetails.OpenStep::dueProvisional);

    enterOfficial2027();
    recomputation.runPending();

    var after = complaints.view(fixture.mediator, no);
    var moved =
        after.clocks().stream().filter(c -> c.kind().equals("ACCEPTANCE")).findFirst().get();
    assertThat(moved.dueAt()).isEqualTo(endOf(2027, 1, 6));
    assertThat(moved.provisional()).isFalse();
    assertThat(after.openTasks()).noneMatch(TaskDetails.OpenStep::dueProvisional);
    assertThat(after.openTasks()).allMatch(t -> t.due().equals(endOf(2027, 1, 6)));
    assertThat(after.timeline())
        .filteredOn(e -> e.kind().equals("DUE_DATE_CHANGED"))
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e.details())
                    .containsEntry("from", "2027-01-05")
                    .containsEntry("to", "2027-01-06")
                    .containsEntry("calendarYear", 2027))
        .anySatisfy(e -> assertThat(e.details()).containsEntry("clock", "ACCEPTANCE"));
  }
}
