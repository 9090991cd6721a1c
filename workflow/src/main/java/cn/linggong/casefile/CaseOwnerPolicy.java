package cn.linggong.casefile;

import cn.linggong.identity.Permission;
import cn.linggong.identity.Roles;

/**
 * Who may name a case's owner. A case is owned from its opening by whoever opened it (if they work
 * that case type); a supervisor of the case's district (or of the city) names another. The case
 * type's service checks first that the case is visible to the person.
 */
public final class CaseOwnerPolicy {

  /** Name another responsible caseworker or mediator for a case. */
  public static final Permission CHANGE = Permission.of("case.owner.change", Roles.SUPERVISOR);

  private CaseOwnerPolicy() {}
}
