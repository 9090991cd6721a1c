package cn.linggong.complaint;

import cn.linggong.audit.AuditService;
import cn.linggong.employer.Employer;
import cn.linggong.employer.EmployerRegistry;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.cases.CaseNumbers;
import cn.linggong.shared.validation.InvalidInputException;
import cn.linggong.worker.Worker;
import cn.linggong.worker.WorkerRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 欠薪投诉 intake: files a complaint (complainants by real name with what each is owed, the employer
 * from the registry or newly registered) and starts its process in one transaction; takes the
 * material a 一次性告知 asked for, which starts the acceptance clock again.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintIntake {

  private static final int TEXT_MAX = 1000;

  private final ComplaintRecords records;
  private final ComplaintMapper mapper;
  private final ComplaintFilingCheck check;
  private final WorkerRegistry workers;
  private final EmployerRegistry employers;
  private final CaseNumbers numbers;
  private final AuditService audit;
  private final ComplaintProperties properties;
  private final Clock clock;

  /** One complainant as the mediator takes it down. */
  public record ComplainantInput(
      String name, String idNumber, String mobile, BigDecimal amountOwed) {}

  /**
   * What the mediator takes down. The employer is one already registered ({@code employerId}) or
   * described in {@code employer} (found by its credit code or ID number, else registered).
   */
  public record Filing(
      Complaint.Channel channel,
      List<ComplainantInput> complainants,
      Long employerId,
      EmployerRegistry.Registration employer,
      String project,
      Boolean construction,
      LocalDate workStart,
      LocalDate workEnd,
      Complaint.PayAgreement payAgreement,
      String payAgreementNote,
      String request) {}

  @Transactional
  public Complaint file(LinggongUser user, Filing f) {
    ComplaintPolicy.FILE.check(user);
    List<ComplainantInput> people = f.complainants() == null ? List.of() : f.complainants();
    Employer employer = check.check(user, f);

    if (employer == null) {
      employer = employers.findOrRegister(user, f.employer());
    }
    ComplaintRow row = new ComplaintRow();
    row.complaintNo = numbers.next(properties.numberPrefix());
    row.districtId = user.cityLevel() ? employer.districtId() : user.districtId();
    row.channel = f.channel().name();
    row.employerId = employer.id();
    row.project = f.project().trim();
    row.construction = Boolean.TRUE.equals(f.construction());
    row.workStart = f.workStart();
    row.workEnd = f.workEnd();
    row.payAgreement = f.payAgreement().name();
    row.payAgreementNote = blankToNull(f.payAgreementNote());
    row.request = f.request().trim();
    row.workerCount = people.size();
    row.amountOwed =
        people.stream().map(ComplainantInput::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add);
    row.receivedAt = clock.instant();
    row.filedBy = user.userId();
    mapper.insert(row);
    for (int i = 0; i < people.size(); i++) {
      ComplainantInput p = people.get(i);
      Worker worker =
          workers.findOrRegister(
              user,
              new WorkerRegistry.Registration(p.name(), p.idNumber(), p.mobile(), row.districtId));
      mapper.insertWorker(row.id, worker.id(), i + 1, p.amountOwed().setScale(2));
    }
    records.acceptanceFrom(row, row.receivedAt);
    records.event(row, "FILED", f.channel().name(), Map.of(), null, null, user.userId());
    records.startProcess(row, user);
    audit.record(
        user.userId(), "COMPLAINT_FILED", "complaint", row.complaintNo, row.districtId, null);
    return records.reread(row);
  }

  /** The complainant brought what the 一次性告知 listed: the acceptance clock starts again. */
  @Transactional
  public void supply(LinggongUser user, String complaintNo, String note) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    if (!Complaint.Stage.SUPPLEMENT.name().equals(row.stage)) {
      throw new ConflictException("complaint.supplement.notAwaited", row.complaintNo);
    }
    if (note != null && note.trim().length() > TEXT_MAX) {
      throw InvalidInputException.of("note", "validation.tooLong", TEXT_MAX);
    }
    Instant now = clock.instant();
    Map<String, Object> details = new LinkedHashMap<>();
    if (note != null && !note.isBlank()) {
      details.put("note", note.trim());
    }
    records.event(row, "SUPPLIED", null, details, null, null, user.userId());
    mapper.setStage(row.id, Complaint.Stage.ACCEPTANCE.name());
    records.acceptanceFrom(row, now);
    records.correlate(row, ComplaintProcess.MESSAGE_SUPPLIED);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
