package cn.linggong.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Successfully checked Basic credentials, for a short while, so that an API client signing every
 * request does not pay a password hash (310,000 PBKDF2 rounds) per call. Entries are keyed by a
 * keyed hash (HMAC-SHA256 with a key made at start and never stored) of the user name, password and
 * client address, so the memory holds no password, a wrong password never matches, and an address
 * slowed down for failed guesses is not let through by a check made from elsewhere. Every entry of
 * a user goes when their password changes, their account is locked or changed, or they sign out;
 * each lives at most {@link CredentialCacheProperties#ttl()}. One node's cache: another node checks
 * afresh.
 */
@Component
public class CredentialCache {

  private record Entry(LinggongUser user, Instant expires, AccessToken token) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final CredentialCacheProperties properties;
  private final Clock clock;
  private final SecretKeySpec key;

  CredentialCache(CredentialCacheProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The person these credentials were checked for, if still cached. */
  public Optional<LinggongUser> get(String userId, String password, String source) {
    if (!enabled()) {
      return Optional.empty();
    }
    return live(key(userId, password, source)).map(Entry::user);
  }

  /** The token and its person for a token's hash, if still cached. */
  public Optional<Map.Entry<AccessToken, LinggongUser>> token(String tokenHash) {
    return live("t:" + tokenHash).map(e -> Map.entry(e.token(), e.user()));
  }

  /** Remembers a token that was just checked. */
  public void putToken(String tokenHash, AccessToken token, LinggongUser user) {
    store("t:" + tokenHash, new Entry(user, clock.instant().plus(properties.ttl()), token));
  }

  /** Forgets a token (revoked). */
  public void evictToken(long tokenId) {
    entries.values().removeIf(e -> e.token() != null && e.token().id() == tokenId);
  }

  private Optional<Entry> live(String k) {
    if (!enabled()) {
      return Optional.empty();
    }
    Entry entry = entries.get(k);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.expires().isAfter(clock.instant())) {
      entries.remove(k, entry);
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  /** Remembers credentials that were just checked. */
  public void put(String userId, String password, String source, LinggongUser user) {
    store(
        key(userId, password, source),
        new Entry(user, clock.instant().plus(properties.ttl()), null));
  }

  private void store(String k, Entry entry) {
    if (!enabled()) {
      return;
    }
    if (entries.size() >= properties.maxEntries()) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !e.expires().isAfter(now));
      if (entries.size() >= properties.maxEntries()) {
        entries.clear(); // full of live entries: start again rather than grow
      }
    }
    entries.put(k, entry);
  }

  /** Forgets every cached sign-in and token of a user. */
  public void evict(String userId) {
    entries.values().removeIf(e -> e.user().userId().equals(userId));
  }

  /** Signing out forgets the cached sign-ins too. */
  @org.springframework.context.event.EventListener
  void signedOut(org.springframework.security.authentication.event.LogoutSuccessEvent event) {
    if (event.getAuthentication() != null
        && event.getAuthentication().getPrincipal() instanceof LinggongUser user) {
      evict(user.userId());
    }
  }

  int size() {
    return entries.size();
  }

  private boolean enabled() {
    return !properties.ttl().isZero() && !properties.ttl().isNegative();
  }

  private String key(String userId, String password, String source) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(String.valueOf(source).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
