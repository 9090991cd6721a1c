package cn.linggong.assistance;

import java.time.Instant;

/** The stored case. */
final class CaseRow {
  Long id;
  String caseNo;
  Long workerId;
  String workerName;
  String districtId;
  String processInstanceId;
  String tier;
  Boolean employmentHardship;
  String state;
  String outcome;
  Instant openedAt;
  String openedBy;
  Instant closedAt;
  String owner;

  AssistanceCase view() {
    return new AssistanceCase(
        id,
        caseNo,
        workerId,
        workerName,
        districtId,
        processInstanceId,
        tier,
        employmentHardship,
        AssistanceCase.State.valueOf(state),
        outcome,
        openedAt,
        openedBy,
        closedAt,
        owner);
  }

  cn.linggong.casefile.CaseRef ref() {
    return new cn.linggong.casefile.CaseRef(AssistanceProcess.CASE_TYPE, caseNo);
  }
}
