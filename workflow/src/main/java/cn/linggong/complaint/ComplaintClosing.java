package cn.linggong.complaint;

import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${complaintClosing.close(execution, 'PAID_IN_FULL')}} on each end event that ends the
 * complaint: the result with its detail (where it was referred, what the inspection found).
 */
@Component("complaintClosing")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintClosing {

  private final ComplaintRecords complaints;

  public void close(DelegateExecution execution, String outcome) {
    ComplaintRow row = complaints.byNo(execution.getProcessBusinessKey());
    String detail = null;
    for (ComplaintEvent e : complaints.events(row)) {
      if (e.kind().equals("REFERRED")) {
        detail = e.outcome() + ":" + e.details().getOrDefault("body", "");
      } else if (e.kind().equals("INSPECTION_RESULT") || e.kind().equals("NOT_ACCEPTED")) {
        detail = e.outcome();
      } else if (e.kind().equals("WITHDRAWN")) {
        detail = e.outcome();
      }
    }
    if (complaints.close(row.id, outcome, detail)) {
      complaints.event(
          row,
          "CLOSED",
          outcome,
          detail == null ? Map.of() : Map.of("detail", detail),
          null,
          null,
          ComplaintRecords.SYSTEM);
    }
  }
}
