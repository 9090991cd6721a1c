package cn.linggong.assistance;

import java.time.Instant;

/** A stored step; details as JSON text. */
final class StepRow {
  Long id;
  Long caseId;
  String kind;
  int seq;
  String taskId;
  String outcome;
  Long jobId;
  Long documentId;
  String details;
  Instant doneAt;
  String doneBy;
}
