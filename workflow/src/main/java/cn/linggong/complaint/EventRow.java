package cn.linggong.complaint;

import java.time.Instant;

/** A stored timeline entry. */
final class EventRow {
  Long id;
  Long complaintId;
  String kind;
  String outcome;
  String details;
  Long documentId;
  String taskId;
  Instant doneAt;
  String doneBy;
}
