package cn.linggong.sla;

import java.time.Instant;

/**
 * A date computed from a provisional year: its target ({@code kind} and {@code ref}), the start and
 * rule it was computed from, the value it got and the span of provisional years it looked at.
 */
public record ProvisionalDate(
    long id,
    String kind,
    String ref,
    String processInstanceId,
    String businessKey,
    String rule,
    Instant startAt,
    Instant valueAt,
    int firstYear,
    int lastYear,
    String state) {

  public DateRule dateRule() {
    return DateRule.parse(rule);
  }
}
