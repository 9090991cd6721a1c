package cn.linggong.casefile;

import java.time.Instant;

/**
 * A letter or record kept with its case (the content is fetched separately). A letter is {@link
 * Status#PENDING} from the step that asked for it until a job of the engine has made it.
 */
public record CaseDocument(
    Long id,
    String caseNo,
    String kind,
    String fileName,
    String contentType,
    long sizeBytes,
    Instant createdAt,
    String createdBy,
    Status status) {

  /** Where a document stands: being made, made, or failed (the admins are told). */
  public enum Status {
    PENDING,
    READY,
    FAILED
  }

  public boolean ready() {
    return status == null || status == Status.READY;
  }
}
