package cn.linggong.shell;

import cn.linggong.assistance.AssistanceCases;
import cn.linggong.identity.DirectoryService;
import cn.linggong.testsupport.TestIds;
import cn.linggong.worker.HardshipFacts;
import cn.linggong.worker.WorkerHardship;
import cn.linggong.worker.WorkerRegistry;
import java.time.LocalDate;

/** Cases the screen tests open through the real services, as caseworker1 of 鼓楼区 does. */
public final class UiCases {

  private UiCases() {}

  /** A 低保 worker registered with the name, and an assistance case opened for them. */
  public static String openCase(
      DirectoryService directory,
      WorkerRegistry workers,
      WorkerHardship hardship,
      AssistanceCases cases,
      String name,
      LocalDate birth) {
    var caseworker = directory.principal("caseworker1");
    long worker =
        workers
            .register(
                caseworker,
                new WorkerRegistry.Registration(
                    name, TestIds.idNumber(birth, true), TestIds.mobile(), null))
            .id();
    hardship.recordHardship(
        caseworker,
        worker,
        new HardshipFacts(HardshipFacts.LowIncome.DIBAO, null, null, false, false, null));
    return cases.open(caseworker, worker).caseNo();
  }

  /** A wage complaint of one worker against a construction firm, filed by mediator1 of 鼓楼区. */
  public static String fileComplaint(
      DirectoryService directory, cn.linggong.complaint.ComplaintIntake complaints) {
    return complaints
        .file(
            directory.principal("mediator1"),
            new cn.linggong.complaint.ComplaintIntake.Filing(
                cn.linggong.complaint.Complaint.Channel.WALK_IN,
                java.util.List.of(
                    new cn.linggong.complaint.ComplaintIntake.ComplainantInput(
                        "严立军",
                        TestIds.idNumber(LocalDate.of(1979, 7, 7), false),
                        TestIds.mobile(),
                        new java.math.BigDecimal("4200.00"))),
                null,
                new cn.linggong.employer.EmployerRegistry.Registration(
                    cn.linggong.employer.Employer.Kind.ORGANIZATION,
                    "开封市键检劳务有限公司",
                    TestIds.creditCode(),
                    null,
                    "吴经理",
                    "13800007777",
                    "鼓楼区大梁路2号",
                    null),
                "鼓楼区大梁路工地",
                true,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 30),
                cn.linggong.complaint.Complaint.PayAgreement.DAILY,
                null,
                "支付拖欠工资"))
        .complaintNo();
  }
}
