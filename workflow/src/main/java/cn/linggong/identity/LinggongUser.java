package cn.linggong.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in person as the application sees them.
 *
 * @param userId the login name
 * @param displayName the name shown on screen
 * @param roles group ids, see {@link Roles}
 * @param districtId the district (engine tenant) the person works for; empty for city level
 * @param locale the language the person chose
 */
public record LinggongUser(
    String userId, String displayName, Set<String> roles, String districtId, Locale locale)
    implements AuthenticatedPrincipal, Serializable {

  public LinggongUser {
    roles = Set.copyOf(roles);
  }

  @Override
  public String getName() {
    return userId;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean cityLevel() {
    return districtId == null;
  }

  public Optional<String> district() {
    return Optional.ofNullable(districtId);
  }
}
