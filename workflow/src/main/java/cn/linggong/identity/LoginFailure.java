package cn.linggong.identity;

import java.time.Instant;

/**
 * The failed sign-ins of one subject (a user id, or {@code *} for all users) from one client
 * address, and, when locked, until when.
 */
public record LoginFailure(
    String subject, String source, int failedCount, Instant lastFailureAt, Instant lockedUntil) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
