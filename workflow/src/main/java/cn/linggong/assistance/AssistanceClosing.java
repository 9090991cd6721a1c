package cn.linggong.assistance;

import cn.linggong.casefile.CaseDocuments;
import cn.linggong.worker.WorkerRegistry;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${assistanceClosing.close(execution, 'EMPLOYED')}} on each end event: closes the case with
 * its outcome and makes the assistance record (援助服务记录表, PDF) with every step.
 */
@Component("assistanceClosing")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssistanceClosing {

  public static final String RECORD = "ASSISTANCE_RECORD";

  private final AssistanceCases cases;
  private final WorkerRegistry workers;
  private final AssistanceLetters letters;
  private final CaseDocuments documents;

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
    AssistanceCase closed = cases.byId(row.id).view();
    byte[] pdf =
        letters.assistanceRecord(
            closed, workers.profile(row.workerId).worker(), cases.steps(row), outcome);
    documents.store(row.ref(), RECORD, row.caseNo + "-援助服务记录表.pdf", pdf, AssistanceCases.SYSTEM);
  }
}
