package cn.linggong.complaint;

import java.time.Instant;

/** A stored evidence file. */
final class EvidenceRow {
  Long id;
  Long complaintId;
  String kind;
  String description;
  String fileName;
  String contentType;
  long sizeBytes;
  byte[] content;
  Instant uploadedAt;
  String uploadedBy;

  Evidence view() {
    return new Evidence(
        id, kind, description, fileName, contentType, sizeBytes, uploadedAt, uploadedBy);
  }
}
