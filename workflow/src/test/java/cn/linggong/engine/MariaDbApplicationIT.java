package cn.linggong.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.testsupport.EnabledWithMariaDb;
import cn.linggong.testsupport.MariaDb;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole workflow module on MariaDB through MySQL Connector/J with the {@code mysql} profile:
 * Camunda creates its schema, Flyway migrates the application's tables, the identity bootstrap
 * runs, and districts stay apart.
 */
@EnabledWithMariaDb
@SpringBootTest
@ActiveProfiles("mysql")
class MariaDbApplicationIT extends TenantIsolationContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MariaDb.register(registry);
  }

  @Autowired DataSource dataSource;
  @Autowired cn.linggong.calendar.WorkingDayCalendar calendar;
  @Autowired cn.linggong.calendar.CalendarMaintenance calendarMaintenance;

  @Test
  void workingDayCalendarIsSeededAndMaintainedOnMariaDb() {
    assertThat(calendar.addWorkingDays(java.time.LocalDate.of(2026, 9, 30), 5))
        .isEqualTo(java.time.LocalDate.of(2026, 10, 13));
    calendarMaintenance.replaceYear(
        2098,
        "测试通知",
        java.util.List.of(
            new cn.linggong.calendar.CalendarDay(
                java.time.LocalDate.of(2098, 1, 1), cn.linggong.calendar.DayKind.HOLIDAY, "元旦")),
        cn.linggong.testsupport.TestUsers.admin());
    assertThat(calendar.day(java.time.LocalDate.of(2098, 1, 1)).name()).isEqualTo("元旦");
  }

  @Autowired cn.linggong.identity.DirectoryService directory;
  @Autowired cn.linggong.worker.WorkerRegistry workers;
  @Autowired cn.linggong.worker.WorkerHardship hardship;
  @Autowired cn.linggong.employer.EmployerRegistry employers;
  @Autowired cn.linggong.employer.JobBoard jobs;
  @Autowired cn.linggong.assistance.AssistanceCases cases;
  @Autowired cn.linggong.inbox.TaskCompletion completion;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired cn.linggong.casefile.CaseDocuments documents;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  @Test
  void anAssistanceCaseRunsOnMariaDbWithItsRecordStoredAsAPdf() {
    // due dates come from the engine's clock: a day the seeded calendar covers
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.Instant.parse("2026-06-01T02:00:00Z")));
    try {
      assistanceCaseRuns();
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  private void assistanceCaseRuns() {
    var f =
        new cn.linggong.assistance.AssistanceFixture(
            directory, workers, hardship, employers, jobs, cases, completion, taskService);
    var employer = f.employer("开封市测试用工单位", true);
    var job = f.job(employer, "搬运工", "loading");
    assertThat(jobs.byId(job.id()).orElseThrow().referable()).isTrue();
    long worker =
        f.worker(
            "马丽",
            cn.linggong.assistance.AssistanceFixture.idNumber(
                java.time.LocalDate.of(1993, 3, 3), true),
            null);
    String caseNo = f.open(worker);
    assertThat(caseNo).matches("BF-\\d{4}-\\d{6}");
    f.complete(
        caseNo,
        cn.linggong.assistance.AssistanceProcess.USER_TASK_INTAKE,
        java.util.Map.of("factsConfirmed", true));
    assertThat(cases.find(f.caseworker, caseNo).outcome()).isEqualTo("NOT_HARDSHIP");
    // the record is made by a job of the engine, as the job executor would run it
    assertThat(cn.linggong.testsupport.CaseSteps.makeLetters(managementService)).isEqualTo(1);
    var record = documents.of(new cn.linggong.casefile.CaseRef("assistance", caseNo)).get(0);
    byte[] pdf =
        documents
            .file(new cn.linggong.casefile.CaseRef("assistance", caseNo), record.id())
            .orElseThrow()
            .content();
    assertThat(pdf).hasSize((int) record.sizeBytes());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Autowired cn.linggong.shared.cases.CaseNumbers caseNumbers;

  @Test
  void parallelCallersTakingTheYearsFirstNumbersGetEachOnceWithoutDeadlock() throws Exception {
    int callers = 8;
    int each = 25;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
    try {
      var calls = new java.util.ArrayList<java.util.concurrent.Callable<java.util.List<String>>>();
      for (int c = 0; c < callers; c++) {
        calls.add(
            () -> {
              var mine = new java.util.ArrayList<String>();
              for (int i = 0; i < each; i++) {
                mine.add(caseNumbers.next("PAR"));
              }
              return mine;
            });
      }
      var all = new java.util.TreeSet<String>();
      for (var done : pool.invokeAll(calls)) {
        all.addAll(done.get());
      }
      assertThat(all).hasSize(callers * each);
      assertThat(all.last()).endsWith(String.format("-%06d", callers * each));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void createsItsOwnEngineTablesBesideAnotherCitysCamundaSchema() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    String tables =
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
            + " AND UPPER(table_name) = 'ACT_GE_PROPERTY'";
    assertThat(jdbc.queryForObject(tables, Integer.class, MariaDb.OTHER_CAMUNDA_DATABASE))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(MariaDb.DATABASE);
    assertThat(jdbc.queryForObject(tables, Integer.class, MariaDb.DATABASE)).isEqualTo(1);
    // the other city's engine is untouched: no deployment of ours, no user of ours
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + MariaDb.OTHER_CAMUNDA_DATABASE + ".ACT_RE_DEPLOYMENT",
                Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT", Integer.class))
        .isPositive();
  }

  @Test
  void runsOnMariaDbWithReadCommittedAndMigratedTables() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("SELECT VERSION()", String.class))
        .containsIgnoringCase("mariadb");
    assertThat(jdbc.queryForObject("SELECT @@tx_isolation", String.class))
        .isEqualTo("READ-COMMITTED");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = 1",
                Integer.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'caseworker1'", Integer.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT NAME_ FROM ACT_ID_TENANT WHERE ID_ = 'kf-gulou'", String.class))
        .isEqualTo("鼓楼区");
  }
}
