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
    String doneBy) {}
