package cn.linggong.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.calendar.CalendarDay;
import cn.linggong.calendar.CalendarMaintenance;
import cn.linggong.calendar.DayKind;
import cn.linggong.sla.EscalationService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Working days in the engine: timers written in working days, due dates of user tasks from the
 * time-limit table, escalation when a task passes its due date. The engine's clock is moved; no
 * test waits.
 */
@SpringBootTest
class TimeLimitProcessTest {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  /** 10:00 on the working day before 国庆节 2026. */
  private static final Instant EVE_OF_NATIONAL_DAY =
      OffsetDateTime.of(2026, 9, 30, 10, 0, 0, 0, BEIJING).toInstant();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CalendarMaintenance calendarMaintenance;
  @Autowired EscalationService escalations;
  @Autowired DataSource dataSource;

  @BeforeEach
  void atTheEveOfNationalDay() {
    ClockUtil.setCurrentTime(Date.from(EVE_OF_NATIONAL_DAY));
    cn.linggong.testsupport.TestProcesses.deployOnce(
        repositoryService, "test_time_limited_task", "bpmn/time-limits.bpmn");
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  private static Instant at(int month, int day, int hour, int minute) {
    return OffsetDateTime.of(2026, month, day, hour, minute, 0, 0, BEIJING).toInstant();
  }

  private static Instant endOf(int month, int day) {
    return OffsetDateTime.of(2026, month, day, 23, 59, 59, 999_000_000, BEIJING).toInstant();
  }

  private ProcessInstance start(String key) {
    return runtimeService
        .createProcessInstanceByKey(key)
        .processDefinitionTenantId("kf-gulou")
        .businessKey("T-" + UUID.randomUUID().toString().substring(0, 8))
        .execute();
  }

  private Job onlyJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  void fiveWorkingDayTimerStartedOnTheEveOfNationalDayFiresOnOctober13() {
    ProcessInstance instance = start("test_working_day_timer");
    Job timer = onlyJob(instance);
    // 10-1..10-7 off, 10-8 Thu, 10-9 Fri, 10-10 make-up Saturday, 10-12 Mon, 10-13 Tue
    assertThat(timer.getDuedate().toInstant()).isEqualTo(at(10, 13, 10, 0));

    ClockUtil.setCurrentTime(Date.from(at(10, 12, 23, 59)));
    assertThat(
            managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .count())
        .isZero();

    ClockUtil.setCurrentTime(Date.from(at(10, 13, 10, 0)));
    managementService.executeJob(timer.getId());
    Job limitTimer = onlyJob(instance);
    // the second timer reads the limit table: 5 working days from 10-13 → 10-20, end of day
    assertThat(limitTimer.getDuedate().toInstant()).isEqualTo(endOf(10, 20));
    ClockUtil.setCurrentTime(Date.from(endOf(10, 20)));
    managementService.executeJob(limitTimer.getId());
    assertThat(
            runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void userTaskGetsItsDueAndFollowUpDatesFromTheTimeLimitTable() {
    ProcessInstance instance = start("test_time_limited_task");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getDueDate().toInstant()).isEqualTo(endOf(10, 13));
    assertThat(task.getFollowUpDate().toInstant()).isEqualTo(endOf(10, 12));
    // the ladder's first rung: the holder's warning at the start of the follow-up day
    assertThat(onlyJob(instance).getDuedate().toInstant()).isEqualTo(at(10, 12, 0, 0));
  }

  @Test
  void theLadderWarnsTheHolderEscalatesAtTheDueDateAndGoesUpToTheCityEachMailOnce() {
    ProcessInstance instance = start("test_time_limited_task");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String byKind =
        "SELECT recipient FROM mail_outbox WHERE kind = ? AND reference LIKE ? ORDER BY 1";

    // the follow-up day: the unassigned step's people (the district's mediators) are warned
    ClockUtil.setCurrentTime(Date.from(at(10, 12, 9, 0)));
    managementService.executeJob(onlyJob(instance).getId());
    assertThat(jdbc.queryForList(byKind, String.class, "task-warning", "%" + task.getId()))
        .containsExactly("mediator1@linggong.example", "mediator3@linggong.example");
    assertThat(escalations.ofTask(task.getId())).isEmpty();
    assertThat(onlyJob(instance).getDuedate().toInstant()).isEqualTo(endOf(10, 13));

    // the due date passes: the district's supervisor; then the second level waits 3 working days
    ClockUtil.setCurrentTime(Date.from(endOf(10, 13).plusSeconds(1)));
    managementService.executeJob(onlyJob(instance).getId());
    var escalation = escalations.ofTask(task.getId()).orElseThrow();
    assertThat(
            jdbc.queryForList(byKind, String.class, "escalation", "escalation-" + escalation.id()))
        .containsExactly("supervisor1@linggong.example");
    assertThat(escalation.secondLevelAt()).isNull();
    // 10-14, 10-15, 10-16: the step is three working days late from the start of 10-16
    assertThat(onlyJob(instance).getDuedate().toInstant()).isEqualTo(at(10, 16, 0, 0));

    ClockUtil.setCurrentTime(Date.from(at(10, 16, 9, 0)));
    managementService.executeJob(onlyJob(instance).getId());
    String second = "escalation-second-" + escalation.id();
    assertThat(jdbc.queryForList(byKind, String.class, "escalation-second", second))
        .containsExactly("supervisor3@linggong.example");
    assertThat(escalations.ofTask(task.getId()).orElseThrow().secondLevelAt())
        .isEqualTo(at(10, 16, 9, 0));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
        .isZero();

    // a rung run again (a retried job, a second node) sends nothing more
    escalations.warn(
        new cn.linggong.sla.OverdueTask(
            task.getId(),
            "受理审查",
            "user_task_accept",
            instance.getId(),
            "test_time_limited_task",
            instance.getBusinessKey(),
            "kf-gulou",
            null,
            "complaint.acceptance",
            endOf(10, 13)),
        java.util.List.of("mediator"));
    escalations.secondLevel(task.getId(), at(10, 19, 9, 0));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE reference IN (?, ?, ?)",
                Integer.class,
                "warning-" + task.getId(),
                "escalation-" + escalation.id(),
                second))
        .isEqualTo(4);
    String body =
        jdbc.queryForObject(
            "SELECT body FROM mail_outbox WHERE reference = ?", String.class, second);
    assertThat(body).contains(instance.getBusinessKey()).contains("鼓楼区").contains("3 个工作日");
  }

