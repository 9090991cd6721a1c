package cn.linggong.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.assistance.AssistanceFixture;
import cn.linggong.assistance.AssistanceProcess;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.engine.EngineSettings;
import cn.linggong.engine.EngineTimeTravel;
import cn.linggong.identity.DirectoryService;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.testsupport.EngineNodes;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Benchmark, not a test (the build never runs it; {@code -Pbenchmark} does): on MariaDB, with two
 * nodes of the workflow module in this JVM ({@link EngineNodes}),
 *
 * <ul>
 *   <li>case starts per second through the product (the case row, its number, the owner, the audit,
 *       the process and its first task with due date, escalation timer and inbox rows) against a
 *       bare Camunda start of the same BPMN with the same variables, at the same parallelism
 *       ({@code linggong.benchmark.clients}, 4);
 *   <li>{@code linggong.benchmark.timers} (10,000) escalation timers falling due at once: the time
 *       until all are handled with node A's job executor alone, and again (a new batch) with both
 *       nodes', after a warm-up batch on both (a node that has run a while has its code compiled).
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterBenchmark {

  private static final String DATABASE = "linggong_bench_cluster";
  private static final int STARTS = Integer.getInteger("linggong.benchmark.starts", 2000);
  private static final int CLIENTS = Integer.getInteger("linggong.benchmark.clients", 4);
  private static final int TIMERS = Integer.getInteger("linggong.benchmark.timers", 10_000);
  private static final int WARM_UP = Math.min(TIMERS, 2000);

  private static EngineNodes.Pair nodes;

  @BeforeAll
  static void startTwoNodes() {
    nodes = EngineNodes.Pair.start(DATABASE, Map.of());
  }

  @AfterAll
  static void stopNodes() {
    if (nodes != null) {
      nodes.close();
    }
  }

  @Test
  @Order(2)
  void caseStartsThroughTheProductAgainstBareCamunda() throws Exception {
    AssistanceFixture f =
        new AssistanceFixture(
            nodes.a().getBean(DirectoryService.class),
            nodes.a().getBean(WorkerRegistry.class),
            nodes.a().getBean(WorkerHardship.class),
            nodes.a().getBean(EmployerRegistry.class),
            nodes.a().getBean(JobBoard.class),
            nodes.a().getBean(AssistanceCases.class),
            nodes.a().getBean(TaskCompletion.class),
            nodes.a().getBean(TaskService.class));
    int warmUp = STARTS / 5;
    long[] workers = new long[STARTS + warmUp];
    for (int i = 0; i < workers.length; i++) {
      workers[i] =
          f.worker(
              "测试" + i,
              AssistanceFixture.idNumber(LocalDate.of(1990, 1, 1).plusDays(i % 3000), false),
              null);
    }
    RuntimeService runtime = nodes.a().getBean(RuntimeService.class);
    String owner = f.caseworker.userId();
    IntConsumer bareStart =
        i ->
            runtime
                .createProcessInstanceByKey(AssistanceProcess.KEY)
                .processDefinitionWithoutTenantId()
                .businessKey("BARE-" + i)
                .setVariables(
                    Variables.createVariables()
                        .putValue(cn.linggong.casefile.CaseOwners.VARIABLE, owner)
                        .putValue(AssistanceProcess.VAR_CASE_ID, (long) i)
                        .putValue(AssistanceProcess.VAR_WORKER_ID, (long) i)
                        .putValue(EngineSettings.DISTRICT_VARIABLE, "kf-gulou"))
                .execute();
    IntConsumer productStart = i -> f.open(workers[i]);
    // a warm-up of both paths, then the measured runs, each over STARTS starts
    parallel(i -> bareStart.accept(STARTS + i), warmUp);
    parallel(i -> productStart.accept(STARTS + i), warmUp);
    double bare = rate(bareStart);
    double product = rate(productStart);
    assertThat(nodes.jdbc().queryForObject("SELECT COUNT(*) FROM assistance_case", Integer.class))
        .isEqualTo(STARTS + warmUp);
    System.out.printf(
        "benchmark: case starts, %d clients, %d starts each way: product %.1f/s (case row, number,"
            + " owner, audit, process, first task), bare Camunda %.1f/s: %.2fx%n",
        CLIENTS, STARTS, product, bare, product / bare);
  }

  @Test
  @Order(1)
  void dueEscalationTimersWithOneNodeAndWithTwo() throws Exception {
    nodes
        .a()
        .getBean(RepositoryService.class)
        .createDeployment()
        .tenantId("kf-gulou")
        .addClasspathResource("bpmn/time-limits.bpmn")
        .deploy();
    // both nodes warm (the JIT compiler, the pools), as nodes that have run for a while are
    timersHandled("WARM", Instant.parse("2027-01-04T02:00:00Z"), WARM_UP);
    EngineTimeTravel b = nodes.b().getBean(EngineTimeTravel.class);
    b.pauseJobExecutor();
    long one = timersHandled("ONE", Instant.parse("2027-03-01T02:00:00Z"), TIMERS);
    b.resumeJobExecutor();
    long two = timersHandled("TWO", Instant.parse("2027-06-01T02:00:00Z"), TIMERS);
    ClockUtil.reset();
    System.out.printf(
        "benchmark: %d escalation timers due at once: one node %.1f s (%.0f/s), two nodes %.1f s"
            + " (%.0f/s): %.2fx%n",
        TIMERS,
        one / 1000.0,
        TIMERS * 1000.0 / one,
        two / 1000.0,
        TIMERS * 1000.0 / two,
        (double) one / two);
  }

  /**
   * Starts TIMERS tasks with a time limit at {@code at} (the clock held there, so that nothing is
   * due), then moves the clock a month on and times until every task of the batch is escalated.
   */
  private static long timersHandled(String batch, Instant at, int timers) throws Exception {
    ClockUtil.setCurrentTime(Date.from(at));
    RuntimeService runtime = nodes.a().getBean(RuntimeService.class);
    parallel(
        i ->
            runtime
                .createProcessInstanceByKey("test_time_limited_task")
                .processDefinitionTenantId("kf-gulou")
                .businessKey(batch + "-" + i)
                .execute(),
        timers);
    Instant start = Instant.now();
    ClockUtil.setCurrentTime(Date.from(at.plus(Duration.ofDays(30))));
    String escalated = "SELECT COUNT(*) FROM escalation WHERE business_key LIKE '" + batch + "-%'";
    Awaitility.await("batch " + batch + " escalated")
        .atMost(Duration.ofMinutes(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> nodes.jdbc().queryForObject(escalated, Integer.class) >= timers);
    long millis = Duration.between(start, Instant.now()).toMillis();
    // the batch's tasks end, so that their next rungs do not run into the next batch
    List<String> instances =
        nodes
            .jdbc()
            .queryForList(
                "SELECT ID_ FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL AND BUSINESS_KEY_ LIKE ?",
                String.class,
                batch + "-%");
    runtime.deleteProcessInstances(instances, "benchmark batch done", false, true);
    return millis;
  }

  /** Starts per second over STARTS runs of {@code start} on CLIENTS threads. */
  private static double rate(IntConsumer start) throws Exception {
    Instant begin = Instant.now();
    parallel(start, STARTS);
    return STARTS * 1000.0 / Math.max(1, Duration.between(begin, Instant.now()).toMillis());
  }

  private static void parallel(IntConsumer work, int times) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Callable<Void>> calls = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        calls.add(
            () -> {
              for (int i = client; i < times; i += CLIENTS) {
                work.accept(i);
              }
              return null;
            });
      }
      for (Future<Void> done : pool.invokeAll(calls)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
