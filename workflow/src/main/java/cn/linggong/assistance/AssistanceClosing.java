package cn.linggong.assistance;

import cn.linggong.casefile.DeferredLetters;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${assistanceClosing.close(execution, 'EMPLOYED')}} on each end event: closes the case with
 * its outcome and asks for the assistance record (援助服务记录表, PDF) with every step, made by a job.
 */
@Component("assistanceClosing")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssistanceClosing {

  public static final String RECORD = "ASSISTANCE_RECORD";

  private final AssistanceCases cases;
  private final DeferredLetters letters;
  private final AssistanceLetterJobs letterJobs;

  public void close(DelegateExecution execution, String outcome) {
    CaseRow row = cases.byCaseNo(execution.getProcessBusinessKey());
    if (!cases.close(row.id, outcome)) {
      return;
    }
    cases.recordStep(
        row,
        AssistanceStep.Kind.CLOSED,
        1,
        null,
        outcome,
        null,
        null,
        Map.of(),
        AssistanceCases.SYSTEM);
    // made by a job after the case's end is committed, from the case as then kept
    letters.request(
        row.ref(),
        RECORD,
        row.caseNo + "-援助服务记录表.pdf",
        letterJobs,
        AssistanceLetterJobs.RECORD,
        AssistanceLetterJobs.record(row, outcome),
        AssistanceCases.SYSTEM,
        execution.getProcessInstanceId());
  }
}
