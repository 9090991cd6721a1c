package cn.linggong.identity;

import java.time.Instant;

/** The failed sign-ins of one account and, when locked, until when. */
public record LoginLock(
    String userId, int failedCount, Instant lastFailureAt, Instant lockedUntil) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
