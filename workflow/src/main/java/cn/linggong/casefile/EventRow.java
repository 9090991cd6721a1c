package cn.linggong.casefile;

import java.time.Instant;

/** A stored timeline entry; details as JSON text. */
final class EventRow {
  Long id;
  String caseType;
  String caseNo;
  String kind;
  int seq;
  String taskId;
  String outcome;
  Long subjectId;
  Long documentId;
  String details;
  Instant doneAt;
  String doneBy;
}
