package cn.linggong.document;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters and records kept with their case. The feature that owns the case decides who may see
 * them; this service only stores and returns them.
 */
@Service
public class CaseDocuments {

  public static final String PDF = "application/pdf";

  private final CaseDocumentMapper mapper;
  private final Clock clock;

  CaseDocuments(CaseDocumentMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** A stored file with its bytes. */
  public record File(CaseDocument document, byte[] content) {}

  @Transactional
  public CaseDocument store(
      String caseNo, String kind, String fileName, byte[] content, String userId) {
    DocumentRow row = new DocumentRow();
    row.caseNo = caseNo;
    row.kind = kind;
    row.fileName = fileName;
    row.contentType = PDF;
    row.content = content;
    row.sizeBytes = content.length;
    row.createdAt = clock.instant();
    row.createdBy = userId;
    mapper.insert(row);
    return row.view();
  }

  @Transactional(readOnly = true)
  public List<CaseDocument> of(String caseNo) {
    return mapper.byCase(caseNo);
  }

  /** The document, if it belongs to the case. */
  @Transactional(readOnly = true)
  public Optional<File> file(String caseNo, long id) {
    DocumentRow row = mapper.findById(id);
    if (row == null || !row.caseNo.equals(caseNo)) {
      return Optional.empty();
    }
    return Optional.of(new File(row.view(), row.content));
  }
}
