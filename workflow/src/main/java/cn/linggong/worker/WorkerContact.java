package cn.linggong.worker;

import java.time.Instant;
import java.time.LocalDate;

/** A note of a call, visit or message with a worker, in the worker's contact log. */
public record WorkerContact(
    long id, LocalDate on, Kind kind, String note, String recordedBy, Instant recordedAt) {

  /** How the worker was reached. */
  public enum Kind {
    PHONE,
    VISIT,
    OFFICE,
    MESSAGE
  }
}
