package cn.linggong.identity;

import java.util.Arrays;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * One line of a feature's access policy: the roles that may call a service operation. Each feature
 * keeps its lines in one {@code …Policy} class a reader can scan; every public service method
 * checks its line first, before it looks at districts, cases or input, so that REST, screens and
 * imports are refused alike (403) and a refused call writes nothing. What a line cannot say — the
 * district of the record, the candidate groups of a task — the service checks next (a record of
 * another district is "not found").
 *
 * @param name what the operation is, for the audit and the refusal
 * @param roles the roles that may call it
 */
public record Permission(String name, Set<String> roles) {

  public Permission {
    roles = Set.copyOf(roles);
  }

  public static Permission of(String name, String... roles) {
    return new Permission(name, Set.copyOf(Arrays.asList(roles)));
  }

  public boolean allows(LinggongUser user) {
    if (user == null) {
      return false;
    }
    return roles.stream().anyMatch(user::hasRole);
  }

  /** The user, if the line lets them through; otherwise refused with 403. */
  public LinggongUser check(LinggongUser user) {
    if (!allows(user)) {
      throw new AccessDeniedException(
          (user == null ? "anonymous" : user.userId()) + " may not " + name);
    }
    return user;
  }
}
