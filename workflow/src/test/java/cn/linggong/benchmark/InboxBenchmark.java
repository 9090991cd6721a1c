package cn.linggong.benchmark;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.EngineIdentity;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.InboxFilter;
import cn.linggong.inbox.InboxService;
import cn.linggong.testsupport.MariaDb;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (its name matches neither *Test nor *IT, so the build never runs it): the
 * inbox's first page against Camunda's own TaskQuery over the same open tasks. Run:
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * ./mvnw -pl workflow test -Dtest=InboxBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dlinggong.benchmark.tasks=100000 [-Dlinggong.benchmark.db=mariadb]
 * </pre>
 *
 * It writes the open tasks straight into the engine's and the inbox's tables (half for each of two
 * districts, candidate group caseworker, a tenth escalated) and as many ended tasks over the 90
 * days before 2026-12-01, then times, as caseworker1 of one district, 30 runs of each query after 5
 * warm-up runs, and prints the median and the 95th percentile; then the supervisors' dashboard (a
 * district's and the city's), the district-wide inbox.
 */
@SpringBootTest
class InboxBenchmark {

  private static final Logger log = LoggerFactory.getLogger(InboxBenchmark.class);
  private static final int BATCH = 2000;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if ("mariadb".equals(System.getProperty("linggong.benchmark.db"))) {
      MariaDb.prepareOrFail();
      MariaDb.register(registry);
      // what the mysql profile sets
      registry.add(
          "spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
    }
  }

  @Autowired DataSource dataSource;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired InboxService inbox;
  @Autowired DirectoryService directory;
  @Autowired cn.linggong.supervision.Dashboards dashboards;

  @Test
  void firstPageOfTheInboxAgainstTaskQuery() {
    int tasks = Integer.getInteger("linggong.benchmark.tasks", 100_000);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    long loadStart = System.nanoTime();
    load(jdbc, tasks);
    long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;

    LinggongUser caseworker = directory.principal("caseworker1");
    InboxFilter filter = InboxFilter.all();
    double[] inboxPage = Timings.time(() -> inbox.page(caseworker, filter, 0, 50).size());
    double[] inboxCount = Timings.time(() -> (int) inbox.count(caseworker, filter));
    double[] taskQuery =
        Timings.time(
            () ->
                EngineIdentity.callAs(
                    identityService,
                    caseworker,
                    () ->
                        taskService
                            .createTaskQuery()
                            .taskCandidateGroup("caseworker")
                            .orderByTaskCreateTime()
                            .desc()
                            .listPage(0, 50)
                            .size()));
    double[] taskCount =
        Timings.time(
            () ->
                EngineIdentity.callAs(
                    identityService,
                    caseworker,
                    () ->
                        (int)
                            taskService
                                .createTaskQuery()
                                .taskCandidateGroup("caseworker")
                                .count()));

    int inboxRows = inbox.page(caseworker, filter, 0, 50).size();
    long inboxTotal = inbox.count(caseworker, filter);
    int queryRows =
        EngineIdentity.callAs(
            identityService,
            caseworker,
            () ->
                taskService
                    .createTaskQuery()
                    .taskCandidateGroup("caseworker")
                    .orderByTaskCreateTime()
                    .desc()
                    .listPage(0, 50)
                    .size());
    long queryTotal =
        EngineIdentity.callAs(
            identityService,
            caseworker,
            () -> taskService.createTaskQuery().taskCandidateGroup("caseworker").count());
    System.out.printf(
        "rows: inbox page %d of %d, TaskQuery page %d of %d%n",
        inboxRows, inboxTotal, queryRows, queryTotal);
    String db = System.getProperty("linggong.benchmark.db", "h2");
    String report =
        String.format(
            "%nInbox benchmark: %,d open tasks on %s (loaded in %,d ms), caseworker1 of kf-gulou, %d runs after %d warm-up%n"
                + "  inbox first page (50, due date)        median %6.1f ms   p95 %6.1f ms%n"
                + "  inbox count                            median %6.1f ms   p95 %6.1f ms%n"
                + "  TaskQuery first page (50, newest first) median %6.1f ms   p95 %6.1f ms%n"
                + "  TaskQuery count                         median %6.1f ms   p95 %6.1f ms%n",
            tasks,
            db,
            loadMillis,
            Timings.RUNS,
            Timings.WARM_UP,
            inboxPage[0],
            inboxPage[1],
            inboxCount[0],
            inboxCount[1],
            taskQuery[0],
            taskQuery[1],
            taskCount[0],
            taskCount[1]);
    log.info(report);
    System.out.println(report); // the benchmark's output; not application code

    LinggongUser supervisor = directory.principal("supervisor1");
    LinggongUser city = directory.principal("supervisor3");
    double[] dashboard =
        Timings.time(() -> dashboards.dashboard(supervisor, null, null, null).byStep().size());
    double[] cityDashboard =
        Timings.time(() -> dashboards.dashboard(city, null, null, null).byDistrict().size());
    InboxFilter district =
        new InboxFilter(
            InboxFilter.Scope.DISTRICT,
            null,
            null,
            null,
            null,
            null,
            null,
            InboxFilter.Sort.DUE,
            false);
    double[] districtPage = Timings.time(() -> inbox.page(supervisor, district, 0, 50).size());
    double[] districtOverdue =
        Timings.time(
            () ->
                (int)
                    inbox.count(
                        supervisor, district.withDue(Instant.parse("2026-06-20T00:00:00Z"), null)));
    var d = dashboards.dashboard(supervisor, null, null, null);
    var c = dashboards.dashboard(city, null, null, null);
    String supervision =
        String.format(
            "%nSupervision: %,d open tasks (%,d of kf-gulou, %,d overdue there; %,d escalated city-wide),"
                + " %,d step times%n"
                + "  dashboard, district supervisor        median %6.1f ms   p95 %6.1f ms%n"
                + "  dashboard, city level (all districts)  median %6.1f ms   p95 %6.1f ms%n"
                + "  inbox whole district, first page       median %6.1f ms   p95 %6.1f ms%n"
                + "  inbox whole district, overdue count    median %6.1f ms   p95 %6.1f ms%n",
            tasks,
            d.total().open(),
            d.total().overdue(),
            c.total().escalated(),
            d.stepTimes().stream().mapToLong(s -> s.completed()).sum(),
            dashboard[0],
            dashboard[1],
            cityDashboard[0],
            cityDashboard[1],
            districtPage[0],
            districtPage[1],
            districtOverdue[0],
            districtOverdue[1]);
    log.info(supervision);
    System.out.println(supervision); // the benchmark's output; not application code
  }

