package cn.linggong.complaint;

import cn.linggong.audit.AuditService;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.ConflictException;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import java.time.Clock;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of a complaint (photos, IOUs, attendance records): its type and size checked, the file
 * kept encrypted, every opening of one audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplaintEvidence {

  private final ComplaintRecords records;
  private final ComplaintMapper mapper;
  private final AuditService audit;
  private final ComplaintProperties properties;
  private final cn.linggong.privacy.PersonalData personalData;
  private final Clock clock;

  /** An evidence file: type and size checked, kept with the complaint. */
  @Transactional
  public Evidence addEvidence(
      LinggongUser user,
      String complaintNo,
      Evidence.Kind kind,
      String description,
      String fileName,
      String contentType,
      byte[] content) {
    ComplaintPolicy.FILE.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    var upload = new cn.linggong.casefile.Uploads.Upload(fileName, contentType, content);
    String baseName =
        cn.linggong.casefile.Uploads.check(
            errors, "file", upload, properties.evidenceTypes(), properties.evidenceMaxSize());
    if (description != null && description.trim().length() > 200) {
      errors.add("description", "validation.tooLong", 200);
    } else if (cn.linggong.shared.api.StrictJson.hasControlCharacters(description, true)) {
      errors.add("description", "validation.controlCharacters");
    }
    errors.throwIfAny();
    if (!Complaint.State.OPEN.name().equals(row.state)) {
      throw new ConflictException("complaint.closed", row.complaintNo);
    }
    EvidenceRow e = new EvidenceRow();
    e.complaintId = row.id;
    e.kind = kind.name();
    e.description = blankToNull(description);
    e.fileName = baseName;
    e.contentType = upload.type();
    e.sizeBytes = content.length;
    e.content = personalData.encryptFile(content); // evidence is personal data: encrypted at rest
    e.uploadedAt = clock.instant();
    e.uploadedBy = user.userId();
    mapper.insertEvidence(e);
    records.event(
        row, "EVIDENCE_ADDED", kind.name(), Map.of("file", e.fileName), null, null, user.userId());
    return e.view();
  }

  /** An evidence file's content, for a person allowed to see the complaint. */
  @Transactional(readOnly = true)
  public EvidenceFile evidenceFile(LinggongUser user, String complaintNo, long evidenceId) {
    ComplaintPolicy.VIEW.check(user);
    ComplaintRow row = records.visible(user, complaintNo);
    EvidenceRow e = mapper.evidenceFile(evidenceId);
    if (e == null || !e.complaintId.equals(row.id)) {
      throw new NotFoundException("complaint.evidence.notFound", evidenceId);
    }
    audit.record(
        user.userId(), "VIEWED_EVIDENCE", "complaint", row.complaintNo, row.districtId, e.fileName);
    return new EvidenceFile(e.view(), personalData.decryptFile(e.content));
  }

  /** An evidence file with its bytes. */
  public record EvidenceFile(Evidence evidence, byte[] content) {}

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
