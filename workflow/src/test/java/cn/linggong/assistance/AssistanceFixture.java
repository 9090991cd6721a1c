package cn.linggong.assistance;

import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.employer.JobBoard;
import cn.linggong.employer.JobPosting;
import cn.linggong.employer.PayUnit;
import cn.linggong.employer.Settlement;
import cn.linggong.employer.SkillLevel;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.testsupport.CaseSteps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Builds what an assistance case needs through the real services: workers with valid ID numbers,
 * verified employers, open postings, and task completion as a caseworker does it.
 */
public final class AssistanceFixture {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
  private static final AtomicInteger CODES = new AtomicInteger(1000);

  public final LinggongUser caseworker;
  public final LinggongUser supervisor;
  private final WorkerRegistry workers;
  private final EmployerRegistry employers;
  private final JobBoard jobs;
  private final AssistanceCases cases;
  private final TaskCompletion completion;
  private final TaskService taskService;

  public AssistanceFixture(
      DirectoryService directory,
      WorkerRegistry workers,
      EmployerRegistry employers,
      JobBoard jobs,
      AssistanceCases cases,
      TaskCompletion completion,
      TaskService taskService) {
    this.caseworker = directory.principal("caseworker1");
    this.supervisor = directory.principal("supervisor1");
    this.workers = workers;
    this.employers = employers;
    this.jobs = jobs;
    this.cases = cases;
    this.completion = completion;
    this.taskService = taskService;
  }

  /** A valid resident ID number of 鼓楼区 with a fresh sequence number. */
  public static String idNumber(LocalDate birth, boolean female) {
    int seq = SEQUENCE.incrementAndGet() % 500 * 2 + (female ? 0 : 1);
    String first17 = "410204" + birth.toString().replace("-", "") + String.format("%03d", seq);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK.charAt(sum % 11);
  }

  /** A valid unified social credit code with a fresh serial. */
  public static String creditCode() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    String first17 = "91410204MA" + String.format("%07d", CODES.incrementAndGet());
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
    }
    return first17 + alphabet.charAt((31 - sum % 31) % 31);
  }

  public long worker(String name, String idNumber, HardshipFacts facts) {
    Worker w =
        workers.register(
            caseworker,
            new WorkerRegistry.Registration(
                name,
                idNumber,
                "139" + String.format("%08d", SEQUENCE.incrementAndGet()),
                null,
                List.of("cleaning"),
                SkillLevel.JUNIOR,
                new BigDecimal("150.00")));
    if (facts != null) {
      workers.recordHardship(caseworker, w.id(), facts);
    }
    return w.id();
  }

  public static HardshipFacts dibao() {
    return new HardshipFacts(HardshipFacts.LowIncome.DIBAO, null, null, false, false, null);
  }

  public Employer employer(String name, boolean verified) {
    Employer e =
        employers.register(
            caseworker,
            new EmployerRegistry.Registration(
                Employer.Kind.ORGANIZATION,
                name,
                creditCode(),
                null,
                "刘经理",
                "13700001111",
                "开封市鼓楼区中山路1号",
                null));
    return verified ? employers.verify(caseworker, e.id()) : e;
  }

  public JobPosting job(Employer employer, String title, String category) {
    return jobs.post(
        caseworker,
        new JobBoard.Draft(
            employer.id(),
            title,
            category,
            SkillLevel.NONE,
            2,
            null,
            "开封市鼓楼区中山路1号",
            LocalDate.of(2026, 3, 10),
            LocalDate.of(2026, 12, 31),
            "8:00-17:00",
            new BigDecimal("160.00"),
            PayUnit.DAY,
            Settlement.WEEKLY,
            LocalDate.of(2026, 3, 10),
            "刘经理",
            "13700001111"));
  }

  public String open(long workerId) {
    return cases.open(caseworker, workerId).caseNo();
  }

  public Task task(String caseNo, String key) {
    return CaseSteps.waitingAt(taskService, caseNo, key);
  }

  public void complete(String caseNo, String key, Map<String, ?> values) {
    complete(caseworker, caseNo, key, values);
  }

  public void complete(LinggongUser user, String caseNo, String key, Map<String, ?> values) {
    CaseSteps.complete(taskService, completion, user, caseNo, key, values);
  }
}
