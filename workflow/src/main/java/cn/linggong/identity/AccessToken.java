package cn.linggong.identity;

import java.time.Instant;

/**
 * A personal access token as admins see it: never the token itself, which is shown once when made.
 *
 * @param prefix the token's first characters, to tell tokens apart
 * @param readOnly the token only reads (GET), whatever its user may do
 */
public record AccessToken(
    long id,
    String prefix,
    String userId,
    String name,
    boolean readOnly,
    Instant createdAt,
    String createdBy,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt,
    String revokedBy) {

  public boolean active(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}
