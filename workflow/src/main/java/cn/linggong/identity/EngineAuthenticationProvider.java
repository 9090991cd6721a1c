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
 * same password hashing as a wrong password, so that answers do not tell which names exist. A
 * successful check is cached for a short while ({@link CredentialCache}), so API clients that sign
 * every request do not pay the hash each time.
 */
@Component
public class EngineAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginLockService locks;
  private final DirectoryService directory;
  private final ClientAddress clientAddress;
  private final PasswordHashing hashing;
  private final String dummyHash;
  private final CredentialCache cache;

  EngineAuthenticationProvider(
      IdentityService identityService,
      LoginLockService locks,
      DirectoryService directory,
      ClientAddress clientAddress,
      LoginProperties properties,
      CredentialCache cache) {
    this.cache = cache;
    this.identityService = identityService;
    this.locks = locks;
    this.directory = directory;
    this.clientAddress = clientAddress;
    this.hashing = new PasswordHashing(properties.passwordHashIterations());
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
    var cached = cache.get(userId, password, source);
    if (cached.isPresent()) {
      return UsernamePasswordAuthenticationToken.authenticated(
          cached.get(), null, authorities(cached.get()));
    }
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
          .recordFailure(userId, known, source)
          .ifPresent(
              until -> {
                throw new AccountLockedException(until);
              });
      throw new BadCredentialsException("Wrong user name or password");
    }
    locks.recordSuccess(userId, source);
    LinggongUser user = directory.principal(userId);
    cache.put(userId, password, source, user);
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
