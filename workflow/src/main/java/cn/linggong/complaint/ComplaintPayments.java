package cn.linggong.complaint;

import java.util.Date;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${complaintPayments.hasPending(execution)}} and {@code
 * ${complaintPayments.nextDue(execution)}}: the agreement's next instalment, for the payment loop.
 */
@Component("complaintPayments")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintPayments {

  private final ComplaintRecords complaints;
  private final java.time.Clock clock;

  public boolean hasPending(DelegateExecution execution) {
    ComplaintRow row = complaints.byNo(execution.getProcessBusinessKey());
    return complaints.instalments(row.id).stream().anyMatch(i -> "PENDING".equals(i.status()));
  }

  /** The day after the next instalment falls due, at 00:00: then the mediator asks the worker. */
  public Date nextDue(DelegateExecution execution) {
    ComplaintRow row = complaints.byNo(execution.getProcessBusinessKey());
    Instalment next =
        complaints.instalments(row.id).stream()
            .filter(i -> "PENDING".equals(i.status()))
            .findFirst()
            .orElseThrow();
    return Date.from(next.dueDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }
}
