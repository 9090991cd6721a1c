package cn.linggong.identity;

import java.time.Instant;

/**
 * Sign-in refused for a moment because the address it comes from had too many failures: it may try
 * again at {@link #retryAt()}.
 */
public class SignInThrottledException extends AccountLockedException {

  public SignInThrottledException(Instant retryAt) {
    super(retryAt);
  }

  public Instant retryAt() {
    return lockedUntil();
  }
}
