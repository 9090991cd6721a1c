package cn.linggong.identity;

import cn.linggong.notification.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and client address: {@link LoginProperties#maxFailedLogins()}
 * in a row lock that account from that address for {@link LoginProperties#lockDuration()}, so that
 * whoever guesses from elsewhere cannot keep the real person out. {@link
 * LoginProperties#sourceMaxFailures()} failures from one address, whatever the user names, slow
 * that address down: each further attempt must wait, the wait doubling with every failure (an
 * office behind one address is slowed, not shut out). Each count is one conditional update, so
 * parallel guesses are all counted. A successful sign-in resets the account's count at its address;
 * admins are mailed when an account gets locked.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LoginLockService {

  private static final Logger log = LoggerFactory.getLogger(LoginLockService.class);

  /** The subject that counts every failure from an address, whatever the user name. */
  static final String ANY_USER = "*";

  static final String MAIL_KIND = "account-locked";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final LoginFailureMapper mapper;
  private final LoginProperties properties;
  private final Clock clock;
  private final Outbox outbox;
  private final ObjectProvider<DirectoryService> directory;

  private final CredentialCache credentials;

  /** The longest subject kept (the column's size). */
  static final int SUBJECT_MAX = 64;

  /** Why sign-in from an address is refused now: the account is locked there, or it must wait. */
  public record Refusal(Instant until, boolean accountLocked) {}

  /** Whether sign-in as this user from this address is refused now, and until when. */
  @Transactional(readOnly = true)
  public Optional<Refusal> refusal(String name, String source) {
    Instant now = clock.instant();
    String userId = name.length() > SUBJECT_MAX ? name.substring(0, SUBJECT_MAX) : name;
    Optional<Refusal> account =
        mapper
            .find(userId, source)
            .filter(f -> f.lockedAt(now))
            .map(f -> new Refusal(f.lockedUntil(), true));
    return account.or(() -> addressWait(source, now));
  }

  /** An address with too many failures waits after its last one, longer after each. */
  private Optional<Refusal> addressWait(String source, Instant now) {
    return mapper
        .find(ANY_USER, source)
        .filter(f -> f.failedCount() >= properties.sourceMaxFailures())
        .filter(f -> f.lastFailureAt().isAfter(now.minus(properties.lockDuration())))
        .map(f -> new Refusal(f.lastFailureAt().plus(wait(f.failedCount())), false))
        .filter(r -> r.until().isAfter(now));
  }

  private java.time.Duration wait(int failures) {
    int doublings = Math.min(30, failures - properties.sourceMaxFailures());
    java.time.Duration wait = properties.sourceDelay().multipliedBy(1L << doublings);
    return wait.compareTo(properties.sourceMaxDelay()) > 0 ? properties.sourceMaxDelay() : wait;
  }

  /** Until when the account is locked from some address, if it is (for the admins' screens). */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String userId) {
    return mapper.lockedUntil(userId, clock.instant());
  }

  /**
   * Records a failed sign-in as a user name from an address; returns until when that name is locked
   * there if this failure locked it. A name nobody has is counted and locked the same way (so that
   * the answers do not tell which names exist), but nobody is told of its lock.
   */
  @Transactional
  public Optional<Instant> recordFailure(String name, boolean known, String source) {
    Instant now = clock.instant();
    mapper.insert(ANY_USER, source, now);
    mapper.countAddress(ANY_USER, source, now, now.minus(properties.lockDuration()));
    String userId = name.length() > SUBJECT_MAX ? name.substring(0, SUBJECT_MAX) : name;
    if (userId.isEmpty() || ANY_USER.equals(userId)) {
      return Optional.empty();
    }
    mapper.insert(userId, source, now);
    mapper.expire(userId, source, now);
    mapper.count(userId, source, now);
    Instant until = now.plus(properties.lockDuration());
    if (mapper.lock(userId, source, properties.maxFailedLogins(), until) != 1) {
      return Optional.empty();
    }
    if (known) {
      locked(userId, source, until);
    }
    return Optional.of(until);
  }

  private void locked(String userId, String source, Instant until) {
    credentials.evict(userId);
    log.warn(
        "Account {} locked from {} until {} after {} wrong passwords",
        userId,
        source,
        until,
        properties.maxFailedLogins());
    DirectoryService people = directory.getObject();
    for (DirectoryService.Contact admin : people.contacts(Roles.ADMIN, null)) {
      outbox.queue(
          MAIL_KIND,
          "account-locked-" + userId + "-" + source + "-" + until.toEpochMilli(),
          admin.email(),
          admin.locale(),
          userId,
          source,
          TIME.format(until.atZone(clock.getZone())),
          properties.maxFailedLogins());
    }
  }

  /** A successful sign-in: the account's count at that address starts again. */
  @Transactional
  public void recordSuccess(String userId, String source) {
    mapper.delete(userId, source);
  }

  /** Lifts the account's locks from every address before they run out (an admin's action). */
  @Transactional
  public void unlock(String userId) {
    mapper.deleteSubject(userId);
  }
}
