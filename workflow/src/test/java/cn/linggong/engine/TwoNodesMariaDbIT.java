package cn.linggong.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.calendar.CalendarDay;
import cn.linggong.calendar.CalendarMaintenance;
import cn.linggong.calendar.DayKind;
import cn.linggong.calendar.WorkingDayCalendar;
import cn.linggong.testsupport.EnabledWithMariaDb;
import cn.linggong.testsupport.EngineNodes;
import cn.linggong.testsupport.TestUsers;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one MariaDB database, as a city runs behind its load balancer: two Spring contexts
 * of the workflow module in this JVM, each with its own process engine and job executor on, sharing
 * nothing but the database (and the engine's clock, as nodes share the time of day). Escalation
 * timers and BPMN timers that fall due together are each done once, by one node or the other; the
 * outbox sends each mail once; a working-day calendar changed on one node is seen on the other. (A
 * node killed in the middle of a job is {@code ClusterCrashIT} in the ui module: it needs a process
 * that can be killed.)
 */
@EnabledWithMariaDb
class TwoNodesMariaDbIT {

  private static final String DATABASE = "linggong_it_nodes";
  private static final String LADDER = TaskTimeLimits.JOB_TYPE;
  private static final int INSTANCES_PER_NODE = 60;
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private static EngineNodes.Pair nodes;

  @BeforeAll
  static void startTwoNodes() {
    nodes =
        EngineNodes.Pair.start(
            DATABASE,
            Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "linggong.notification.poll-interval", "PT1S",
                "linggong.calendar.refresh-interval", "PT1S"));
  }

  @AfterAll
  static void stopNodes() {
    if (nodes != null) {
      nodes.close();
    }
  }

  @Test
  void aCalendarChangedOnOneNodeIsSeenOnTheOther() {
    LocalDate newYearsDay = LocalDate.of(2049, 6, 15);
    WorkingDayCalendar calendarOfB = nodes.b().getBean(WorkingDayCalendar.class);
    assertThat(calendarOfB.day(newYearsDay).kind()).isNotEqualTo(DayKind.HOLIDAY);

    Instant changed = Instant.now();
    nodes
        .a()
        .getBean(CalendarMaintenance.class)
        .replaceYear(
            2049,
            "国务院办公厅关于2049年部分节假日安排的通知",
            List.of(new CalendarDay(newYearsDay, DayKind.HOLIDAY, "测试假日")),
            TestUsers.admin());

    eventually(
        "node B sees the holiday node A entered",
        () -> calendarOfB.day(newYearsDay).kind() == DayKind.HOLIDAY);
    System.out.printf(
        "two nodes: node B saw node A's calendar change after %d ms%n",
        Duration.between(changed, Instant.now()).toMillis());
    assertThat(calendarOfB.day(newYearsDay).name()).isEqualTo("测试假日");
  }

  @Test
  void timersFallingDueTogetherAreEachDoneOnceAndEachMailIsSentOnce() throws Exception {
    nodes
        .a()
        .getBean(RepositoryService.class)
        .createDeployment()
        .tenantId("kf-gulou")
        .addClasspathResource("bpmn/time-limits.bpmn")
        .deploy();
    // cases are started on both nodes, as the load balancer spreads the requests
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T02:00:00Z")));
    for (int i = 0; i < INSTANCES_PER_NODE; i++) {
      for (ConfigurableApplicationContext node : List.of(nodes.a(), nodes.b())) {
        RuntimeService runtime = node.getBean(RuntimeService.class);
        String key = String.format("QX-2026-%06d", 1 + i * 2 + (node == nodes.a() ? 0 : 1));
        runtime
            .createProcessInstanceByKey("test_time_limited_task")
            .processDefinitionTenantId("kf-gulou")
            .businessKey(key)
            .execute();
        runtime
            .createProcessInstanceByKey("test_working_day_timer")
            .processDefinitionTenantId("kf-gulou")
            .businessKey(key)
            .execute();
      }
    }
    int tasks = 2 * INSTANCES_PER_NODE;
    assertThat(count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = ?", LADDER))
        .isEqualTo(tasks);

    // two months on: every rung of every escalation ladder and every BPMN timer is due at once
    Instant start = Instant.now();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T01:00:00Z")));
    eventually(
        "every timer that fell due has run and every task is escalated",
        () ->
            count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ <= ?", ClockUtil.getCurrentTime())
                    == 0
                && count("SELECT COUNT(*) FROM escalation") == tasks);
    long handled = Duration.between(start, Instant.now()).toMillis();
    // each timer process went past its five working days once: it now waits for the next timer
    assertThat(
            count("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE ACT_ID_ = 'timer_acceptance_limit'"))
        .isEqualTo(tasks);

    // done once: no job has two successful runs in the engine's job log, and no escalation twice
    assertThat(
            nodes
                .jdbc()
                .queryForList(
                    "SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                        + " GROUP BY JOB_ID_ HAVING COUNT(*) > 1",
                    String.class))
        .as("jobs that succeeded twice")
        .isEmpty();
    assertThat(count("SELECT COUNT(DISTINCT task_id) FROM escalation")).isEqualTo(tasks);
    assertThat(count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
    List<Map<String, Object>> byNode =
        nodes
            .jdbc()
            .queryForList(
                "SELECT HOSTNAME_ AS node, COUNT(*) AS jobs FROM ACT_HI_JOB_LOG"
                    + " WHERE JOB_STATE_ = 2 GROUP BY HOSTNAME_ ORDER BY HOSTNAME_");
    assertThat(byNode)
        .as("both nodes' job executors took a share")
        .extracting(row -> row.get("node"))
        .containsExactly("node-a", "node-b");
    int timerJobs =
        count(
            "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                + " AND JOB_DEF_TYPE_ IN (?, 'timer-intermediate-transition')",
            LADDER);
    int failedAttempts = count("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1");

    // each mail of the escalations once, whichever node's outbox sender claimed it
    eventually(
        "the outbox is sent",
        () -> count("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'") == 0);
    int mails = count("SELECT COUNT(*) FROM mail_outbox");
    assertThat(mails).isGreaterThanOrEqualTo(tasks);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(mails);
    assertThat(Arrays.stream(received).map(TwoNodesMariaDbIT::messageId).distinct()).hasSize(mails);
    List<Map<String, Object>> sentBy =
        nodes
            .jdbc()
            .queryForList(
                "SELECT claimed_by AS node, COUNT(*) AS mails FROM mail_outbox GROUP BY claimed_by");

    System.out.printf(
        "two nodes: %d timer jobs (%d escalation ladders, %d BPMN timers) handled in %d ms;"
            + " successful jobs per node %s; %d runs lost a race and were rolled back;"
            + " %d mails sent once each, per sender %s%n",
        timerJobs, tasks, tasks, handled, byNode, failedAttempts, mails, sentBy);
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int count(String sql, Object... arguments) {
    Integer n = nodes.jdbc().queryForObject(sql, Integer.class, arguments);
    return n == null ? 0 : n;
  }

  /** Waits, within {@link #PATIENCE}, for what the nodes' own threads do. */
  private static void eventually(String what, BooleanSupplier condition) {
    Awaitility.await(what)
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(condition::getAsBoolean);
  }
}
