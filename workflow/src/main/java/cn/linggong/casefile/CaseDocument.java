package cn.linggong.casefile;

import java.time.Instant;

/** A letter or record kept with its case (the content is fetched separately). */
public record CaseDocument(
    Long id,
    String caseNo,
    String kind,
    String fileName,
    String contentType,
    long sizeBytes,
    Instant createdAt,
    String createdBy) {}
