package cn.linggong.identity;

import cn.linggong.audit.AuditService;
import cn.linggong.shared.NotFoundException;
import cn.linggong.shared.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for API clients ({@code Authorization: Bearer lgt_…}): an admin makes one
 * for a user, optionally read-only (a service account that only reads), with an expiry; the token
 * is shown once and only its SHA-256 is kept (a token has 256 random bits, so a fast hash is as
 * good as a slow one). Checking a token costs one indexed read, then nothing for the cache's
 * lifetime; its last use is written at most once per cache lifetime.
 */
@Service
public class AccessTokens {

  /** Every token starts so, which tells a token from a password in a log or a leak scan. */
  public static final String PREFIX = "lgt_";

  static final int NAME_MAX = 100;

  private final AccessTokenMapper mapper;
  private final DirectoryService directory;
  private final CredentialCache cache;
  private final AuditService audit;
  private final AccessTokenProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AccessTokens(
      AccessTokenMapper mapper,
      DirectoryService directory,
      CredentialCache cache,
      AuditService audit,
      AccessTokenProperties properties,
      Clock clock) {
    this.mapper = mapper;
    this.directory = directory;
    this.cache = cache;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** A token just made: the only time its secret is shown. */
  public record Created(String token, AccessToken details) {}

  @Transactional
  public Created create(
      LinggongUser admin, String userId, String name, Integer validDays, boolean readOnly) {
    AdminPolicy.ADMINISTER.check(admin);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    String owner = userId == null ? "" : userId.trim();
    if (owner.isEmpty()) {
      errors.add("userId", "validation.required");
    } else if (!directory.exists(owner)) {
      errors.add("userId", "identity.user.notFound", owner);
    }
    errors.requireText("name", name);
    errors.maxLength("name", name, NAME_MAX);
    if (validDays == null) {
      errors.add("validDays", "validation.required");
    } else if (validDays < 1 || validDays > properties.maxValidDays()) {
      errors.add("validDays", "identity.token.validDays", properties.maxValidDays());
    }
    errors.throwIfAny();

    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    AccessTokenMapper.NewToken row = new AccessTokenMapper.NewToken();
    row.tokenHash = hash(token);
    row.prefix = token.substring(0, PREFIX.length() + 4);
    row.userId = owner;
    row.name = name.trim();
    row.readOnly = readOnly;
    row.createdAt = clock.instant();
    row.createdBy = admin.userId();
    row.expiresAt = row.createdAt.plus(Duration.ofDays(validDays));
    mapper.insert(row);
    audit.record(
        admin.userId(),
        "ACCESS_TOKEN_CREATED",
        "access-token",
        String.valueOf(row.id),
        null,
        "user=" + owner + (readOnly ? ",read-only" : ""));
    return new Created(token, mapper.findById(row.id));
  }

  @Transactional(readOnly = true)
  public List<AccessToken> list(LinggongUser admin, String userId) {
    AdminPolicy.ADMINISTER.check(admin);
    return mapper.findAll(userId == null || userId.isBlank() ? null : userId.trim());
  }

  /** Revokes a token at once (this node's cache forgets it; other nodes within the cache time). */
  @Transactional
  public void revoke(LinggongUser admin, long id) {
    AdminPolicy.ADMINISTER.check(admin);
    AccessToken token = mapper.findById(id);
    if (token == null) {
      throw new NotFoundException("identity.token.notFound", id);
    }
    if (mapper.revoke(id, admin.userId(), clock.instant()) == 1) {
      audit.record(
          admin.userId(), "ACCESS_TOKEN_REVOKED", "access-token", String.valueOf(id), null, null);
    }
    cache.evictToken(id);
  }

  /** A signed-in person for a token, if it is one, active, and its user still exists. */
  @Transactional
  public Optional<Map.Entry<AccessToken, LinggongUser>> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    Instant now = clock.instant();
    var cached = cache.token(hash);
    if (cached.isPresent()) {
      return cached.get().getKey().active(now) ? cached : Optional.empty();
    }
    AccessToken found = mapper.findByHash(hash);
    if (found == null || !found.active(now) || !directory.exists(found.userId())) {
      return Optional.empty();
    }
    mapper.touch(found.id(), now);
    LinggongUser user = directory.principal(found.userId());
    cache.putToken(hash, found, user);
    return Optional.of(Map.entry(found, user));
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
