package cn.linggong.complaint;

import java.time.Instant;

/** An evidence file of a complaint (its content fetched separately). */
public record Evidence(
    Long id,
    String kind,
    String description,
    String fileName,
    String contentType,
    long sizeBytes,
    Instant uploadedAt,
    String uploadedBy) {

  /** What the file shows. */
  public enum Kind {
    PHOTO,
    IOU,
    ATTENDANCE,
    CONTRACT,
    CHAT,
    OTHER
  }
}
