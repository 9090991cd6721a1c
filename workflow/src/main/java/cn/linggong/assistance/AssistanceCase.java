package cn.linggong.assistance;

import java.time.Instant;

/** An assistance case (帮扶案件) of one worker. */
public record AssistanceCase(
    Long id,
    String caseNo,
    long workerId,
    String workerName,
    String districtId,
    String processInstanceId,
    String tier,
    Boolean employmentHardship,
    State state,
    String outcome,
    Instant openedAt,
    String openedBy,
    Instant closedAt,
    String owner) {

  /** Open while the process runs, closed with an outcome. */
  public enum State {
    OPEN,
    CLOSED
  }
}
