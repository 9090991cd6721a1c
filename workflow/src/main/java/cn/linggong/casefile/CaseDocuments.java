package cn.linggong.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters and records kept with their case, encrypted at rest like the other personal data they
 * hold (names, masked numbers, hardship). The feature that owns the case decides who may see them;
 * this service only stores and returns them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseDocuments {

  public static final String PDF = "application/pdf";

  private final CaseFileMapper mapper;
  private final cn.linggong.privacy.PersonalData personalData;
  private final Clock clock;

  /**
   * Encrypts letters stored before letters were encrypted (V14), a batch at a time; for the start
   * of the application, not for people.
   */
  @Transactional
  public int encryptStored(int batch) {
    return personalData.encryptStoredFiles(
        mapper.findUnencryptedIds(batch), mapper::findContent, mapper::setEncrypted);
  }

  /** A stored file with its bytes. */
  public record File(CaseDocument document, byte[] content) {}

  @Transactional
  public CaseDocument store(
      CaseRef ref, String kind, String fileName, byte[] content, String userId) {
    return store(ref, kind, fileName, PDF, content, userId);
  }

  /** A file of another type (an uploaded scan), checked by the caller ({@link Uploads}). */
  @Transactional
  public CaseDocument store(
      CaseRef ref,
      String kind,
      String fileName,
      String contentType,
      byte[] content,
      String userId) {
    DocumentRow row = new DocumentRow();
    row.caseType = ref.type();
    row.caseNo = ref.number();
    row.kind = kind;
    row.fileName = fileName;
    row.contentType = contentType;
    row.content = personalData.encryptFile(content);
    row.sizeBytes = content.length;
    row.createdAt = clock.instant();
    row.createdBy = userId;
    mapper.insert(row);
    return row.view();
  }

  @Transactional(readOnly = true)
  public List<CaseDocument> of(CaseRef ref) {
    return mapper.byCase(ref.type(), ref.number());
  }

  /** The document, if it belongs to the case. */
  @Transactional(readOnly = true)
  public Optional<File> file(CaseRef ref, long id) {
    DocumentRow row = mapper.findById(id);
    if (row == null || !row.caseType.equals(ref.type()) || !row.caseNo.equals(ref.number())) {
      return Optional.empty();
    }
    if (row.status == CaseDocument.Status.PENDING) {
      throw new cn.linggong.shared.ConflictException("document.pending", row.fileName);
    }
    if (row.status == CaseDocument.Status.FAILED) {
      throw new cn.linggong.shared.ConflictException("document.failed", row.fileName);
    }
    return Optional.of(new File(row.view(), personalData.decryptFile(row.content)));
  }
}
