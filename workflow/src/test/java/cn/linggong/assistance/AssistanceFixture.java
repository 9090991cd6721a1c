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
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Builds what an assistance case needs through the real services: workers with valid ID numbers,
 * verified employers, open postings, and task completion as a caseworker does it.
 */
public final class AssistanceFixture {

  public final LinggongUser caseworker;
  public final LinggongUser supervisor;
  private final WorkerRegistry workers;
  private final cn.linggong.worker.WorkerHardship hardship;
  private final EmployerRegistry employers;
  private final JobBoard jobs;
  private final AssistanceCases cases;
  private final TaskCompletion completion;
  private final TaskService taskService;

  public AssistanceFixture(
      DirectoryService directory,
      WorkerRegistry workers,
      cn.linggong.worker.WorkerHardship hardship,
      EmployerRegistry employers,
      JobBoard jobs,
      AssistanceCases cases,
      TaskCompletion completion,
      TaskService taskService) {
    this.caseworker = directory.principal("caseworker1");
    this.supervisor = directory.principal("supervisor1");
    this.workers = workers;
    this.hardship = hardship;
    this.employers = employers;
    this.jobs = jobs;
    this.cases = cases;
    this.completion = completion;
    this.taskService = taskService;
  }

  /** A valid resident ID number of 鼓楼区 with a fresh sequence number. */
  public static String idNumber(LocalDate birth, boolean female) {
    return cn.linggong.testsupport.TestIds.idNumber(birth, female);
  }

  /** A valid unified social credit code with a fresh serial. */
  public static String creditCode() {
    return cn.linggong.testsupport.TestIds.creditCode();
  }

  public long worker(String name, String idNumber, HardshipFacts facts) {
    Worker w =
        workers.register(
            caseworker,
            new WorkerRegistry.Registration(
                name,
                idNumber,
                cn.linggong.testsupport.TestIds.mobile(),
                null,
                List.of("cleaning"),
                SkillLevel.JUNIOR,
                new BigDecimal("150.00")));
    if (facts != null) {
      hardship.recordHardship(caseworker, w.id(), facts);
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

  /**
   * A 低保 worker's case taken through intake and guidance (on {@code guidanceDate}) to its first
   * referral to {@code job}; returns the case number.
   */
  public String referred(String name, LocalDate birth, LocalDate guidanceDate, JobPosting job) {
    String caseNo = open(worker(name, idNumber(birth, false), dibao()));
    complete(caseNo, AssistanceProcess.USER_TASK_INTAKE, CaseSteps.values("factsConfirmed", true));
    complete(
        caseNo,
        AssistanceProcess.USER_TASK_GUIDANCE,
        CaseSteps.values(
            "guidanceDate", guidanceDate.toString(),
            "content", "介绍零工市场岗位信息",
            "intendedCategories", job.categoryCode(),
            "intendedDistricts", "kf-gulou",
            "expectedDailyPay", "150"));
    complete(
        caseNo,
        AssistanceProcess.USER_TASK_REFERRAL,
        CaseSteps.values("jobId", String.valueOf(job.id())));
    return caseNo;
  }
}
