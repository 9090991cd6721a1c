package cn.linggong.assistance;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a case: who did it, when, with what outcome; {@code details} holds the step's
 * non-personal facts (dates, programme, post, reasons).
 */
public record AssistanceStep(
    Long id,
    Kind kind,
    int seq,
    String outcome,
    Long jobId,
    Long documentId,
    Map<String, Object> details,
    Instant doneAt,
    String doneBy) {

  static AssistanceStep of(cn.linggong.casefile.CaseEvent e) {
    return new AssistanceStep(
        e.id(),
        Kind.valueOf(e.kind()),
        e.seq(),
        e.outcome(),
        e.subjectId(),
        e.documentId(),
        e.details(),
        e.doneAt(),
        e.doneBy());
  }

  /** The kinds of step, in the order a case usually goes. */
  public enum Kind {
    OPENED,
    INTAKE,
    GUIDANCE,
    REFERRAL,
    REFERRAL_OUTCOME,
    TRAINING,
    PLACEMENT_PROPOSAL,
    PLACEMENT_APPROVAL,
    FOLLOW_UP,
    PLACEMENT_REVIEW,
    WITHDRAWAL,
    /** A step's due date moved when a year's official holiday arrangement was entered. */
    DUE_DATE_CHANGED,
    /** Another caseworker was named responsible ({@code CaseOwners.OWNER_CHANGED}). */
    OWNER_CHANGED,
    CLOSED
  }
}
