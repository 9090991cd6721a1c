package cn.linggong.monitoring;

import java.time.Instant;

/**
 * One version of a district's monthly report: a draft while it is drawn up and checked, final once
 * signed; a correction is a later version, and the version it replaces is kept as superseded.
 *
 * @param figures every figure of the version as JSON ({@link Figures})
 */
public record MonitoringReport(
    long id,
    String reportNo,
    String districtId,
    String month,
    int version,
    Status status,
    String processInstanceId,
    String figures,
    Instant draftedAt,
    String draftedBy,
    Instant signedAt,
    String signedBy,
    String correctionReason,
    Long pdfDocumentId,
    Long xlsxDocumentId) {

  public enum Status {
    DRAFT,
    SIGNED,
    SUPERSEDED
  }
}
