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
 * with Linggong's account lock in front of it.
 */
@Component
public class EngineAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginLockService locks;
  private final DirectoryService directory;

  EngineAuthenticationProvider(
      IdentityService identityService, LoginLockService locks, DirectoryService directory) {
    this.identityService = identityService;
    this.locks = locks;
    this.directory = directory;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName() == null ? "" : authentication.getName().trim();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    if (userId.isEmpty() || password.isEmpty()) {
      throw new BadCredentialsException("Missing user name or password");
    }
    locks
        .lockedUntil(userId)
        .ifPresent(
            until -> {
              throw new AccountLockedException(until);
            });
    if (!identityService.checkPassword(userId, password)) {
      if (directory.exists(userId)) {
        locks
            .recordFailure(userId)
            .ifPresent(
                until -> {
                  throw new AccountLockedException(until);
                });
      }
      throw new BadCredentialsException("Wrong user name or password");
    }
    locks.recordSuccess(userId);
    LinggongUser user = directory.principal(userId);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
  }

  static List<SimpleGrantedAuthority> authorities(LinggongUser user) {
    return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
