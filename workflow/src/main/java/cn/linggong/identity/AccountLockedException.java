package cn.linggong.identity;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because the account is locked after repeated wrong passwords. */
public class AccountLockedException extends LockedException {

  private final transient Instant lockedUntil;

  public AccountLockedException(Instant lockedUntil) {
    super("Account locked until " + lockedUntil);
    this.lockedUntil = lockedUntil;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }
}
