package cn.linggong.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person signed in on this request or screen. */
@Component
public class CurrentUser {

  public Optional<LinggongUser> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof LinggongUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  public LinggongUser require() {
    return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
  }
}
