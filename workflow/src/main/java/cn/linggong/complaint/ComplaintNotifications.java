package cn.linggong.complaint;

import cn.linggong.identity.DirectoryService;
import cn.linggong.identity.District;
import cn.linggong.identity.Roles;
import cn.linggong.notification.Outbox;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Mail that complaint steps send through the outbox, in the step's transaction: a high-priority
 * complaint to the district's supervisors at once; mediation out of time to the district's
 * mediators; a missed payment to the supervisors.
 */
@Component("complaintNotifications")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintNotifications {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ComplaintRecords complaints;
  private final DirectoryService directory;
  private final cn.linggong.identity.Districts districts;
  private final Outbox outbox;
  private final java.time.Clock clock;
  private final cn.linggong.sla.TimeLimits timeLimits;

  /** Execution listener of the triage step: keeps the priority with the complaint. */
  public void prioritised(DelegateExecution execution) {
    ComplaintRow row = complaints.byNo(execution.getProcessBusinessKey());
    String priority = String.valueOf(execution.getVariable(ComplaintProcess.VAR_PRIORITY));
    complaints.priority(row.id, priority);
    complaints.event(row, "PRIORITY", priority, Map.of(), null, null, ComplaintRecords.SYSTEM);
  }

  public void highPriority(DelegateExecution execution) {
    ComplaintRow row = complaints.byNo(execution.getProcessBusinessKey());
    send("complaint-priority", row, Roles.SUPERVISOR);
  }

  public void mediationTimedOut(DelegateExecution execution) {
    ComplaintRow row = complaints.byNo(execution.getProcessBusinessKey());
    complaints.stage(row.id, Complaint.Stage.REFERRAL);
    complaints.event(
        row, "MEDIATION_TIMED_OUT", null, Map.of(), null, null, ComplaintRecords.SYSTEM);
    send("complaint-mediation-timeout", row, Roles.MEDIATOR);
  }

  public void paymentMissed(DelegateExecution execution) {
    ComplaintRow row = complaints.byNo(execution.getProcessBusinessKey());
    send("complaint-payment-missed", row, Roles.SUPERVISOR);
  }

  private void send(String kind, ComplaintRow row, String role) {
    String district = districts.district(row.districtId).map(District::name).orElse(row.districtId);
    for (DirectoryService.Contact to : directory.contacts(role, row.districtId)) {
      outbox.queue(
          kind,
          row.complaintNo,
          to.email(),
          to.locale(),
          row.complaintNo,
          district,
          row.employerName,
          row.workerCount,
          row.amountOwed.toPlainString(),
          row.mediationDue == null ? "—" : TIME.format(row.mediationDue.atZone(clock.getZone())),
          timeLimits.phrase(ComplaintRecords.MEDIATION, to.locale()));
    }
  }
}
