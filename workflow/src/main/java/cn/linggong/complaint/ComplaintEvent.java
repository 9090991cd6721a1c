package cn.linggong.complaint;

import java.time.Instant;
import java.util.Map;

/** One entry of a complaint's timeline. */
public record ComplaintEvent(
    Long id,
    String kind,
    String outcome,
    Map<String, Object> details,
    Long documentId,
    Instant doneAt,
    String doneBy) {

  static ComplaintEvent of(cn.linggong.casefile.CaseEvent e) {
    return new ComplaintEvent(
        e.id(), e.kind(), e.outcome(), e.details(), e.documentId(), e.doneAt(), e.doneBy());
  }
}
