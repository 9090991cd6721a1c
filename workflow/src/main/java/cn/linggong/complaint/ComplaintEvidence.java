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

  static final int FILE_NAME_MAX = 200;

  /**
   * The name a file is kept under: its base name only ({@code ../../etc/passwd.png} is {@code
   * passwd.png}), without control characters; {@code null} when nothing is left.
   */
  static String safeFileName(String given) {
    if (given == null) {
      return null;
    }
    String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    StringBuilder safe = new StringBuilder();
    name.codePoints()
        .filter(c -> c >= 0x20 && !(c >= 0x7f && c <= 0x9f))
        .forEach(safe::appendCodePoint);
    String trimmed = safe.toString().trim();
    while (trimmed.startsWith(".")) {
      trimmed = trimmed.substring(1).trim();
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

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
    if (content == null || content.length == 0) {
      errors.add("file", "complaint.evidence.empty");
    } else if (content.length > properties.evidenceMaxSize().toBytes()) {
      errors.add("file", "complaint.evidence.tooLarge", properties.evidenceMaxSize().toMegabytes());
    }
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).trim();
    if (content != null && content.length > 0) {
      if (!properties.evidenceTypes().contains(type) || !looksLike(type, content)) {
        errors.add(
            "file", "complaint.evidence.type", String.join(", ", properties.evidenceTypes()));
      }
    }
    String baseName = safeFileName(fileName);
    if (baseName == null) {
      errors.add("file", "validation.required");
    } else if (baseName.length() > FILE_NAME_MAX) {
      errors.add("file", "validation.tooLong", FILE_NAME_MAX);
    }
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
    e.contentType = type;
    e.sizeBytes = content.length;
    e.content = personalData.encryptFile(content); // evidence is personal data: encrypted at rest
    e.uploadedAt = clock.instant();
    e.uploadedBy = user.userId();
    mapper.insertEvidence(e);
    records.event(
        row, "EVIDENCE_ADDED", kind.name(), Map.of("file", e.fileName), null, null, user.userId());
    return e.view();
  }

  /** The file really is what its type says (magic bytes), not a renamed executable. */
  private static boolean looksLike(String type, byte[] c) {
    return switch (type) {
      case "image/jpeg" -> c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8;
      case "image/png" -> c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N';
      case "application/pdf" -> c.length > 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D';
      default -> true;
    };
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
