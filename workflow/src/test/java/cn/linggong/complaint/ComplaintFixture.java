package cn.linggong.complaint;

import cn.linggong.assistance.AssistanceFixture;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.inbox.TaskCompletion;
import cn.linggong.testsupport.CaseSteps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Files complaints and completes their steps through the real services, as a mediator does. */
public final class ComplaintFixture {

  private static final AtomicInteger PHONES = new AtomicInteger(5000);

  public final LinggongUser mediator;
  public final LinggongUser supervisor;
  private final ComplaintIntake complaints;
  private final TaskCompletion completion;
  private final TaskService taskService;

  public ComplaintFixture(
      DirectoryService directory,
      ComplaintIntake complaints,
      TaskCompletion completion,
      TaskService taskService) {
    this.mediator = directory.principal("mediator1");
    this.supervisor = directory.principal("supervisor1");
    this.complaints = complaints;
    this.completion = completion;
    this.taskService = taskService;
  }

  public static ComplaintIntake.ComplainantInput worker(String name, String amount) {
    return new ComplaintIntake.ComplainantInput(
        name,
        AssistanceFixture.idNumber(LocalDate.of(1980, 1, 1), false),
        "137" + String.format("%08d", PHONES.incrementAndGet()),
        new BigDecimal(amount));
  }

  public static EmployerRegistry.Registration employer(String name) {
    return new EmployerRegistry.Registration(
        Employer.Kind.ORGANIZATION,
        name,
        AssistanceFixture.creditCode(),
        null,
        "周经理",
        "13800001234",
        "鼓楼区黄河大街1号",
        null);
  }

  public ComplaintIntake.Filing filing(
      List<ComplaintIntake.ComplainantInput> workers, boolean construction) {
    return new ComplaintIntake.Filing(
        Complaint.Channel.WALK_IN,
        workers,
        null,
        employer("开封市宏达建筑劳务有限公司" + PHONES.incrementAndGet()),
        "鼓楼区幸福里小区3号楼",
        construction,
        LocalDate.of(2026, 1, 5),
        LocalDate.of(2026, 2, 10),
        Complaint.PayAgreement.DAILY,
        "每天200元",
        "支付拖欠工资");
  }

  public String file(ComplaintIntake.ComplainantInput... workers) {
    return complaints.file(mediator, filing(List.of(workers), false)).complaintNo();
  }

  public String fileGroup(int people) {
    List<ComplaintIntake.ComplainantInput> workers = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      workers.add(worker("工人" + (i + 1), "3000.00"));
    }
    return complaints.file(mediator, filing(workers, false)).complaintNo();
  }

  public Task task(String no, String key) {
    return CaseSteps.waitingAt(taskService, no, key);
  }

  public void complete(String no, String key, Map<String, ?> values) {
    complete(mediator, no, key, values);
  }

  public void complete(LinggongUser user, String no, String key, Map<String, ?> values) {
    CaseSteps.complete(taskService, completion, user, no, key, values);
  }
}
