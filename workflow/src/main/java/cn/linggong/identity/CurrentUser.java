package cn.linggong.identity;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The person signed in on this request or screen, read through this application's own security
 * context strategy (the screens' one, which also finds the person of a Vaadin session) rather than
 * the JVM-wide static one: a second application started in the same JVM (as the tests do) replaces
 * the static strategy, and its requests would then find nobody signed in here.
 */
@Component
public class CurrentUser {

  private final SecurityContextHolderStrategy contexts;

  CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategies) {
    this.contexts = strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
  }

  /** The security contexts the filters of this application read and write. */
  public SecurityContextHolderStrategy contexts() {
    return contexts;
  }

  public Optional<LinggongUser> get() {
    Authentication authentication = contexts.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof LinggongUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  public LinggongUser require() {
    return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
  }
}
