package cn.linggong.worker;

import java.time.Instant;
import java.time.LocalDate;

/** A stored contact-log line. */
final class WorkerContactRow {
  Long id;
  Long workerId;
  LocalDate on;
  String kind;
  String note;
  String recordedBy;
  Instant recordedAt;

  WorkerContact view() {
    return new WorkerContact(
        id, on, WorkerContact.Kind.valueOf(kind), note, recordedBy, recordedAt);
  }
}
