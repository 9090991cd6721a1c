package cn.linggong.casefile;

import java.time.Instant;

/** What a step asked to be made: which renderer, which letter, with what (encrypted JSON). */
final class LetterRequestRow {
  long documentId;
  String renderer;
  String letter;
  byte[] params;
  String requestedBy;
  Instant requestedAt;
  String jobId;
  String stepId;
  String failure;
}
