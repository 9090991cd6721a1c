package cn.linggong.sla;

import java.time.Instant;

/**
 * The recomputation of the dates computed from a year before its official arrangement was entered:
 * how many dates it looked at, how many it moved and how many could not be computed again.
 */
public record Recompute(
    int year,
    String source,
    Instant requestedAt,
    String requestedBy,
    String state,
    int examined,
    int changed,
    int failed,
    Instant finishedAt) {

  public boolean done() {
    return "DONE".equals(state);
  }
}
