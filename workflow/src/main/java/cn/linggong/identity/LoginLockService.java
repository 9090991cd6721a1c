package cn.linggong.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and locks the account for {@link
 * LoginProperties#lockDuration()} after {@link LoginProperties#maxFailedLogins()} in a row. A
 * successful sign-in resets the count.
 */
@Service
public class LoginLockService {

  private static final Logger log = LoggerFactory.getLogger(LoginLockService.class);

  private final LoginLockMapper mapper;
  private final LoginProperties properties;
  private final Clock clock;

  LoginLockService(LoginLockMapper mapper, LoginProperties properties, Clock clock) {
    this.mapper = mapper;
    this.properties = properties;
    this.clock = clock;
  }

  /** Until when the account is locked, if it is locked now. */
  @Transactional(readOnly = true)
  public Optional<Instant> lockedUntil(String userId) {
    Instant now = clock.instant();
    return mapper.find(userId).filter(l -> l.lockedAt(now)).map(LoginLock::lockedUntil);
  }

  /** Records a wrong password; returns the lock's end if this failure locked the account. */
  @Transactional
  public Optional<Instant> recordFailure(String userId) {
    Instant now = clock.instant();
    Optional<LoginLock> existing = mapper.find(userId);
    // a lock that has run out starts a fresh count
    int previous =
        existing.filter(l -> l.lockedUntil() == null).map(LoginLock::failedCount).orElse(0);
    int failed = previous + 1;
    Instant lockedUntil = null;
    if (failed >= properties.maxFailedLogins()) {
      lockedUntil = now.plus(properties.lockDuration());
      log.warn("Account {} locked until {} after {} wrong passwords", userId, lockedUntil, failed);
    }
    LoginLock lock = new LoginLock(userId, failed, now, lockedUntil);
    if (existing.isPresent()) {
      mapper.update(lock);
    } else {
      mapper.insert(lock);
    }
    return Optional.ofNullable(lockedUntil);
  }

  @Transactional
  public void recordSuccess(String userId) {
    mapper.delete(userId);
  }

  /** Lifts a lock before it runs out (an admin's action). */
  @Transactional
  public void unlock(String userId) {
    mapper.delete(userId);
  }
}