  @Test
  void aWarningThatComesAfterTheDueDateIsSkipped() {
    ProcessInstance instance = start("test_time_limited_task");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    // the node was down over the follow-up day: the first run is past the due date
    ClockUtil.setCurrentTime(Date.from(endOf(10, 13).plusSeconds(1)));
    managementService.executeJob(onlyJob(instance).getId());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE reference = ?",
                Integer.class,
                "warning-" + task.getId()))
        .isZero();
    assertThat(escalations.ofTask(task.getId())).isPresent();
  }

  @Test
  void aCalendarChangeMovesTheNextDueDateWithoutARestart() {
    calendarMaintenance.putDay(
        new CalendarDay(LocalDate.of(2026, 10, 12), DayKind.HOLIDAY, "测试临时假日"),
        cn.linggong.testsupport.TestUsers.admin());
    try {
      ProcessInstance instance = start("test_time_limited_task");
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getDueDate().toInstant()).isEqualTo(endOf(10, 14));
    } finally {
      calendarMaintenance.removeDay(
          LocalDate.of(2026, 10, 12), cn.linggong.testsupport.TestUsers.admin());
    }
    ProcessInstance after = start("test_time_limited_task");
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(after.getId())
                .singleResult()
                .getDueDate()
                .toInstant())
        .isEqualTo(endOf(10, 13));
  }

  @Test
  void anOverdueTaskIsEscalatedOnceSupervisorsAreToldAndTheEscalationClosesWithTheTask() {
    ProcessInstance instance = start("test_time_limited_task");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Job escalationJob = onlyJob(instance);

    ClockUtil.setCurrentTime(Date.from(endOf(10, 13).plusSeconds(1)));
    managementService.executeJob(escalationJob.getId());

    var escalation = escalations.ofTask(task.getId()).orElseThrow();
    assertThat(escalation.districtId()).isEqualTo("kf-gulou");
    assertThat(escalation.businessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(escalation.timeLimitKey()).isEqualTo("complaint.acceptance");
    assertThat(escalation.dueAt()).isEqualTo(endOf(10, 13));
    assertThat(escalation.resolvedAt()).isNull();
    assertThat(
            escalations.open(
                cn.linggong.testsupport.TestUsers.of("s", "kf-gulou", "supervisor"), 0, 1000))
        .extracting("taskId")
        .contains(task.getId());
    assertThat(
            escalations.open(
                cn.linggong.testsupport.TestUsers.of("s", "kf-longting", "supervisor"), 0, 1000))
        .extracting("taskId")
        .doesNotContain(task.getId());

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(
            jdbc.queryForList(
                "SELECT recipient FROM mail_outbox WHERE kind = 'escalation' AND reference = ?",
                String.class,
                "escalation-" + escalation.id()))
        .containsExactly("supervisor1@linggong.example");
    String subject =
        jdbc.queryForObject(
            "SELECT subject FROM mail_outbox WHERE reference = ?",
            String.class,
            "escalation-" + escalation.id());
    assertThat(subject).contains(instance.getBusinessKey()).contains("受理审查").contains("超期");

    // escalating again (a retried job) changes nothing
    escalations.escalate(
        new cn.linggong.sla.OverdueTask(
            task.getId(),
            "受理审查",
            "user_task_accept",
            instance.getId(),
            "test_time_limited_task",
            instance.getBusinessKey(),
            "kf-gulou",
            null,
            "complaint.acceptance",
            endOf(10, 13)),
        Instant.now());
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_outbox WHERE reference = ?",
                Integer.class,
                "escalation-" + escalation.id()))
        .isEqualTo(1);

    taskService.complete(task.getId());
    assertThat(escalations.ofTask(task.getId()).orElseThrow().resolvedAt()).isNotNull();
    assertThat(
            escalations.open(
                cn.linggong.testsupport.TestUsers.of("s", "kf-gulou", "supervisor"), 0, 1000))
        .extracting("taskId")
        .doesNotContain(task.getId());
  }

  @Test
  void aTaskCompletedInTimeIsNeverEscalated() {
    ProcessInstance instance = start("test_time_limited_task");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Job escalationJob = onlyJob(instance);
    taskService.complete(task.getId());
    // the escalation timer went with the task
    assertThat(managementService.createJobQuery().jobId(escalationJob.getId()).count()).isZero();
    assertThat(escalations.ofTask(task.getId())).isEmpty();
  }

  @Test
  void anExtendedDueDateWaitsForTheNewDate() {
    ProcessInstance instance = start("test_time_limited_task");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Job first = onlyJob(instance);
    // a supervisor granted more time: the task is now due at the end of 10-20
    task.setDueDate(Date.from(endOf(10, 20)));
    taskService.saveTask(task);

    ClockUtil.setCurrentTime(Date.from(endOf(10, 13).plusSeconds(1)));
    managementService.executeJob(first.getId());
    assertThat(escalations.ofTask(task.getId())).isEmpty();
    Job next = onlyJob(instance);
    assertThat(next.getDuedate().toInstant()).isEqualTo(endOf(10, 20));

    ClockUtil.setCurrentTime(Date.from(endOf(10, 20).plusSeconds(1)));
    managementService.executeJob(next.getId());
    assertThat(escalations.ofTask(task.getId())).isPresent();
  }
}
