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
}
