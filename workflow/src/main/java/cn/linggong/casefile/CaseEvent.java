package cn.linggong.casefile;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case's timeline: what happened ({@code kind}, the owning feature's word), the how
 * many-th time ({@code seq}), its outcome, the record it concerns ({@code subjectId}, e.g. the job
 * posting of a referral), the letter it produced, its non-personal facts ({@code details}), who and
 * when.
 */
public record CaseEvent(
    Long id,
    String kind,
    int seq,
    String taskId,
    String outcome,
    Long subjectId,
    Long documentId,
    Map<String, Object> details,
    Instant doneAt,
    String doneBy) {

  /** What a feature writes on a timeline; the store adds the time. */
  public record Entry(
      String kind,
      int seq,
      String taskId,
      String outcome,
      Long subjectId,
      Long documentId,
      Map<String, Object> details) {

    /** An entry without a task, subject or letter. */
    public static Entry of(String kind, String outcome, Map<String, Object> details) {
      return new Entry(kind, 1, null, outcome, null, null, details);
    }
  }
}
