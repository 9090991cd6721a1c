package cn.linggong.worker;

import cn.linggong.audit.AuditService;
import cn.linggong.casefile.CaseDocument;
import cn.linggong.casefile.CaseDocuments;
import cn.linggong.casefile.CaseRef;
import cn.linggong.casefile.Uploads;
import cn.linggong.identity.LinggongUser;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans kept with a worker (a 低保证, a disability certificate, an unemployment registration): type
 * and size checked as for complaint evidence, stored encrypted in the one document store, every
 * opening audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WorkerDocuments {

  /** What a scan shows. */
  public enum Kind {
    LOW_INCOME_CERTIFICATE,
    DISABILITY_CERTIFICATE,
    UNEMPLOYMENT_REGISTRATION,
    OTHER
  }

  /** Documents of workers are kept under this case type, the worker's id as its number. */
  public static final String TYPE = "worker";

  private final WorkerRegistry registry;
  private final CaseDocuments documents;
  private final AuditService audit;
  private final WorkerProperties properties;

  static CaseRef ref(long workerId) {
    return new CaseRef(TYPE, String.valueOf(workerId));
  }

  @Transactional
  public CaseDocument add(
      LinggongUser user, long id, Kind kind, String fileName, String contentType, byte[] content) {
    WorkerPolicy.ADD_DOCUMENT.check(user);
    WorkerRow row = registry.visible(user, id);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (kind == null) {
      errors.add("kind", "validation.required");
    }
    Uploads.Upload upload = new Uploads.Upload(fileName, contentType, content);
    String name =
        Uploads.check(
            errors, "file", upload, properties.documentTypes(), properties.documentMaxSize());
    errors.throwIfAny();
    CaseDocument stored =
        documents.store(ref(id), kind.name(), name, upload.type(), content, user.userId());
    audit.record(
        user.userId(), "WORKER_DOCUMENT_ADDED", "worker", String.valueOf(id), row.districtId, name);
    return stored;
  }

  @Transactional(readOnly = true)
  public List<CaseDocument> of(LinggongUser user, long id) {
    WorkerPolicy.VIEW.check(user);
    registry.visible(user, id);
    return documents.of(ref(id));
  }

  /** A scan with its bytes; the opening is audited. */
  @Transactional
  public CaseDocuments.File file(LinggongUser user, long id, long documentId) {
    WorkerPolicy.VIEW_DOCUMENTS.check(user);
    WorkerRow row = registry.visible(user, id);
    CaseDocuments.File file =
        documents
            .file(ref(id), documentId)
            .orElseThrow(() -> new NotFoundException("worker.document.notFound", documentId));
    audit.record(
        user.userId(),
        "VIEWED_WORKER_DOCUMENT",
        "worker",
        String.valueOf(id),
        row.districtId,
        file.document().fileName());
    return file;
  }
}
