package cn.linggong.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs people in against the engine's identity service (users, groups and tenants live there),
 * with Linggong's lock per account and address in front of it. A user name nobody has costs the
 * same password hashing as a wrong password, so that answers do not tell which names exist.
 */
@Component
public class EngineAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginLockService locks;
  private final DirectoryService directory;
  private final ClientAddress clientAddress;
  private final Pbkdf2PasswordEncryptor hashing;
  private final String dummyHash;

  EngineAuthenticationProvider(
      IdentityService identityService,
      LoginLockService locks,
      DirectoryService directory,
      ClientAddress clientAddress,
      LoginProperties properties) {
    this.identityService = identityService;
    this.locks = locks;
    this.directory = directory;
    this.clientAddress = clientAddress;
    this.hashing = new Pbkdf2PasswordEncryptor(properties.passwordHashIterations());
    this.dummyHash = hashing.encrypt(java.util.UUID.randomUUID().toString());
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName() == null ? "" : authentication.getName().trim();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    if (userId.isEmpty() || password.isEmpty()) {
      throw new BadCredentialsException("Missing user name or password");
    }
    String source = clientAddress.current();
    locks
        .refusal(userId, source)
        .ifPresent(
            refusal -> {
              throw refusal.accountLocked()
                  ? new AccountLockedException(refusal.until())
                  : new SignInThrottledException(refusal.until());
            });
    boolean known = directory.exists(userId);
    boolean right = known ? identityService.checkPassword(userId, password) : unknownUser(password);
    if (!right) {
      locks
          .recordFailure(known ? userId : null, source)
          .ifPresent(
              until -> {
                throw new AccountLockedException(until);
              });
      throw new BadCredentialsException("Wrong user name or password");
    }
    locks.recordSuccess(userId, source);
    LinggongUser user = directory.principal(userId);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
  }

  /** Hashes the password as a check of a known user would, and refuses it. */
  private boolean unknownUser(String password) {
    hashing.check(password, dummyHash);
    return false;
  }

  static List<SimpleGrantedAuthority> authorities(LinggongUser user) {
    return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
