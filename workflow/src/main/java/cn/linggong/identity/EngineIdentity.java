package cn.linggong.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Sets the engine's authentication to a Linggong user (id, groups and district as tenant), so that
 * engine queries and commands are limited to the user's district.
 */
public final class EngineIdentity {

  private EngineIdentity() {}

  public static void authenticate(IdentityService identityService, LinggongUser user) {
    List<String> tenants = user.district().map(List::of).orElse(List.of());
    identityService.setAuthentication(user.userId(), List.copyOf(user.roles()), tenants);
  }

  /** Runs work as {@code user} and clears the engine's authentication after. */
  public static <T> T callAs(IdentityService identityService, LinggongUser user, Supplier<T> work) {
    authenticate(identityService, user);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
