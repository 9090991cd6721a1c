package cn.linggong.sla;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.calendar.CalendarDay;
import cn.linggong.calendar.CalendarMaintenance;
import cn.linggong.calendar.DayKind;
import cn.linggong.calendar.StatutoryHolidays;
import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.testsupport.EnabledWithMariaDb;
import cn.linggong.testsupport.MariaDb;
import cn.linggong.testsupport.TestProcesses;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The recomputation on MariaDB (whole-second dates), run by two workers at once as two nodes would:
 * every provisional due date moves exactly once and its holder gets exactly one mail.
 */
@EnabledWithMariaDb
@SpringBootTest
@ActiveProfiles("mysql")
class ProvisionalRecomputationMariaDbIT {

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
  private static final Instant DEC_28 =
      OffsetDateTime.of(2026, 12, 28, 10, 0, 0, 0, BEIJING).toInstant();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MariaDb.register(registry);
  }

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CalendarMaintenance calendarMaintenance;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ProvisionalRecomputation recomputation;
  @Autowired DataSource dataSource;

  @AfterEach
  void provisional2027AgainAndTheRealClock() {
    if (calendar.knows(2027)) {
      calendarMaintenance.removeYear(2027, cn.linggong.testsupport.TestUsers.admin());
    }
    ClockUtil.reset();
  }

  @Test
  void twoWorkersMoveEachDateOnceAndMailEachHolderOnce() throws Exception {
    TestProcesses.deployOnce(repositoryService, "test_time_limited_task", "bpmn/time-limits.bpmn");
    ClockUtil.setCurrentTime(Date.from(DEC_28));
    List<String> taskIds = new ArrayList<>();
    List<String> businessKeys = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String key = "M-" + UUID.randomUUID().toString().substring(0, 8);
      var instance =
          runtimeService
              .createProcessInstanceByKey("test_time_limited_task")
              .processDefinitionTenantId("kf-gulou")
              .businessKey(key)
              .execute();
      String taskId =
          taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      taskService.claim(taskId, "mediator1");
      taskIds.add(taskId);
      businessKeys.add(key);
    }
    Instant provisionalDue = OffsetDateTime.of(2027, 1, 5, 23, 59, 59, 0, BEIJING).toInstant();
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(taskIds.get(0))
                .singleResult()
                .getDueDate()
                .toInstant()
                .truncatedTo(ChronoUnit.SECONDS))
        .isEqualTo(provisionalDue);

    List<CalendarDay> days = new ArrayList<>(StatutoryHolidays.provisionalYear(2027));
    days.add(new CalendarDay(LocalDate.of(2027, 1, 4), DayKind.HOLIDAY, "元旦"));
    days.sort(java.util.Comparator.comparing(CalendarDay::date));
    calendarMaintenance.replaceYear(
        2027, "国务院办公厅关于2027年部分节假日安排的通知（测试用）", days, cn.linggong.testsupport.TestUsers.admin());

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> node = recomputation::runPending;
      List<Future<Integer>> runs = nodes.invokeAll(List.of(node, node));
      int moved = 0;
      for (Future<Integer> run : runs) {
        moved += run.get();
      }
      // these twelve at least (other tests of the database may have provisional dates too)
      assertThat(moved).isGreaterThanOrEqualTo(12);
    } finally {
      nodes.shutdown();
    }

    Instant officialDue = OffsetDateTime.of(2027, 1, 6, 23, 59, 59, 0, BEIJING).toInstant();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (int i = 0; i < taskIds.size(); i++) {
      assertThat(
              taskService
                  .createTaskQuery()
                  .taskId(taskIds.get(i))
                  .singleResult()
                  .getDueDate()
                  .toInstant()
                  .truncatedTo(ChronoUnit.SECONDS))
          .isEqualTo(officialDue);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM due_date_change WHERE task_id = ?",
                  Integer.class,
                  taskIds.get(i)))
          .isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'due-date-moved'"
                      + " AND subject LIKE ?",
                  Integer.class,
                  "%" + businessKeys.get(i) + "%"))
          .isEqualTo(1);
    }
    assertThat(recomputation.status(2027))
        .get()
        .satisfies(
            r -> {
              assertThat(r.state()).isEqualTo("DONE");
              assertThat(r.changed()).isGreaterThanOrEqualTo(12);
              assertThat(r.failed()).isZero();
            });
  }
}
