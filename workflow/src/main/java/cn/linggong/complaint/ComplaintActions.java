package cn.linggong.complaint;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mediator does on an open complaint outside its steps: logs a contact or a mediation
 * session, asks for an inspection's extension, withdraws the complaint.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintActions {

  private static final int TEXT_MAX = 1000;

  private final ComplaintRecords records;
  private final AuditService audit;
  private final Clock clock;
  private final cn.linggong.casefile.CaseOwners owners;

  /** A contact with a party or a mediation session, logged on the timeline. */
  public enum ContactKind {
    CALL,
    VISIT,
    SESSION,
    MESSAGE
  }

  @Transactional
  public ComplaintEvent logContact(
      LinggongUser user, String complaintNo, ContactKind kind, LocalDate date, String summary) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    if (date == null) {
      errors.add("date", "validation.required");
    } else if (date.isAfter(LocalDate.now(clock))) {
      errors.add("date", "assistance.dates.future");
    }
    ComplaintFilingCheck.text(errors, "summary", summary, TEXT_MAX);
    errors.throwIfAny();
    return records.event(
        row,
        "CONTACT",
        kind.name(),
        Map.of("date", date.toString(), "summary", summary.trim()),
        null,
        null,
        user.userId());
  }

  /**
   * The inspection needs more time: asks the supervisor to approve 30 more working days (劳动保障监察条例
   * art. 17).
   */
  @Transactional
  public void requestExtension(LinggongUser user, String complaintNo, String reason) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    if (!Complaint.Stage.INSPECTION.name().equals(row.stage)) {
      throw new ConflictException("complaint.extension.notInspecting", row.complaintNo);
    }
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    ComplaintFilingCheck.text(errors, "reason", reason, TEXT_MAX);
    errors.throwIfAny();
    if (records.events(row).stream().anyMatch(e -> e.kind().equals("EXTENSION_REQUESTED"))) {
      throw new ConflictException("complaint.extension.once");
    }
    records.event(
        row,
        "EXTENSION_REQUESTED",
        null,
        Map.of("reason", reason.trim()),
        null,
        null,
        user.userId());
    records.correlate(row, ComplaintProcess.MESSAGE_EXTENSION);
  }

  /** Why a complaint is withdrawn. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "ComplaintWithdrawalReason")
  public enum WithdrawalReason {
    PAID_DIRECTLY,
    SETTLED,
    COMPLAINANT_WITHDREW,
    OTHER
  }

  /** The mediators a supervisor may name as the complaint's owner. */
  @Transactional(readOnly = true)
  public java.util.List<String> ownerCandidates(LinggongUser user, String complaintNo) {
    cn.linggong.casefile.CaseOwnerPolicy.CHANGE.check(user);
    return owners.eligible(
        user, records.visible(user, complaintNo).districtId, cn.linggong.identity.Roles.MEDIATOR);
  }

  /** A supervisor names another responsible mediator; the complaint's open steps go to them. */
  @Transactional
  public Complaint changeOwner(
      LinggongUser user, String complaintNo, String newOwner, String reason) {
    cn.linggong.casefile.CaseOwnerPolicy.CHANGE.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    owners.change(
        user,
        row.ref(),
        row.districtId,
        row.processInstanceId,
        cn.linggong.identity.Roles.MEDIATOR,
        newOwner,
        reason);
    return records.reread(row);
  }

  @Transactional
  public Complaint withdraw(
      LinggongUser user, String complaintNo, WithdrawalReason reason, String note) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (reason == null) {
      errors.add("reason", "validation.required");
    }
    if (reason == WithdrawalReason.OTHER && (note == null || note.isBlank())) {
      errors.add("note", "assistance.withdrawal.noteRequired");
    }
    errors.maxLength("note", note, TEXT_MAX);
    errors.throwIfAny();
    if (!Complaint.State.OPEN.name().equals(row.state)) {
      throw new ConflictException("complaint.closed", row.complaintNo);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (note != null && !note.isBlank()) {
      details.put("note", note.trim());
    }
    records.event(row, "WITHDRAWN", reason.name(), details, null, null, user.userId());
    records.correlate(row, ComplaintProcess.MESSAGE_WITHDRAW);
    audit.record(
        user.userId(),
        "COMPLAINT_WITHDRAWN",
        "complaint",
        row.complaintNo,
        row.districtId,
        reason.name());
    return records.reread(row);
  }
}