  private static void load(JdbcTemplate jdbc, int tasks) {
    Instant base = Instant.parse("2026-06-01T00:00:00Z");
    List<Object[]> engineTasks = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    List<Object[]> inboxTasks = new ArrayList<>();
    List<Object[]> candidates = new ArrayList<>();
    List<Object[]> escalated = new ArrayList<>();
    List<Object[]> done = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      String id = "bench-" + i;
      String district = i % 2 == 0 ? "kf-gulou" : "kf-longting";
      Timestamp created = Timestamp.from(base.plusSeconds(i * 17L));
      Timestamp due = Timestamp.from(base.plusSeconds(86_400L * 5 + (i * 7919L) % 2_592_000L));
      engineTasks.add(new Object[] {id, "办理", "user_task_handle", 50, created, due, district});
      links.add(new Object[] {"bench-link-" + i, "caseworker", id, district});
      inboxTasks.add(
          new Object[] {
            id,
            "办理",
            "user_task_handle",
            "bench-pi-" + i,
            "bench_process",
            "基准流程",
            "BM-" + i,
            district,
            created,
            due
          });
      candidates.add(new Object[] {"g:caseworker", district, due, id});
      if (i % 10 == 3) {
        escalated.add(new Object[] {id, "办理", "user_task_handle", "BM-" + i, district, due, due});
      }
      Timestamp ended =
          Timestamp.from(
              Instant.parse("2026-12-01T00:00:00Z").minusSeconds((i * 7_777L) % 7_776_000L));
      long took = 3_600_000L + (i * 104_729L) % 864_000_000L;
      done.add(
          new Object[] {
            "bench-done-" + i,
            "办理",
            "user_task_handle",
            "bench_process",
            "基准流程",
            "BM-D-" + i,
            district,
            "caseworker1",
            "complaint.acceptance",
            Timestamp.from(ended.toInstant().minusMillis(took)),
            Timestamp.from(ended.toInstant().minusMillis(took).plusSeconds(5 * 86_400L)),
            ended,
            took
          });
      if (engineTasks.size() == BATCH || i == tasks - 1) {
        jdbc.batchUpdate(
            "INSERT INTO ACT_RU_TASK (ID_, REV_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_,"
                + " SUSPENSION_STATE_, TENANT_ID_) VALUES (?, 1, ?, ?, ?, ?, ?, 1, ?)",
            engineTasks);
        jdbc.batchUpdate(
            "INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_, TENANT_ID_)"
                + " VALUES (?, 1, ?, 'candidate', ?, ?)",
            links);
        jdbc.batchUpdate(
            "INSERT INTO inbox_task (task_id, task_name, task_definition_key, process_instance_id,"
                + " process_definition_key, process_name, business_key, district_id, created_at, due_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inboxTasks);
        jdbc.batchUpdate(
            "INSERT INTO inbox_entry (principal, district_id, due_at, task_id) VALUES (?, ?, ?, ?)",
            candidates);
        jdbc.batchUpdate(
            "INSERT INTO escalation (task_id, task_name, task_definition_key, business_key, district_id,"
                + " due_at, escalated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            escalated);
        jdbc.batchUpdate(
            "INSERT INTO task_done (task_id, task_name, task_definition_key, process_definition_key,"
                + " process_name, business_key, district_id, assignee, time_limit_key, created_at, due_at,"
                + " ended_at, duration_ms, completed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)",
            done);
        escalated.clear();
        done.clear();
        engineTasks.clear();
        links.clear();
        inboxTasks.clear();
        candidates.clear();
      }
    }
  }
}
