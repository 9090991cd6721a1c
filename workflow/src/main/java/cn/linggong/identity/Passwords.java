package cn.linggong.identity;

import cn.linggong.audit.AuditService;
import cn.linggong.shared.validation.InvalidInputException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: an admin resets one (which also lifts a lock), a person changes their own with the
 * current one. Either way the cached sign-ins of that person end and the change is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Passwords {

  private static final int PASSWORD_MAX = 128;

  private final DirectoryService directory;
  private final IdentityService identity;
  private final LoginLockService locks;
  private final CredentialCache credentials;
  private final AuditService audit;
  private final LoginProperties loginProperties;

  @Transactional
  public void resetPassword(String userId, String password, LinggongUser admin) {
    AdminPolicy.ADMINISTER.check(admin);
    String actor = admin.userId();
    User user = directory.requireUser(userId);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    check("password", password, loginProperties, errors);
    errors.throwIfAny();
    user.setPassword(password);
    identity.saveUser(user);
    credentials.evict(userId);
    locks.unlock(userId);
    audit.record(actor, "PASSWORD_RESET", "user", userId, directory.districtOf(userId), null);
  }

  @Transactional
  public void changeOwnPassword(String userId, String currentPassword, String newPassword) {
    User user = directory.requireUser(userId);
    InvalidInputException.Collector errors = new InvalidInputException.Collector();
    if (currentPassword == null || !identity.checkPassword(userId, currentPassword)) {
      errors.add("currentPassword", "identity.password.currentWrong");
    }
    check("newPassword", newPassword, loginProperties, errors);
    errors.throwIfAny();
    user.setPassword(newPassword);
    identity.saveUser(user);
    credentials.evict(userId);
    audit.record(userId, "PASSWORD_CHANGED", "user", userId, directory.districtOf(userId), null);
  }

  /** The password policy: present, not shorter than configured, not absurdly long. */
  static void check(
      String field,
      String password,
      LoginProperties loginProperties,
      InvalidInputException.Collector errors) {
    if (password == null || password.isEmpty()) {
      errors.add(field, "validation.required");
    } else if (password.length() < loginProperties.passwordMinLength()) {
      errors.add(field, "identity.password.tooShort", loginProperties.passwordMinLength());
    } else if (password.length() > PASSWORD_MAX) {
      errors.add(field, "identity.password.tooLong", PASSWORD_MAX);
    }
  }
}
