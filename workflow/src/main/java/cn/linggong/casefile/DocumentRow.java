package cn.linggong.casefile;

import java.time.Instant;

/** The stored document with its bytes. */
final class DocumentRow {
  Long id;
  String caseType;
  String caseNo;
  String kind;
  String fileName;
  String contentType;
  byte[] content;
  long sizeBytes;
  Instant createdAt;
  String createdBy;
  CaseDocument.Status status = CaseDocument.Status.READY;

  CaseDocument view() {
    return new CaseDocument(
        id, caseNo, kind, fileName, contentType, sizeBytes, createdAt, createdBy, status);
  }
}
