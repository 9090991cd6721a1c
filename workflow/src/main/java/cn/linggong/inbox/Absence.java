package cn.linggong.inbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person away (leave, training) and who stands in: until {@code awayUntil} (inclusive) the steps
 * that would go to the person go to the substitute; from the next day the person's own routing
 * applies again. {@code endedAt}: a supervisor ended it early.
 */
public record Absence(
    long id,
    String userId,
    String substituteId,
    String districtId,
    LocalDate awayUntil,
    String reason,
    String setBy,
    Instant setAt,
    Instant endedAt) {

  public boolean activeOn(LocalDate day) {
    return endedAt == null && !awayUntil.isBefore(day);
  }
}
